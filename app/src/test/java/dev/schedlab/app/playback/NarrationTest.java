package dev.schedlab.app.playback;

import dev.schedlab.scenarios.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scenario's narration in the playback: 07-mutex-starvation has a chapter at 14 µs, one at 598 µs
 * that pauses, and one at the first GoroutineYielded event that pauses (see its scenario.yaml).
 */
class NarrationTest {
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor fx = new QueuedExecutor();
    private final Playback playback = new Playback(background, fx);

    private void settle() {
        while (background.runAll() + fx.runAll() > 0) { /* until both are idle */ }
    }

    private void openMutexScenario() {
        Path folder = ScenarioLibrary.builtIn().find("07-mutex-starvation").orElseThrow();
        LabProgram.Loaded loaded = LabProgram.load(folder);
        assertThat(loaded.problems()).isEmpty();
        playback.open(loaded.program());
        settle();
    }

    @Test void theChapterShownIsTheLastOneReachedByThePlayhead() {
        openMutexScenario();
        assertThat(playback.narrationProperty().get()).as("nothing before 14 µs").isEmpty();

        playback.seek(20_000);
        settle();
        assertThat(playback.narrationProperty().get()).startsWith("The last goroutine created ran first");

        playback.seek(600_000);
        settle();
        assertThat(playback.narrationProperty().get()).startsWith("First Unlock, in normal mode.");
    }

    @Test void playingStopsOnAChapterThatAsksForAPause() {
        openMutexScenario();
        playback.speedProperty().set(1e9);
        playback.play();
        playback.tick(0.05); // 50 ms of simulated time at once: far past 598 µs
        settle();

        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.playheadProperty().get()).isEqualTo(598_000);
        assertThat(playback.narrationProperty().get()).startsWith("First Unlock");
    }

    @Test void aChapterSetAtAnEventTypeIsPlacedAtTheFirstSuchEvent() {
        openMutexScenario();
        RunProgress run = playback.progressProperty().get();
        assertThat(run.finished()).isTrue();
        NarrationPoint yielded = run.narration().stream()
                .filter(p -> p.text().startsWith("The waiter at the front")).findFirst().orElseThrow();

        assertThat(yielded.pause()).isTrue();
        assertThat(yielded.time()).isGreaterThan(1_000_000); // starvation needs a waiter older than 1 ms
        assertThat(run.narration()).extracting(NarrationPoint::time).isSorted();
    }

    @Test void aPlainProgramHasNoNarration() {
        playback.open(LabProgram.demo());
        settle();
        playback.seek(1_000_000);
        settle();
        assertThat(playback.progressProperty().get().narration()).isEmpty();
        assertThat(playback.narrationProperty().get()).isEmpty();
    }
}
