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
 * Reference 11.3: the GC's stack scan halves a stack of which less than a quarter is used, never
 * below 2 KiB, once per cycle; GODEBUG=gcshrinkstackoff=1 turns it off.
 */
class StackShrinkTest {
    static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"runtime"
            )

            func depth(n int) int {
            	if n == 0 {
            		return 0
            	}
            	return depth(n-1) + 1
            }

            func main() {
            	ready := make(chan int)
            	hold := make(chan int)
            	go func() {
            		ready <- depth(200) // grows its stack past 8 KiB, then returns
            		<-hold              // parked with a shallow stack
            	}()
            	go func() {
            		var deep func(n int)
            		deep = func(n int) {
            			if n == 0 {
            				ready <- 0
            				<-hold // parked deep in its recursion: most of its stack is in use
            				return
            			}
            			deep(n - 1)
            		}
            		deep(200)
            	}()
            	<-ready
            	<-ready
            	for i := 0; i < 3; i++ {
            		runtime.GC()
            	}
            	close(hold)
            	fmt.Println("done")
            }
            """;

    @Test void eachCycleHalvesAMostlyUnusedStackDownToTwoKilobytes() {
        List<TraceEvent> events = run(Map.of());
        List<TraceEvent.StackGrown> grown = only(events, TraceEvent.StackGrown.class);
        List<TraceEvent.StackShrunk> shrunk = only(events, TraceEvent.StackShrunk.class);
        assertThat(grown).isNotEmpty();
        int shallow = shrunk.get(0).g();
        List<TraceEvent.StackShrunk> ofShallow = shrunk.stream().filter(s -> s.g() == shallow).toList();
        int grownTo = grown.stream().filter(g -> g.g() == shallow).mapToInt(TraceEvent.StackGrown::newSize).max().orElseThrow();
        // one halving per cycle, each to half the size before it
        assertThat(ofShallow).hasSizeLessThanOrEqualTo(3);
        int size = grownTo;
        for (TraceEvent.StackShrunk s : ofShallow) {
            assertThat(s.oldSize()).isEqualTo(size);
            assertThat(s.newSize()).isEqualTo(size / 2).isGreaterThanOrEqualTo(2048);
            size = s.newSize();
        }
        assertThat(ofShallow).hasSize(Math.min(3, Integer.numberOfTrailingZeros(grownTo / 2048)));
        // the goroutine parked deep in its recursion uses most of its stack: never shrunk
        assertThat(shrunk).allSatisfy(s -> assertThat(s.g()).isEqualTo(shallow));
    }

    @Test void gcshrinkstackoffKeepsEveryStack() {
        assertThat(only(run(Map.of("gcshrinkstackoff", "1")), TraceEvent.StackShrunk.class)).isEmpty();
    }

    private static <T> List<T> only(List<TraceEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<TraceEvent> run(Map<String, String> godebug) {
        Compilation c = Compiler.compileSource("main.go", PROGRAM);
        assertThat(c.diagnostics()).isEmpty();
        List<TraceEvent> events = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Simulation sim = new Simulation(c.program(), Settings.of(1).withGodebug(godebug), events::add, (fd, t) -> out.append(t));
        sim.run();
        assertThat(out.toString()).isEqualTo("done\n");
        return events;
    }
}
