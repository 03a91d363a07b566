package dev.schedlab.app.run;

import dev.schedlab.model.RunStats;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class StatsReportTest {
    @Test void printsKeyValueLinesInAFixedOrder() {
        StringWriter err = new StringWriter();
        new StatsReport(new RunStats(100, 40, 5_000, 7, 3, 250), 2_000_000_000L, 1 << 20, 1 << 19).print(new PrintWriter(err));
        assertThat(err.toString().lines()).containsExactly(
                "events: 100", "goroutine_switches: 40", "sim_time_ns: 5000", "wall_ms: 2000", "peak_goroutines: 7",
                "threads: 3", "gc_assist_ns: 250", "switches_per_wall_second: 20", "peak_heap_bytes: 1048576",
                "peak_live_heap_bytes: 524288");
    }

    @Test void theHeapSamplerSeesTheHeapInUse() {
        try (HeapPeakSampler sampler = HeapPeakSampler.start(java.time.Duration.ofMillis(5))) {
            assertThat(sampler.peakBytes()).isPositive();
        }
    }

    @Test void aCollectionReportsWhatItLeftAlive() throws InterruptedException {
        try (HeapPeakSampler sampler = HeapPeakSampler.start(java.time.Duration.ofMillis(5))) {
            byte[][] kept = new byte[64][];
            for (int i = 0; i < kept.length; i++) kept[i] = new byte[64 * 1024];
            System.gc();
            for (int i = 0; i < 100 && sampler.peakLiveBytes() == 0; i++) Thread.sleep(10);
            assertThat(sampler.peakLiveBytes()).isGreaterThanOrEqualTo(64L * 64 * 1024);
            assertThat(kept[63]).hasSize(64 * 1024);
        }
    }
}
