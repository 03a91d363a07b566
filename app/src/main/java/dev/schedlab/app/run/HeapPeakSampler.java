package dev.schedlab.app.run;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use during a run, for {@code --stats}. A daemon thread reads
 * {@code totalMemory - freeMemory} every period: two field reads, so it costs the run
 * nothing measurable. Used heap includes garbage not yet collected, and a spike shorter
 * than the period can be missed; the figure is a guide to a run's appetite, not an exact peak.
 */
public final class HeapPeakSampler implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapPeakSampler(Duration period) {
        sample();
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(period.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "schedlab-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public static HeapPeakSampler start(Duration period) { return new HeapPeakSampler(period); }

    public long peakBytes() {
        sample();
        return peak.get();
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
    }

    @Override public void close() {
        running = false;
        thread.interrupt();
    }
}
