package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Playback;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Applies the saved {@link LabPreferences} to a new window, and takes them from it again when it
 * closes: language, speed, last folder, place and size, divider positions. (The theme is applied
 * before the window is built: see {@link SchedLabApp}.)
 */
final class RememberedWindow {
    static final String CENTRE = "centre", COMPARE = "compare";

    private RememberedWindow() {}

    /** Before the stage is shown: everything but the dividers, which need the laid-out window. */
    static void restore(LabPreferences prefs, Stage stage, Messages messages, Playback playback, ProgramOpener opener) {
        prefs.locale().filter(Messages.supported()::contains).ifPresent(messages.localeProperty()::set);
        prefs.speed().ifPresent(s -> playback.speedProperty().set(Math.max(Playback.SLOWEST, Math.min(Playback.FASTEST, s))));
        prefs.lastFolder().ifPresent(opener.lastFolderProperty()::set);
        prefs.window().ifPresent(w -> {
            // Only where a screen still is: the projector it was last on may be gone.
            if (Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty()) return;
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
        });
    }

    /** Once the window is showing. */
    static void restoreDividers(LabPreferences prefs, LabWindow window) {
        double[] d = prefs.dividers(CENTRE);
        if (d.length == window.centre().getDividers().size()) window.centre().setDividerPositions(d);
        window.setCompareDividers(prefs.dividers(COMPARE));
    }

    static void capture(LabPreferences prefs, Stage stage, LabWindow window, Theme theme, Messages messages, Playback playback,
                        ProgramOpener opener) {
        prefs.setDarkTheme(theme.isDark());
        prefs.setLocale(messages.localeProperty().get());
        prefs.setSpeed(playback.speedProperty().get());
        if (opener.lastFolderProperty().get() != null) prefs.setLastFolder(opener.lastFolderProperty().get());
        if (!stage.isFullScreen() && stage.getWidth() > 0) { // presentation mode's full screen is not the window's size
            prefs.setWindow(new LabPreferences.WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
        prefs.setDividers(CENTRE, window.centre().getDividerPositions());
        prefs.setDividers(COMPARE, window.compareDividers());
    }
}
