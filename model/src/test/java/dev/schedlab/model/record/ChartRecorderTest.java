package dev.schedlab.model.record;

import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.*;
import dev.schedlab.model.trace.WaitReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts' data from a short, hand-written event sequence with known answers. */
class ChartRecorderTest {
    private static final List<TraceEvent> EVENTS = List.of(
            new MachineCreated(0, 0),
            new ProcessorAcquired(0, 0, 0),
            new GoroutineCreated(0, 0, 1, -1, "runtime.main"),
            new GoroutineCreated(0, 0, 2, 1, "main.a"),
            new GoroutineCreated(0, 0, 3, 1, "main.b"),
            new PutOnLocalQueue(100, 0, 2),
            new PutOnLocalQueue(200, 0, 3),
            new GoroutineExecuted(1500, 0, 0, 1, false),     // waited 1500 ns since its creation
            new GoroutineParked(1600, 0, 1, WaitReason.CHAN_RECEIVE),
            new TakenFromLocalQueue(3500, 0, 0, 2),
            new GoroutineExecuted(3500, 0, 0, 2, false),     // waited 3500 ns
            new StealFailed(5200, 0, 0, 0),
            new GoroutineExited(7100, 0, 2));

    private static ChartData record() {
        ChartRecorder r = new ChartRecorder(1);
        EVENTS.forEach(r::accept);
        return r.data();
    }

    private static int[] values(ChartData d, String key) {
        ChartSeries s = d.series(key).orElseThrow();
        int[] out = new int[s.size()];
        for (int i = 0; i < out.length; i++) out[i] = s.value(i);
        return out;
    }

    @Test
    void levelsArePeaksPerMicrosecondAndCarryOverQuietBuckets() {
        ChartData d = record();
        assertThat(d.bucketNs()).isEqualTo(1000);
        // two queued from 200 ns until one is taken at 3500 ns, then one left
        assertThat(values(d, "runq.p0")).containsExactly(2, 2, 2, 2, 1, 1, 1, 1);
        // main runs 1500-1600, then g2 from 3500 until it exits at 7100
        assertThat(values(d, "g.running")).containsExactly(0, 1, 0, 1, 1, 1, 1, 1);
        assertThat(values(d, "g.waiting")).containsExactly(0, 1, 1, 1, 1, 1, 1, 1);
        assertThat(values(d, "threads")).containsOnly(1);
    }

    @Test
    void countersCountEventsInTheirBucket() {
        assertThat(values(record(), "steal.tries")).containsExactly(0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(values(record(), "steal.hits")).containsOnly(0);
    }

    @Test
    void latencyIsTheTimeFromRunnableToRunning() {
        LatencyHistogram h = record().latency();
        assertThat(h.count()).isEqualTo(2);
        assertThat(h.maxNs()).isEqualTo(3500);
        assertThat(h.meanNs()).isEqualTo(2500);
        assertThat(h.percentileNs(0.5)).isBetween(1500L, 1500L + 1500 / 16);
    }

    @Test
    void aLongRunMergesBucketsInPairsAndKeepsPeaksAndSums() {
        ChartRecorder r = new ChartRecorder(1);
        EVENTS.forEach(r::accept);
        // one more steal attempt far away: 2048 buckets of 1 µs no longer reach, so widths double
        r.accept(new StealFailed(3_000_000, 0, 0, 0));
        ChartData d = r.data();
        assertThat(d.bucketNs()).isEqualTo(2000);
        assertThat(d.series("runq.p0").orElseThrow().value(0)).isEqualTo(2);
        assertThat(d.series("runq.p0").orElseThrow().value(2)).isEqualTo(1); // 4000-5999 ns
        assertThat(d.series("steal.tries").orElseThrow().total()).isEqualTo(2);
        assertThat(d.series("steal.tries").orElseThrow().value(2)).isEqualTo(1); // the one at 5200 ns
        assertThat(d.series("runq.p0").orElseThrow().size()).isLessThanOrEqualTo(ChartRecorder.MAX_BUCKETS);
    }
}
