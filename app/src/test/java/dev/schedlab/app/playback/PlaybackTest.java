package dev.schedlab.app.playback;

import dev.schedlab.views.timeline.TimelineMarker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The playback with both executors under the test's control: no toolkit, no threads. */
class PlaybackTest {
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor fx = new QueuedExecutor();
    private final Playback playback = new Playback(background, fx);

    private void settle() {
        while (background.runAll() + fx.runAll() > 0) { /* until both are idle */ }
    }

    @BeforeEach void openTheDemo() {
        playback.open(LabProgram.demo());
        settle();
    }

    @Test void computesAShortProgramWholeAndShowsItsStart() {
        RunProgress p = playback.progressProperty().get();
        assertThat(p.finished()).isTrue();
        assertThat(p.eventCount()).isGreaterThan(100);
        assertThat(p.timeline().lanes()).hasSize(2);
        assertThat(playback.frameProperty().get().snapshot().time()).isZero();
    }

    @Test void playingAdvancesThePlayheadBySpeedTimesWallTime() {
        playback.speedProperty().set(1e5);
        playback.play();
        playback.tick(0.5);
        settle();

        assertThat(playback.playheadProperty().get()).isEqualTo(50_000);
        assertThat(playback.frameProperty().get().snapshot().time()).isLessThanOrEqualTo(50_000).isPositive();
    }

    @Test void playingStopsAtTheEndOfTheProgram() {
        playback.speedProperty().set(1e9);
        playback.play();
        playback.tick(0.1);
        settle();

        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.playheadProperty().get()).isEqualTo(playback.progressProperty().get().endTime());
        assertThat(playback.frameProperty().get().snapshot().finished()).isTrue();
    }

    @Test void stepsGoOneEventForwardAndBack() {
        long start = playback.frameProperty().get().snapshot().eventIndex();
        playback.stepForward();
        settle();
        Frame next = playback.frameProperty().get();
        assertThat(next.snapshot().eventIndex()).isEqualTo(start + 1);
        assertThat(next.lastEvent()).isNotBlank();
        assertThat(playback.playheadProperty().get()).isEqualTo(next.snapshot().time());

        playback.stepBack();
        settle();
        assertThat(playback.frameProperty().get().snapshot().eventIndex()).isEqualTo(start);
    }

    @Test void stepToNextDecisionStopsJustAfterTheNextExecuteAndSkipsTheBookkeepingBefore() {
        long[] executes = executeEventIndexes();
        assertThat(executes.length).isGreaterThan(2);

        playback.stepToNextDecision();
        settle();
        Frame first = playback.frameProperty().get();
        assertThat(first.snapshot().eventIndex()).isEqualTo(executes[0] + 1);
        assertThat(first.lastEvent()).contains("GoroutineExecuted");

        playback.stepToNextDecision();
        settle();
        assertThat(playback.frameProperty().get().snapshot().eventIndex()).isEqualTo(executes[1] + 1);
        assertThat(executes[1]).as("the demo has bookkeeping events between two decisions").isGreaterThan(executes[0] + 1);
        assertThat(playback.playheadProperty().get()).isEqualTo(playback.frameProperty().get().snapshot().time());
    }

    /** Where the demo's execute() events are, found by stepping one event at a time. */
    private long[] executeEventIndexes() {
        java.util.List<Long> found = new java.util.ArrayList<>();
        long total = playback.progressProperty().get().eventCount();
        for (long i = 0; i < total && found.size() < 3; i++) {
            playback.stepForward();
            settle();
            Frame f = playback.frameProperty().get();
            if (f.lastEvent().contains("GoroutineExecuted")) found.add(f.snapshot().eventIndex() - 1);
        }
        playback.restart();
        settle();
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    @Test void seekingBackShowsTheEarlierState() {
        playback.seek(playback.progressProperty().get().endTime());
        settle();
        assertThat(playback.frameProperty().get().snapshot().finished()).isTrue();

        playback.seek(1_000);
        settle();
        assertThat(playback.frameProperty().get().snapshot().time()).isLessThanOrEqualTo(1_000);
        assertThat(playback.frameProperty().get().snapshot().finished()).isFalse();
    }

    @Test void changingGomaxprocsAtThePlayheadKeepsThePastAndResizesThere() {
        playback.seek(300_000);
        settle();
        long eventsBefore = playback.frameProperty().get().snapshot().eventIndex();

        playback.changeGomaxprocs(6);
        settle();

        assertThat(playback.playheadProperty().get()).isEqualTo(300_000);
        assertThat(playback.progressProperty().get().finished()).isTrue();
        playback.seek(playback.progressProperty().get().endTime());
        settle();
        assertThat(playback.frameProperty().get().snapshot().processors()).hasSize(6);
        playback.seek(299_000);
        settle();
        assertThat(playback.frameProperty().get().snapshot().processors()).as("the past keeps 2 Ps").hasSize(2);
        assertThat(playback.frameProperty().get().snapshot().eventIndex()).isLessThanOrEqualTo(eventsBefore);
    }

    @Test void aGomaxprocsChangeIsMarkedAtItsTimeAndALaterChangeEarlierInTheRunReplacesIt() {
        long end = playback.progressProperty().get().endTime();
        playback.seek(end / 2);
        settle();
        playback.changeGomaxprocs(3);
        settle();
        assertThat(playback.markers()).containsExactly(new TimelineMarker(end / 2, "GOMAXPROCS 3"));

        playback.seek(end / 4);
        settle();
        playback.changeGomaxprocs(1);
        settle();
        assertThat(playback.markers()).as("the run after end/4 was replaced, with its marker")
                .containsExactly(new TimelineMarker(end / 4, "GOMAXPROCS 1"));

        playback.open(LabProgram.demo());
        settle();
        assertThat(playback.markers()).isEmpty();
    }

    @Test void aKnobChangeIsMarkedAtThePlayheadAndKeepsTheGomaxprocsMarkers() {
        long end = playback.progressProperty().get().endTime();
        playback.seek(end / 4);
        settle();
        playback.changeGomaxprocs(3);
        settle();
        playback.seek(end / 2);
        settle();
        playback.reload(LabProgram.demo(), "Jobs: 64");
        settle();

        assertThat(playback.markers()).containsExactly(
                new TimelineMarker(end / 4, "GOMAXPROCS 3"), new TimelineMarker(end / 2, "Jobs: 64"));
    }

    @Test void gomaxprocsAtTimeZeroStartsTheProgramWithThatMany() {
        playback.changeGomaxprocs(3);
        settle();

        assertThat(playback.frameProperty().get().snapshot().processors()).hasSize(3);
        assertThat(playback.progressProperty().get().timeline().lanes()).hasSize(3);
    }
}
