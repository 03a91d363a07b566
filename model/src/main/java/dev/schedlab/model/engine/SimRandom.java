package dev.schedlab.model.engine;

import java.util.SplittableRandom;

/**
 * The runtime's random source ({@code cheaprand} in Go): steal order, select order.
 * One per simulation, seeded from the settings, so runs are reproducible. Anything
 * that is not the runtime's own randomness (timing jitter, drawing) uses another
 * instance so it never shifts these draws.
 */
public final class SimRandom {
    private final SplittableRandom random;

    public SimRandom(long seed) { this.random = new SplittableRandom(seed); }

    /** A uniformly distributed unsigned 32-bit value, as runtime.cheaprand. */
    public long cheaprand() { return random.nextInt() & 0xffffffffL; }

    /** A value in [0, n), as runtime.cheaprandn. */
    public int cheaprandn(int n) { return (int) ((cheaprand() * n) >>> 32); }

    /** A value in [0, bound) for jitter. */
    public long nextLong(long bound) { return random.nextLong(bound); }

    /** An exponentially distributed value with the given mean, for latency tails. */
    public long nextExponential(long mean) {
        double u = 1.0 - random.nextDouble(); // (0, 1]
        return Math.round(-Math.log(u) * mean);
    }
}
