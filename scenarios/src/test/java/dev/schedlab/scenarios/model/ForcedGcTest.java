package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * forcegc (runtime/proc.go sysmon, mgc.go gcTriggerTime): sysmon readies the forcegc helper when
 * the last GC ended more than two minutes ago, and only once a first GC has run.
 */
class ForcedGcTest {
    static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"time"
            )

            const collectFirst = 1

            func main() {
            	if collectFirst == 1 {
            		runtime.GC()
            	}
            	time.Sleep(250 * time.Second)
            	fmt.Println("woke")
            }
            """;

    @ParameterizedTest(name = "runtime.GC first: {0} -> {1} cycles in 250 s")
    @CsvSource({"1,3", "0,0"})
    void sysmonForcesACycleEveryTwoMinutesAfterTheFirst(long collectFirst, int cycles) {
        Compilation c = Compiler.compileSource("main.go", PROGRAM, java.util.Map.of("collectFirst", collectFirst));
        assertThat(c.diagnostics()).isEmpty();
        List<TraceEvent.GcPhaseChanged> marks = new ArrayList<>();
        List<Integer> startedBy = new ArrayList<>();
        int[] lastRun = {-1};
        StringBuilder out = new StringBuilder();
        Simulation sim = new Simulation(c.program(), Settings.of(2), e -> {
            if (e instanceof TraceEvent.GcPhaseChanged p && p.phase().equals("mark")) {
                marks.add(p);
                startedBy.add(lastRun[0]);
            }
            if (e instanceof TraceEvent.GoroutineExecuted x) lastRun[0] = x.g();
        }, (fd, text) -> out.append(text));
        sim.run();
        assertThat(out.toString()).isEqualTo("woke\n");
        assertThat(marks).hasSize(cycles);
        // goroutine 2 is runtime.forcegchelper, as in Go; main (goroutine 1) started the first cycle
        if (cycles > 0) assertThat(startedBy).containsExactly(1, 2, 2);
        for (int i = 1; i < marks.size(); i++) {
            long gap = marks.get(i).time() - marks.get(i - 1).time();
            // two minutes after the previous cycle ended, plus at most one sysmon deep sleep (60 s)
            assertThat(gap).isBetween(120_000_000_000L, 181_000_000_000L);
        }
    }
}
