package dev.schedlab.app.window;

import dev.schedlab.app.Version;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The lab's window. For now a title card; the scheduler board takes its place later. */
public final class SchedLabApp extends Application {
    static final String TITLE = "SchedLab";

    @Override public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        Optional<Path> program = raw.isEmpty() ? Optional.empty() : Optional.of(Path.of(raw.get(0)));
        Scene scene = new Scene(new TitleCard(Version.current(), program), 960, 600);
        scene.getStylesheets().add(SchedLabApp.class.getResource("lab.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
    }
}
