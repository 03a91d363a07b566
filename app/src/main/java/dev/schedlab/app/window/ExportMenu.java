package dev.schedlab.app.window;

import dev.schedlab.app.export.AtomicFile;
import dev.schedlab.app.export.ExportFailure;
import dev.schedlab.app.export.ExportView;
import dev.schedlab.app.export.LabPicture;
import dev.schedlab.app.export.LabViews;
import dev.schedlab.app.export.PictureFormat;
import dev.schedlab.app.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The toolbar's Export menu: the board, the timeline, the charts, the flame graph, the inspector or
 * the whole window as PNG at 1x, 2x or 3x, or as SVG, into a file chosen in a dialog; or as an image
 * on the clipboard. A view in a hidden tab is brought into sight first; the inspector is exported
 * once its replay has answered. FX thread only.
 */
final class ExportMenu extends MenuButton {
    /** What to write: a view, a format and, for PNG, the scale. */
    record Choice(ExportView view, PictureFormat format, int scale) {
        String suggestedName(String program) {
            return program + "-" + view.label() + (scale > 1 ? "@" + scale + "x" : "") + "." + format.extension();
        }
    }

    private final LabViews views;
    private final Consumer<ExportView> reveal;
    private final Supplier<String> programName;
    private final Messages messages;
    private Function<Choice, Optional<Path>> askFile = this::chooseFile;
    private File lastFolder;

    /** @param reveal brings a view into sight (selects its tab) */
    ExportMenu(LabViews views, Consumer<ExportView> reveal, Supplier<String> programName, Messages messages) {
        this.views = views;
        this.reveal = reveal;
        this.programName = programName;
        this.messages = messages;
        // An icon like the other file buttons: the toolbar has no width to spare at 1440 points.
        Icons.decorate(this, "export", MaterialDesignE.EXPORT_VARIANT, messages.text("export.tooltip"));
        accessibleTextProperty().bind(messages.text("export.menu"));
        for (ExportView v : ExportView.values()) getItems().add(viewMenu(v));
        getItems().add(new SeparatorMenuItem());
        for (ExportView v : ExportView.values()) {
            MenuItem copy = item("export-copy-" + v.label(), "export.copy." + v.label());
            copy.setOnAction(e -> copy(v));
            getItems().add(copy);
        }
    }

    /** For tests: where the file goes instead of asking in a dialog (empty: cancelled). */
    void askFileWith(Function<Choice, Optional<Path>> ask) { askFile = ask; }

    private Menu viewMenu(ExportView v) {
        Menu menu = new Menu();
        menu.textProperty().bind(messages.text("export.view." + v.label()));
        for (int scale = 1; scale <= 3; scale++) {
            Choice c = new Choice(v, PictureFormat.PNG, scale);
            MenuItem png = new MenuItem();
            png.setId("export-" + v.label() + "-png-" + scale + "x");
            png.textProperty().bind(messages.text("export.png", scale));
            png.setOnAction(e -> export(c));
            menu.getItems().add(png);
        }
        MenuItem svg = item("export-" + v.label() + "-svg", v.vectorInSvg() ? "export.svg" : "export.svg.snapshot");
        svg.setOnAction(e -> export(new Choice(v, PictureFormat.SVG, 1)));
        menu.getItems().add(svg);
        return menu;
    }

    private MenuItem item(String id, String key) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(messages.text(key));
        return item;
    }

    private void export(Choice c) {
        Optional<Path> file = askFile.apply(c);
        if (file.isEmpty()) return;
        whenShown(c.view(), () -> write(c, file.get()));
    }

    /** Runs {@code then} once {@code v} is in sight and, for the inspector, its replay answered. */
    private void whenShown(ExportView v, Runnable then) {
        reveal.accept(v);
        views.window().applyCss();
        views.window().layout();
        BooleanProperty busy = views.inspector().busyProperty();
        if (v != ExportView.INSPECTOR || !busy.get()) {
            then.run();
            return;
        }
        busy.addListener(new ChangeListener<>() {
            @Override public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) return;
                busy.removeListener(this);
                views.window().applyCss(); // the answer's tables, laid out before the snapshot
                views.window().layout();
                then.run();
            }
        });
    }

    private void write(Choice c, Path file) {
        try {
            AtomicFile.write(file, picture(c.view()).encode(c.format(), c.scale()));
        } catch (ExportFailure e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.initOwner(ownerWindow());
            alert.setHeaderText(messages.get("export.failed"));
            alert.show();
        }
    }

    private void copy(ExportView v) {
        whenShown(v, () -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(picture(v).image(1));
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private LabPicture picture(ExportView v) { return LabPicture.asShown(v, views); }

    private Optional<Path> chooseFile(Choice c) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.chooser.title"));
        String ext = c.format().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        chooser.setInitialFileName(c.suggestedName(programName.get()));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        File f = chooser.showSaveDialog(ownerWindow());
        if (f == null) return Optional.empty();
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }

    private Window ownerWindow() {
        Region window = views.window();
        return window.getScene() == null ? null : window.getScene().getWindow();
    }
}
