package dev.schedlab.app.window;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Optional;

/** The lab's name and version, large and centred, and the program it was opened with. */
final class TitleCard extends StackPane {
    TitleCard(String version, Optional<Path> program) {
        Label name = label("SchedLab", "lab-name");
        Label versionLabel = label("version " + version, "lab-version");
        versionLabel.setId("version");
        Label tagline = label("A laboratory for the Go 1.23 runtime scheduler", "lab-tagline");
        Label programLabel = label(program.map(p -> "Program: " + p.getFileName())
                .orElse("Open a program with ./schedlab PATH, or run one headless with ./schedlab run PATH"), "lab-program");
        programLabel.setId("program");

        VBox column = new VBox(12, name, versionLabel, tagline, programLabel);
        column.setAlignment(Pos.CENTER);
        getStyleClass().add("title-card");
        getChildren().add(column);
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
