package dev.schedlab.app.window;

import dev.schedlab.scenarios.scenario.Scenario;
import dev.schedlab.scenarios.scenario.ScenarioLibrary;
import dev.schedlab.scenarios.scenario.ScenarioLoad;
import dev.schedlab.scenarios.scenario.ScenarioLoader;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Playback;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.nio.file.Path;
import java.util.Locale;

/** Open, the built-in library, recent files, restart, step back, play/pause, step, speed, the program's name, the language and the theme switch. */
final class LabToolBar extends ToolBar {
    /** Ends the group of file menus (open, library, recent, export). */
    private final Separator afterFiles = new Separator();

    /** The built-in scenarios, by title. */
    private static MenuButton libraryMenu(ProgramOpener opener, Messages messages) {
        MenuButton menu = new MenuButton();
        menu.textProperty().bind(messages.text("toolbar.library"));
        menu.setId("library");
        menu.setTooltip(tip(messages, "toolbar.library.tip"));
        ScenarioLibrary library = ScenarioLibrary.builtIn();
        for (String name : library.names()) {
            ScenarioLoad load = ScenarioLoader.load(library.root().resolve(name));
            if (!load.ok()) continue;
            Scenario s = load.scenario();
            MenuItem item = new MenuItem();
            item.textProperty().bind(Bindings.createStringBinding(() -> s.title(messages.locale()), messages.localeProperty()));
            item.setId("library-" + name);
            item.setOnAction(e -> opener.openBuiltIn(s.folder()));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The programs opened last, newest first; disabled while there are none. */
    private static MenuButton recentMenu(ProgramOpener opener, Messages messages) {
        MenuButton menu = new MenuButton();
        menu.textProperty().bind(messages.text("toolbar.recent"));
        menu.setId("recent");
        menu.setTooltip(tip(messages, "toolbar.recent.tip"));
        ObservableList<Path> paths = opener.recent().paths();
        Runnable fill = () -> {
            menu.getItems().clear();
            for (Path p : paths) {
                MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> opener.open(p));
                menu.getItems().add(item);
            }
            menu.setDisable(paths.isEmpty());
        };
        paths.addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        return menu;
    }

    /** The languages, each named in itself; choosing one relabels the window at once. */
    private static MenuButton languageMenu(Messages messages) {
        MenuButton menu = new MenuButton();
        menu.setId("language");
        menu.setGraphic(Icons.icon(MaterialDesignT.TRANSLATE));
        menu.textProperty().bind(messages.text("language.short")); // the full names are in the menu
        menu.setTooltip(tip(messages, "toolbar.language.tip"));
        menu.setFocusTraversable(false);
        for (Locale l : Messages.supported()) {
            MenuItem item = new MenuItem(Messages.nativeName(l));
            item.setId("language-" + l.toLanguageTag());
            item.setOnAction(e -> messages.localeProperty().set(l));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Tooltip tip(Messages messages, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(messages.text(key));
        return t;
    }

    LabToolBar(Playback playback, ProgramOpener opener, Theme theme, BooleanProperty showMachineLanes, Messages messages) {
        Button openFile = Icons.decorate(new Button(), "open-file", MaterialDesignF.FILE_CODE_OUTLINE, messages.text("toolbar.openFile.tip"));
        openFile.setOnAction(e -> opener.chooseFile());
        Button openFolder = Icons.decorate(new Button(), "open-folder", MaterialDesignF.FOLDER_OPEN, messages.text("toolbar.openFolder.tip"));
        openFolder.setOnAction(e -> opener.chooseFolder());

        Button restart = Icons.decorate(new Button(), "restart", MaterialDesignS.SKIP_PREVIOUS, messages.text("toolbar.restart.tip"));
        restart.setOnAction(e -> playback.restart());
        Button stepBack = Icons.decorate(new Button(), "step-back", MaterialDesignS.STEP_BACKWARD, messages.text("toolbar.stepBack.tip"));
        stepBack.setOnAction(e -> playback.stepBack());
        Button play = Icons.decorate(new Button(), "play", MaterialDesignP.PLAY, messages.text("toolbar.play.tip"));
        play.setOnAction(e -> playback.togglePlay());
        playback.playingProperty().addListener((o, was, now) ->
                play.setGraphic(Icons.icon(now ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY)));
        Button step = Icons.decorate(new Button(), "step", MaterialDesignS.STEP_FORWARD, messages.text("toolbar.step.tip"));
        step.setOnAction(e -> playback.stepForward());
        Button decision = Icons.decorate(new Button(), "step-decision", MaterialDesignS.SKIP_NEXT,
                messages.text("toolbar.stepDecision.tip"));
        decision.setOnAction(e -> playback.stepToNextDecision());

        Slider speed = new Slider(SpeedScale.MIN, SpeedScale.MAX, SpeedScale.sliderOf(playback.speedProperty().get()));
        speed.setId("speed");
        speed.setPrefWidth(140);
        speed.setFocusTraversable(false);
        speed.valueProperty().addListener((o, was, now) -> playback.speedProperty().set(SpeedScale.speedOf(now.doubleValue())));
        Label speedLabel = new Label();
        speedLabel.setId("speed-label");
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> SpeedScale.label(playback.speedProperty().get(), messages), playback.speedProperty(), messages.localeProperty()));

        Label name = new Label();
        name.setId("program-name");
        name.getStyleClass().add("program-name");
        name.setMinWidth(60); // the one item that gives way when the window is narrow (the title bar has it too)
        name.textProperty().bind(Bindings.createStringBinding(
                () -> playback.programProperty().get() == null ? "" : playback.programProperty().get().name(),
                playback.programProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleButton machines = new ToggleButton();
        machines.textProperty().bind(messages.text("toolbar.machineLanes"));
        machines.setId("machine-lanes");
        machines.setTooltip(tip(messages, "toolbar.machineLanes.tip"));
        machines.selectedProperty().bindBidirectional(showMachineLanes);
        machines.setFocusTraversable(false);

        ToggleButton dark = Icons.decorate(new ToggleButton(), "theme", MaterialDesignW.WEATHER_NIGHT, messages.text("toolbar.darkTheme.tip"));
        dark.setSelected(theme.isDark());
        dark.selectedProperty().addListener((o, was, now) -> theme.setDark(now));

        getItems().addAll(openFile, openFolder, libraryMenu(opener, messages), recentMenu(opener, messages), afterFiles, restart, stepBack, play, step, decision, new Separator(),
                Icons.icon(MaterialDesignS.SPEEDOMETER), speed, speedLabel, new Separator(), machines, spacer, name, languageMenu(messages), dark);
        for (javafx.scene.Node n : getItems()) {
            if (n instanceof javafx.scene.control.Labeled l && n != name) l.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** Adds a menu at the end of the file menus (the Export menu). */
    void addFileMenu(javafx.scene.Node menu) { getItems().add(getItems().indexOf(afterFiles), menu); }
}
