package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.record.ChartData;
import dev.schedlab.model.record.ChartRecorder;
import dev.schedlab.model.record.ChartSeries;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts' series from a real run agree with the events counted directly. */
class ChartRecorderRunTest {
    @Test
    void stealsRetakesAndLatenciesMatchTheEventLog() {
        Compilation c = Compiler.compileSource("main.go", """
                package main

                import (
                	"sync"
                	"syscall"
                )

                func main() {
                	var wg sync.WaitGroup
                	for i := 0; i < 40; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			s := 0
                			for j := 0; j < 2000; j++ {
                				s += j
                			}
                			if s < 0 {
                				println(s)
                			}
                		}()
                	}
                	ts := syscall.NsecToTimespec(30000000)
                	syscall.Nanosleep(&ts, nil)
                	wg.Wait()
                }
                """);
        assertThat(c.diagnostics()).isEmpty();
        ChartRecorder charts = new ChartRecorder(4);
        List<TraceEvent> events = new ArrayList<>();
        Simulation sim = new Simulation(c.program(), Settings.of(4), e -> { events.add(e); charts.accept(e); }, (fd, t) -> { });
        sim.run();
        ChartData d = charts.data();

        long stolen = events.stream().filter(e -> e instanceof TraceEvent.Stolen).count();
        long failed = events.stream().filter(e -> e instanceof TraceEvent.StealFailed).count();
        long executed = events.stream().filter(e -> e instanceof TraceEvent.GoroutineExecuted).count();
        assertThat(stolen).isPositive();
        assertThat(d.series("steal.hits").map(ChartSeries::total)).contains(stolen);
        assertThat(d.series("steal.tries").map(ChartSeries::total)).contains(stolen + failed);
        // main's 30 ms nanosleep: sysmon retakes its P at least once
        assertThat(d.series("retakes").map(ChartSeries::total).orElse(0L)).isPositive();
        // every execute of a runnable goroutine is one latency sample
        assertThat(d.latency().count()).isPositive().isLessThanOrEqualTo(executed);
        assertThat(d.series("g.running").map(ChartSeries::max)).contains(4);
        assertThat(d.series("runq.p0").map(ChartSeries::max).orElse(0)).isGreaterThan(1);
        assertThat(d.bucketNs() * ChartRecorder.MAX_BUCKETS).isGreaterThanOrEqualTo(d.endTime());
    }
}
