package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.GcWorkerMode;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * findRunnable step 12 (reference 3.3): a P with nothing else to run during the mark phase runs
 * an idle mark worker, admitted up to GOMAXPROCS minus the dedicated workers, and gives the P
 * back as soon as a goroutine is runnable (gcDrainIdle's pollWork).
 */
class IdleMarkWorkerTest {
    static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"time"
            )

            var sink []int

            func main() {
            	for i := 0; i < 2000; i++ {
            		sink = append(sink, make([]int, 64)...)
            	}
            	go func() {
            		for i := 0; i < 40; i++ {
            			time.Sleep(50 * time.Microsecond)
            		}
            	}()
            	runtime.GC()
            	fmt.Println("collected")
            }
            """;

    @Test void idlePsMarkUntilAGoroutineIsRunnable() {
        List<TraceEvent> events = run(4, 4);
        Map<Integer, GcWorkerMode> workerOnP = new HashMap<>();
        int maxIdleAtOnce = 0, idleStarted = 0;
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.GcWorkerStarted w) {
                workerOnP.put(w.p(), w.mode());
                if (w.mode() == GcWorkerMode.IDLE) idleStarted++;
            }
            if (e instanceof TraceEvent.GcWorkerStopped w) workerOnP.remove(w.p());
            maxIdleAtOnce = Math.max(maxIdleAtOnce, (int) workerOnP.values().stream().filter(GcWorkerMode.IDLE::equals).count());
            // A goroutine readied onto a P whose idle worker is running: the worker stops before the P runs anything.
            if (e instanceof TraceEvent.GoroutineExecuted x) {
                assertThat(workerOnP.get(x.p())).as("P%d runs g%d while its mark worker runs", x.p(), x.g()).isNull();
            }
        }
        assertThat(idleStarted).as("idle workers started").isPositive();
        // GOMAXPROCS=4 has one dedicated worker: at most 3 idle ones.
        assertThat(maxIdleAtOnce).isBetween(1, 3);
    }

    private static List<TraceEvent> run(int procs, int cpus) {
        Compilation c = Compiler.compileSource("main.go", PROGRAM);
        assertThat(c.diagnostics()).isEmpty();
        List<TraceEvent> events = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Simulation sim = new Simulation(c.program(), Settings.of(procs).withCpus(cpus), events::add, (fd, t) -> out.append(t));
        sim.run();
        assertThat(out.toString()).isEqualTo("collected\n");
        return events;
    }
}
