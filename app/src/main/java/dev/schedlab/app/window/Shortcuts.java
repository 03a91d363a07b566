package dev.schedlab.app.window;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The window's keyboard shortcuts, in one table that both the key handler and the shortcuts overlay
 * read, so the overlay can never disagree with the keys. Keys are matched by code or by the text
 * they type, so {@code ?}, {@code [} and {@code ]} work whatever the keyboard layout puts them on.
 */
final class Shortcuts {
    /** What the keys do; the window implements it. */
    interface Commands {
        void togglePlay();
        void stepForward();
        void stepToNextDecision();
        void stepBack();
        void restart();
        void slower();
        void faster();
        /** Chapter {@code n}, counted from 1. */
        void jumpToChapter(int n);
        void togglePresentation();
        void toggleCompare();
        void toggleShortcuts();
        /** Esc: close the overlay, else leave presentation mode. */
        void leave();
    }

    /**
     * One shortcut.
     *
     * @param keys        how the overlay writes the keys ("Shift+→")
     * @param descriptionKey the Messages key of what it does
     * @param matches     whether a KEY_PRESSED event is this shortcut
     * @param action      what it does
     */
    record Shortcut(String keys, String descriptionKey, Predicate<KeyEvent> matches, BiConsumer<Commands, KeyEvent> action) {}

    static final List<Shortcut> ALL = List.of(
            new Shortcut("Space", "shortcuts.playPause", code(KeyCode.SPACE), (c, e) -> c.togglePlay()),
            new Shortcut("→", "shortcuts.step", e -> e.getCode() == KeyCode.RIGHT && !e.isShiftDown(), (c, e) -> c.stepForward()),
            new Shortcut("Shift+→", "shortcuts.nextDecision", e -> e.getCode() == KeyCode.RIGHT && e.isShiftDown(), (c, e) -> c.stepToNextDecision()),
            new Shortcut("←", "shortcuts.stepBack", code(KeyCode.LEFT), (c, e) -> c.stepBack()),
            new Shortcut("Home", "shortcuts.restart", code(KeyCode.HOME), (c, e) -> c.restart()),
            new Shortcut("[", "shortcuts.slower", typed(KeyCode.OPEN_BRACKET, "["), (c, e) -> c.slower()),
            new Shortcut("]", "shortcuts.faster", typed(KeyCode.CLOSE_BRACKET, "]"), (c, e) -> c.faster()),
            new Shortcut("1 … 9", "shortcuts.chapter", e -> digit(e) > 0, (c, e) -> c.jumpToChapter(digit(e))),
            new Shortcut("F", "shortcuts.presentation", e -> e.getCode() == KeyCode.F && !e.isShortcutDown() && !e.isAltDown(), (c, e) -> c.togglePresentation()),
            new Shortcut("C", "shortcuts.compare", e -> e.getCode() == KeyCode.C && !e.isShortcutDown() && !e.isAltDown(), (c, e) -> c.toggleCompare()),
            new Shortcut("?", "shortcuts.help", e -> "?".equals(e.getText()) || (e.getCode() == KeyCode.SLASH && e.isShiftDown()), (c, e) -> c.toggleShortcuts()),
            new Shortcut("Esc", "shortcuts.leave", code(KeyCode.ESCAPE), (c, e) -> c.leave()));

    private Shortcuts() {}

    /** Runs the shortcut {@code e} is, if any; true when one ran. */
    static boolean handle(KeyEvent e, Commands commands) {
        for (Shortcut s : ALL) {
            if (s.matches().test(e)) {
                s.action().accept(commands, e);
                return true;
            }
        }
        return false;
    }

    /** 1 to 9 for a digit key (top row or keypad), else 0. */
    static int digit(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k.isDigitKey() && !e.isShiftDown() && !e.isShortcutDown()) {
            String name = k.getName(); // "1" or "Numpad 1"
            int d = Character.digit(name.charAt(name.length() - 1), 10);
            return d >= 1 ? d : 0;
        }
        return 0;
    }

    private static Predicate<KeyEvent> code(KeyCode code) {
        return e -> e.getCode() == code && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown();
    }

    private static Predicate<KeyEvent> typed(KeyCode code, String text) {
        return e -> !e.isShortcutDown() && (text.equals(e.getText()) || (e.getCode() == code && !e.isShiftDown()));
    }
}
