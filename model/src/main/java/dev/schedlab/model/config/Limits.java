package dev.schedlab.model.config;

/**
 * Guards against runaway programs: a run stops with a message naming the limit.
 *
 * @param maxSimulatedNs  simulated time after which the run stops (0 = none)
 * @param maxGoroutines   live goroutines at once
 * @param maxEvents       scheduler events in one run (0 = none)
 * @param maxStackBytes   one goroutine's stack; Go allows 1 GB, but the lab holds every frame
 *                        in memory, so runaway recursion stops sooner by default
 * @param maxHeapBytes    the live heap a GC cycle may find (0 = none): the lab holds the simulated
 *                        heap in its own memory, so unbounded allocation stops here, not in Java's
 */
public record Limits(long maxSimulatedNs, int maxGoroutines, long maxEvents, long maxStackBytes, long maxHeapBytes) {
    public static final long DEFAULT_MAX_HEAP = 256L << 20;

    public static Limits defaults() { return new Limits(0, 5_000_000, 0, 64L << 20, DEFAULT_MAX_HEAP); }
}
