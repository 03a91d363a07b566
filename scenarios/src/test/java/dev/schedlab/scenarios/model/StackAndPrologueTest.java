package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The function prologue's stack check (reference 4.6, 11.2): goroutines start with 2 KiB
 * stacks that double when a call needs more, and the same check carries the cooperative
 * preemption request, which is all there is with GODEBUG=asyncpreemptoff=1.
 */
class StackAndPrologueTest {
    static Simulation sim(String src, Map<String, String> godebug, List<TraceEvent> events, StringBuilder out) {
        Compilation c = Compiler.compileSource("main.go", src);
        assertThat(c.diagnostics()).isEmpty();
        return new Simulation(c.program(), Settings.of(1).withGodebug(godebug), events::add, (fd, t) -> out.append(t));
    }

    @Test
    void deepRecursionDoublesTheStackAndTheGoroutineResumesWhereItWas() {
        String src = """
                package main

                import "fmt"

                func depth(n int) int {
                	if n == 0 {
                		return 0
                	}
                	return depth(n-1) + 1
                }

                func main() {
                	fmt.Println(depth(5000))
                }
                """;
        List<TraceEvent> events = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Simulation s = sim(src, Map.of(), events, out);
        s.run();
        assertThat(out.toString()).isEqualTo("5000\n");
        List<TraceEvent.StackGrown> grown = events.stream().filter(e -> e instanceof TraceEvent.StackGrown)
                .map(e -> (TraceEvent.StackGrown) e).toList();
        // 5000 frames of 56 bytes need about 280 KB: 2 KiB doubled eight times is 512 KiB.
        assertThat(grown).extracting(TraceEvent.StackGrown::oldSize)
                .containsExactly(2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144);
        assertThat(grown).allSatisfy(g -> assertThat(g.newSize()).isEqualTo(2 * g.oldSize()));
    }

    static final String SPINNER = """
            package main

            import (
            	"fmt"
            	"time"
            )

            var stop bool

            func leaf(x int) int { return x*2 + 1 }

            func step(x int) int { return leaf(x) - x }

            func main() {
            	started := make(chan time.Time, 1)
            	go func() {
            		started <- time.Now()
            		x := 0
            		for !stop {
            			x = %s(x)
            		}
            	}()
            	ts := <-started
            	fmt.Println(int64(time.Since(ts) / time.Microsecond))
            	stop = true
            }
            """;

    @Test
    void withAsyncPreemptionOffALoopCallingANonLeafFunctionIsStillPreempted() {
        StringBuilder out = new StringBuilder();
        List<TraceEvent> events = new ArrayList<>();
        Simulation s = sim(SPINNER.formatted("step"), Map.of("asyncpreemptoff", "1"), events, out);
        s.run();
        assertThat(Long.parseLong(out.toString().trim())).isBetween(12_000L, 17_000L);
        assertThat(events).filteredOn(e -> e instanceof TraceEvent.GoroutinePreempted)
                .allSatisfy(e -> assertThat(((TraceEvent.GoroutinePreempted) e).async()).isFalse())
                .isNotEmpty();
    }

    @Test
    void withAsyncPreemptionOffALoopCallingOnlyALeafIsNeverPreempted() {
        StringBuilder out = new StringBuilder();
        List<TraceEvent> events = new ArrayList<>();
        Simulation s = sim(SPINNER.formatted("leaf"), Map.of("asyncpreemptoff", "1"), events, out);
        s.runUntil(200_000_000L);
        assertThat(s.finished()).isFalse();
        assertThat(out.toString()).isEmpty();
        assertThat(events).filteredOn(e -> e instanceof TraceEvent.PreemptRequested).isNotEmpty();
        assertThat(events).noneMatch(e -> e instanceof TraceEvent.GoroutinePreempted);
    }
}
