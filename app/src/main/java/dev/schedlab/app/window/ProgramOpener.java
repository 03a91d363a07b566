package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.LabProgram;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.scenarios.scenario.ScenarioLibrary;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Opens Go programs into the playback: from a chooser, a drop or the command line; shows diagnostics in a dialog. */
final class ProgramOpener {
    private final Playback playback;
    private final Supplier<Window> owner;
    private final RecentFiles recent;
    private final Messages messages;

    ProgramOpener(Playback playback, Supplier<Window> owner, RecentFiles recent, Messages messages) {
        this.messages = messages;
        this.playback = playback;
        this.owner = owner;
        this.recent = recent;
    }

    RecentFiles recent() { return recent; }

    /** Compiles and opens {@code path} and lists it under Recent; false (after showing why) when it does not compile. */
    boolean open(Path path) {
        if (!load(path)) return false;
        recent.add(path);
        return true;
    }

    /** The command line's argument: a path, else a built-in scenario's name. */
    boolean openArgument(String arg) {
        Path path = Path.of(arg);
        if (java.nio.file.Files.exists(path)) return openGiven(path);
        return ScenarioLibrary.builtIn().find(arg).map(this::openBuiltIn).orElseGet(() -> openGiven(path));
    }

    /** A path from the command line: a built-in scenario's folder opens as from the Library menu. */
    boolean openGiven(Path path) {
        Path root = ScenarioLibrary.builtIn().root();
        boolean builtIn = root.getFileSystem() == path.getFileSystem()
                && path.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
        return builtIn ? openBuiltIn(path) : open(path);
    }

    /** Opens a built-in scenario: the Library menu lists those already, so Recent does not. */
    boolean openBuiltIn(Path folder) { return load(folder); }

    private boolean load(Path path) {
        LabProgram.Loaded loaded = LabProgram.load(path);
        if (!loaded.ok()) {
            showProblems(path, String.join("\n", loaded.problems()));
            return false;
        }
        playback.open(loaded.program());
        return true;
    }

    void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("open.file.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("open.file.filter"), "*.go"));
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) open(f.toPath());
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("open.folder.title"));
        File f = chooser.showDialog(owner.get());
        if (f != null) open(f.toPath());
    }

    private void showProblems(Path path, String problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("open.problems.title"));
        alert.setHeaderText(messages.get("open.problems.header", String.valueOf(path.getFileName())));
        TextArea text = new TextArea(problems);
        text.setId("diagnostics");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, problems.split("\n").length + 1));
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
