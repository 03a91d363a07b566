package dev.schedlab.app.run;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The most heap in use during a run, for {@code --stats}. A daemon thread reads
 * {@code totalMemory - freeMemory} every period: two field reads, so it costs the run
 * nothing measurable. Used heap includes garbage not yet collected, and a spike shorter
 * than the period can be missed; the figure is a guide to a run's appetite, not an exact peak.
 *
 * <p>{@link #peakLiveBytes()} is the largest heap occupancy any garbage collection left
 * behind: what the run really kept alive (plus whatever old garbage a young collection
 * did not reach), the figure to compare per goroutine.
 */
public final class HeapPeakSampler implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private final NotificationListener afterGc = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools().contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        peakLive.accumulateAndGet(after, Math::max);
    };

    private static Set<String> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    }

    private HeapPeakSampler(Duration period) {
        sample();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) emitter.addNotificationListener(afterGc, null, null);
        }
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

    /** The most heap a collection left in use, or 0 if no collection ran. */
    public long peakLiveBytes() { return peakLive.get(); }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
    }

    @Override public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(afterGc);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added to this collector
                }
            }
        }
        running = false;
        thread.interrupt();
    }
}
