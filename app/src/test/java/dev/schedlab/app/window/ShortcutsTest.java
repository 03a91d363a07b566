package dev.schedlab.app.window;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which key does what: each key press against a recorder of the commands it runs. */
class ShortcutsTest {
    /** Writes down each command it is given. */
    private static final class Recorder implements Shortcuts.Commands {
        final List<String> done = new ArrayList<>();
        @Override public void togglePlay() { done.add("play"); }
        @Override public void stepForward() { done.add("step"); }
        @Override public void stepToNextDecision() { done.add("decision"); }
        @Override public void stepBack() { done.add("back"); }
        @Override public void restart() { done.add("restart"); }
        @Override public void slower() { done.add("slower"); }
        @Override public void faster() { done.add("faster"); }
        @Override public void jumpToChapter(int n) { done.add("chapter " + n); }
        @Override public void togglePresentation() { done.add("presentation"); }
        @Override public void toggleCompare() { done.add("compare"); }
        @Override public void toggleShortcuts() { done.add("shortcuts"); }
        @Override public void leave() { done.add("leave"); }
    }

    private static KeyEvent press(KeyCode code, String text, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, shift, false, false, false);
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(KeyCode.SPACE, " ", false, "play"),
                Arguments.of(KeyCode.RIGHT, "", false, "step"),
                Arguments.of(KeyCode.RIGHT, "", true, "decision"),
                Arguments.of(KeyCode.LEFT, "", false, "back"),
                Arguments.of(KeyCode.HOME, "", false, "restart"),
                Arguments.of(KeyCode.OPEN_BRACKET, "[", false, "slower"),
                Arguments.of(KeyCode.CLOSE_BRACKET, "]", false, "faster"),
                Arguments.of(KeyCode.DIGIT1, "1", false, "chapter 1"),
                Arguments.of(KeyCode.DIGIT9, "9", false, "chapter 9"),
                Arguments.of(KeyCode.NUMPAD3, "3", false, "chapter 3"),
                Arguments.of(KeyCode.F, "f", false, "presentation"),
                Arguments.of(KeyCode.C, "c", false, "compare"),
                Arguments.of(KeyCode.SLASH, "?", true, "shortcuts"),
                Arguments.of(KeyCode.ESCAPE, "", false, "leave"),
                // A layout where [ and ? sit on other keys: the text they type decides.
                Arguments.of(KeyCode.DIGIT5, "[", false, "slower"),
                Arguments.of(KeyCode.COMMA, "?", true, "shortcuts"));
    }

    @ParameterizedTest(name = "{0} {1} shift={2}: {3}") @MethodSource("keys")
    void eachKeyRunsItsCommandAndOnlyThat(KeyCode code, String text, boolean shift, String expected) {
        Recorder r = new Recorder();
        assertThat(Shortcuts.handle(press(code, text, shift), r)).isTrue();
        assertThat(r.done).containsExactly(expected);
    }

    @Test void otherKeysAndDigitZeroAreLeftToTheControls() {
        Recorder r = new Recorder();
        assertThat(Shortcuts.handle(press(KeyCode.A, "a", false), r)).isFalse();
        assertThat(Shortcuts.handle(press(KeyCode.DIGIT0, "0", false), r)).isFalse();
        assertThat(Shortcuts.handle(press(KeyCode.TAB, "\t", false), r)).isFalse();
        assertThat(r.done).isEmpty();
    }

    @Test void everyShortcutHasItsOwnKeysAndDescription() {
        assertThat(Shortcuts.ALL).extracting(Shortcuts.Shortcut::keys).doesNotHaveDuplicates();
        assertThat(Shortcuts.ALL).extracting(Shortcuts.Shortcut::descriptionKey).doesNotHaveDuplicates();
    }
}
