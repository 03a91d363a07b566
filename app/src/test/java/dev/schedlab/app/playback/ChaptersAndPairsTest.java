package dev.schedlab.app.playback;

import dev.schedlab.scenarios.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Jumping between a scenario's chapters, and two playbacks played side by side (A/B), with no toolkit. */
class ChaptersAndPairsTest {
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor fx = new QueuedExecutor();
    private final Playback a = new Playback(background, fx);

    private void settle() {
        while (background.runAll() + fx.runAll() > 0) { /* until both are idle */ }
    }

    private static LabProgram scenario(String name) {
        return LabProgram.load(ScenarioLibrary.builtIn().find(name).orElseThrow()).program();
    }

    @Test void jumpingToAChapterPutsThePlayheadAtItsStartAndPauses() {
        a.open(scenario("07-mutex-starvation")); // chapters at 14 µs, 598 µs, then at the first GoroutineYielded
        settle();
        a.play();

        assertThat(a.jumpToChapter(2)).isTrue();
        settle();
        assertThat(a.playheadProperty().get()).isEqualTo(598_000);
        assertThat(a.playingProperty().get()).isFalse();
        assertThat(a.narrationProperty().get()).startsWith("First Unlock");

        assertThat(a.jumpToChapter(1)).isTrue();
        settle();
        assertThat(a.playheadProperty().get()).isEqualTo(14_000);
        assertThat(a.jumpToChapter(9)).as("it has no ninth chapter").isFalse();
        assertThat(a.playheadProperty().get()).isEqualTo(14_000);
    }

    @Test void aPairPlaysOnUntilTheLongerRunEnds() {
        LabProgram p = scenario("08-procs-1-vs-4");
        a.open(p.withGomaxprocs(4));
        Playback b = a.sibling();
        b.open(p.withGomaxprocs(1), a.seed(), 0);
        b.playheadProperty().bindBidirectional(a.playheadProperty());
        a.setCompanion(b);
        settle();
        long endA = a.progressProperty().get().endTime(), endB = b.progressProperty().get().endTime();
        assertThat(endA).isNotEqualTo(endB);

        a.speedProperty().set(1e9);
        a.play();
        for (int i = 0; i < 50 && a.playingProperty().get(); i++) {
            a.tick(0.1); // 100 ms of simulated time a tick; pauses on the narration's stops
            settle();
            if (!a.playingProperty().get() && a.playheadProperty().get() < Math.max(endA, endB)) a.play();
        }
        assertThat(a.playheadProperty().get()).isEqualTo(Math.max(endA, endB));
        assertThat(b.frameProperty().get().snapshot().finished()).isTrue();
        assertThat(a.frameProperty().get().snapshot().finished()).isTrue();
    }

    @Test void aRunOpenedWithAnotherSeedMakesOtherRandomChoices() {
        LabProgram p = scenario("05-work-stealing"); // the steal order is random: the seed changes the run
        a.open(p, 7);
        settle();
        assertThat(a.seed()).isEqualTo(7);
        long eventsSeven = a.progressProperty().get().eventCount();

        a.open(p, 1);
        settle();
        long eventsOne = a.progressProperty().get().eventCount();
        a.open(p);
        settle();
        assertThat(a.seed()).as("open without a seed keeps the last one").isEqualTo(1);
        assertThat(a.progressProperty().get().eventCount()).isEqualTo(eventsOne);
        assertThat(eventsSeven).isNotEqualTo(eventsOne);
    }
}
