package dev.schedlab.model.record;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Benchmark of {@link Recording}: records a synthetic run and reports its heap footprint and the
 * latency of random {@link Recording#stateAt} seeks. Not a test; run by hand:
 * <pre>
 * mvn -B -q -o -pl model test -Dtest='dev.schedlab.model.record.**' -Dsurefire.failIfNoSpecifiedTests=false
 * java -Xmx2g -cp model/target/classes:model/target/test-classes dev.schedlab.model.record.RecordingBench [events] [goroutines] [procs] [minInterval] [eventsPerGoroutine]
 * </pre>
 */
public final class RecordingBench {
    private RecordingBench() {}

    public static void main(String[] args) {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int goroutines = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int procs = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int minInterval = args.length > 3 ? Integer.parseInt(args[3]) : Recording.DEFAULT_MIN_INTERVAL;
        int perGoroutine = args.length > 4 ? Integer.parseInt(args[4]) : Recording.DEFAULT_EVENTS_PER_GOROUTINE;

        long before = usedHeap();
        Recording rec = new Recording(procs, minInterval, perGoroutine);
        SyntheticRun run = new SyntheticRun(2024, procs, goroutines, rec);
        long t0 = System.nanoTime();
        run.runUntil(events);
        long recordNs = System.nanoTime() - t0;
        long after = usedHeap();
        WorldSnapshot end = rec.current();

        System.out.printf("events=%,d procs=%d targetGoroutines=%,d liveAtEnd=%,d checkpoints=%,d (min %,d, %d/goroutine)%n",
            rec.eventCount(), procs, goroutines, end.goroutines().size(), rec.checkpointCount(), minInterval, perGoroutine);
        System.out.printf("record: %.1f s (%.0f ns/event, generator included)%n", recordNs / 1e9, (double) recordNs / rec.eventCount());
        System.out.printf("heap used by recording (measured, incl. generator): %,.1f MB; memoryBytes(): %,.1f MB%n",
            (after - before) / 1e6, rec.memoryBytes() / 1e6);

        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 50; i++) rec.stateAt(r.nextLong(rec.endTime() + 1)); // warm-up
        int n = 200;
        long[] ns = new long[n];
        int sink = 0;
        for (int i = 0; i < n; i++) {
            long t = r.nextLong(rec.endTime() + 1);
            long s = System.nanoTime();
            WorldSnapshot snap = rec.stateAt(t);
            ns[i] = System.nanoTime() - s;
            sink += snap.goroutines().size();
        }
        Arrays.sort(ns);
        System.out.printf("stateAt x%d: median %.2f ms, p90 %.2f ms, max %.2f ms (checksum %d)%n",
            n, ns[n / 2] / 1e6, ns[n * 9 / 10] / 1e6, ns[n - 1] / 1e6, sink);
        if (run.emitted() < 0) System.out.println(end); // keeps the run reachable until here
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try { Thread.sleep(100); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
