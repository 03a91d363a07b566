package dev.schedlab.app.playback;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.scenarios.scenario.ScenarioLibrary;
import dev.schedlab.views.timeline.LaneSegments;
import dev.schedlab.views.timeline.SegmentKind;
import dev.schedlab.views.timeline.TimelineData;
import dev.schedlab.views.timeline.TimelineModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RunFiguresTest {
    private static final int M = 0, P = 0;

    @Test void aLatencyRunsFromEnteringARunQueueToRunningAndAStealDoesNotRestartIt() {
        RunFigures f = new RunFigures();
        f.accept(new TraceEvent.PutOnRunnext(1_000, P, 7));
        f.accept(new TraceEvent.PutOnLocalQueue(1_500, 1, 7)); // stolen onto P1's queue: still waiting since 1000
        f.accept(new TraceEvent.Stolen(1_500, 1, 1, P, 1, true));
        f.accept(new TraceEvent.GoroutineExecuted(31_000, 1, 1, 7, false));

        KeyFigures all = f.track().at(31_000);
        assertThat(all.latencies()).isEqualTo(1);
        assertThat((double) all.latencyP50Ns()).isCloseTo(30_000, within(30_000 * 0.07));
        assertThat(all.steals()).isEqualTo(1);
        assertThat(all.stolenGoroutines()).isEqualTo(1);
        assertThat(all.switches()).isEqualTo(1);

        KeyFigures before = f.track().at(30_999);
        assertThat(before.latencies()).as("the goroutine has not run yet").isZero();
        assertThat(before.switches()).isZero();
        assertThat(before.steals()).isEqualTo(1);
        assertThat(f.track().at(1_499).steals()).isZero();
    }

    @Test void percentilesAreTakenOverTheLatenciesUpToTheMoment() {
        RunFigures f = new RunFigures();
        // 100 goroutines: goroutine g waits g µs, and runs at time 1 ms + g µs.
        for (int g = 1; g <= 100; g++) f.accept(new TraceEvent.PutOnGlobalQueue(1_000_000, g, false));
        for (int g = 1; g <= 100; g++) f.accept(new TraceEvent.GoroutineExecuted(1_000_000 + g * 1_000L, M, P, g, false));

        KeyFigures all = f.track().at(Long.MAX_VALUE);
        assertThat((double) all.latencyP50Ns()).isCloseTo(50_000, within(50_000 * 0.07));
        assertThat((double) all.latencyP90Ns()).isCloseTo(90_000, within(90_000 * 0.07));
        assertThat((double) all.latencyP99Ns()).isCloseTo(99_000, within(99_000 * 0.07));
        KeyFigures firstTen = f.track().at(1_010_000);
        assertThat(firstTen.latencies()).isEqualTo(10);
        assertThat((double) firstTen.latencyP90Ns()).isCloseTo(9_000, within(9_000 * 0.07));
    }

    @Test void manyLatenciesPastTheHistogramCheckpointsGiveTheSamePercentilesAsSorting() {
        RunFigures f = new RunFigures();
        java.util.Random random = new java.util.Random(42);
        int n = RunFigures.CHECKPOINT * 3 + 123;
        List<Long> latencies = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < n; i++) {
            long wait = 1 + (long) Math.abs(random.nextGaussian() * 50_000);
            t += 10;
            if (i % 1000 == 7) f.accept(new TraceEvent.GoroutineExecuted(t - 5, M, P, 2, false)); // never queued: no latency
            f.accept(new TraceEvent.PutOnLocalQueue(t, P, 1));
            f.accept(new TraceEvent.GoroutineExecuted(t + wait, M, P, 1, false));
            t += wait;
            latencies.add(wait);
        }
        for (int upTo : new int[] {n, RunFigures.CHECKPOINT * 2, 5_000}) {
            List<Long> sorted = new ArrayList<>(latencies.subList(0, upTo));
            sorted.sort(null);
            long time = executedTimeOf(latencies, upTo);
            KeyFigures k = f.track().at(time);
            assertThat(k.latencies()).isEqualTo(upTo);
            assertThat(k.switches()).isEqualTo(upTo + (upTo + 992) / 1000);
            long p90 = sorted.get((int) Math.ceil(0.9 * upTo) - 1);
            assertThat((double) k.latencyP90Ns()).isCloseTo(p90, within(p90 * 0.07));
        }
    }

    /** The time the {@code count}-th goroutine of the test above ran. */
    private static long executedTimeOf(List<Long> latencies, int count) {
        long t = 0;
        for (int i = 0; i < count; i++) t += 10 + latencies.get(i);
        return t;
    }

    @Test void overAWholeRunTheSwitchesAreTheModelsOwnCountAndTheSchedulerTimeIsWhatTheMLanesDraw() {
        LabProgram p = LabProgram.load(ScenarioLibrary.builtIn().find("05-work-stealing").orElseThrow()).program();
        RunFigures f = new RunFigures();
        TimelineModel timeline = new TimelineModel(p.gomaxprocs());
        long[] steals = new long[2];
        Simulation sim = new Simulation(p.program(), Settings.of(p.gomaxprocs()), e -> {
            f.accept(e);
            timeline.accept(e);
            if (e instanceof TraceEvent.Stolen s) { steals[0]++; steals[1] += s.count(); }
        }, ProgramOutput.DISCARD);
        sim.run();

        KeyFigures k = f.track().at(f.track().endTime());
        assertThat(k.switches()).isEqualTo(sim.stats().goroutineSwitches());
        assertThat(k.steals()).isEqualTo(steals[0]).isPositive();
        assertThat(k.stolenGoroutines()).isEqualTo(steals[1]);
        assertThat(k.schedulerNs()).isEqualTo(schedulerTimeDrawn(timeline.data(), Long.MAX_VALUE)).isPositive();
        long half = f.track().endTime() / 2;
        assertThat(f.track().at(half).schedulerNs()).isEqualTo(schedulerTimeDrawn(timeline.data(), half));
    }

    private static long schedulerTimeDrawn(TimelineData d, long until) {
        long sum = 0;
        for (LaneSegments lane : d.machineLanes()) {
            for (int i = 0; i < lane.size(); i++) {
                if (lane.kind(i) != SegmentKind.SCHEDULER && lane.kind(i) != SegmentKind.SPINNING) continue;
                sum += Math.max(0, Math.min(lane.end(i), until) - lane.start(i));
            }
        }
        return sum;
    }

    @Test void aParkedGoroutineIsNotCountedAsWaitingToRun() {
        RunFigures f = new RunFigures();
        f.accept(new TraceEvent.PutOnRunnext(0, P, 3));
        f.accept(new TraceEvent.GoroutineExecuted(100, M, P, 3, false));
        f.accept(new TraceEvent.GoroutineParked(200, M, 3, WaitReason.IO_WAIT));
        f.accept(new TraceEvent.PutOnRunnext(5_000, P, 3));
        f.accept(new TraceEvent.GoroutineExecuted(5_400, M, P, 3, false));
        KeyFigures k = f.track().at(10_000);
        assertThat(k.latencies()).isEqualTo(2);
        assertThat(k.latencyP99Ns()).as("both waits were at most 400 ns, the park is not a wait to run").isLessThanOrEqualTo(420);
    }

    @ParameterizedTest @ValueSource(longs = {1, 7, 42, 1234})
    void aBucketStandsForItsValuesWithinSevenPercent(long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 10_000; i++) {
            long v = (long) Math.pow(10, random.nextDouble() * 12);
            long shown = LatencyBuckets.value(LatencyBuckets.of(v));
            assertThat((double) shown).as("%d", v).isCloseTo(v, within(Math.max(0.5, v * 0.07)));
        }
    }
}
