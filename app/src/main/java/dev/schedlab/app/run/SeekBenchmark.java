package dev.schedlab.app.run;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.record.Recording;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.vm.Program;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How fast the state at any moment of a long run comes back: records a real run of a
 * program into a {@link Recording} up to a number of events, then asks for the state at
 * random simulated times and reports the seek times and the recording's memory.
 */
public final class SeekBenchmark {
    private SeekBenchmark() {}

    /** The figures of one benchmark run. */
    public record Result(long events, long simTimeNs, long recordWallMs, long heapBytes, long recordingBytes,
                         int checkpoints, double medianMs, double p90Ms, double maxMs) {
        public void print(PrintWriter out) {
            out.printf("events: %d%nsim_time_ns: %d%nrecord_wall_ms: %d%nheap_after_gc_bytes: %d%n"
                            + "recording_bytes: %d%ncheckpoints: %d%nseek_median_ms: %.2f%nseek_p90_ms: %.2f%nseek_max_ms: %.2f%n",
                    events, simTimeNs, recordWallMs, heapBytes, recordingBytes, checkpoints, medianMs, p90Ms, maxMs);
            out.flush();
        }
    }

    public static Result run(Program program, Settings settings, long maxEvents, int seeks) {
        Recording recording = new Recording(settings.gomaxprocs());
        long[] count = {0};
        EventSink sink = e -> {
            if (count[0] < maxEvents) recording.accept(e);
            count[0]++;
        };
        long t0 = System.nanoTime();
        Simulation sim = new Simulation(program, settings, sink, ProgramOutput.DISCARD);
        while (count[0] < maxEvents && sim.step()) { /* record */ }
        long recordMs = (System.nanoTime() - t0) / 1_000_000;
        long heap = usedHeapAfterGc();
        long end = recording.endTime();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20; i++) recording.stateAt(random.nextLong(end + 1)); // warm up
        double[] ms = new double[seeks];
        long sink2 = 0;
        for (int i = 0; i < seeks; i++) {
            long at = random.nextLong(end + 1);
            long s = System.nanoTime();
            WorldSnapshot snap = recording.stateAt(at);
            ms[i] = (System.nanoTime() - s) / 1e6;
            sink2 += snap.goroutines().size();
        }
        Arrays.sort(ms);
        if (sink2 < 0) throw new IllegalStateException(); // keeps the snapshots observable
        return new Result(recording.eventCount(), end, recordMs, heap, recording.memoryBytes(),
                recording.checkpointCount(), ms[seeks / 2], ms[(int) (seeks * 0.9)], ms[seeks - 1]);
    }

    private static long usedHeapAfterGc() {
        java.lang.Runtime rt = java.lang.Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

}
