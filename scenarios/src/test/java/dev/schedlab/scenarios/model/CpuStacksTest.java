package dev.schedlab.scenarios.model;

import dev.schedlab.model.CpuProfile;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.profile.StackProfile;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.EventText;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated CPU profile by call stack: stacks shaped as pprof shows them for Go 1.23, the same
 * time as the CPU categories, and no change to the run itself.
 */
class CpuStacksTest {
    private static final String PINGPONG = """
            package main

            func work(n int) int {
            	s := 0
            	for i := 0; i < n; i++ {
            		s += i
            	}
            	return s
            }

            func main() {
            	ping, pong := make(chan int), make(chan int)
            	go func() {
            		for v := range ping {
            			pong <- v + work(50)
            		}
            	}()
            	for i := 0; i < 2000; i++ {
            		ping <- i
            		<-pong
            	}
            }
            """;

    record Run(StackProfile stacks, CpuProfile categories, List<String> events) {}

    static Run run(String src, boolean stacks) {
        Compilation c = Compiler.compileSource("main.go", src);
        assertThat(c.diagnostics()).isEmpty();
        List<String> events = new ArrayList<>();
        Simulation sim = new Simulation(c.program(), Settings.of(1), e -> events.add(EventText.line(e)), (fd, t) -> { });
        if (stacks) sim.enableStackProfile();
        sim.run();
        assertThat(sim.exitCode()).isZero();
        return new Run(sim.stackProfile(), sim.cpuProfile(), events);
    }

    @Test
    void schedulerWorkAfterAParkIsUnderMcallAndUserFramesNestAsTheyWereCalled() {
        StackProfile p = run(PINGPONG, true).stacks();
        List<String> folded = List.of(p.folded().split("\n"));
        assertThat(folded).anyMatch(l -> l.startsWith("runtime.mcall;runtime.park_m;runtime.schedule;runtime.findRunnable "));
        assertThat(folded).anyMatch(l -> l.startsWith("runtime.mcall;runtime.park_m;runtime.schedule;runtime.execute "));
        // the goroutine's own function called work: work's loop is its own stack, under the closure
        assertThat(folded).anyMatch(l -> l.startsWith("main.main.func1;main.work "));
        // runtime work on the goroutine's stack sits on the user frame that called it
        assertThat(folded).anyMatch(l -> l.startsWith("runtime.main;main.main;runtime.chansend1;runtime.chansend "));
        assertThat(folded).anyMatch(l -> l.startsWith(
                "main.main.func1;runtime.chanrecv2;runtime.chanrecv;runtime.goready;runtime.systemstack;runtime.goready.func1;runtime.ready"));
        // pprof hides runtime.goexit at the root of goroutine stacks
        assertThat(p.stacks()).noneMatch(s -> s.frames().get(0).equals("runtime.goexit"));
    }

    @Test
    void theStacksAddUpToTheCategoriesAndMcallsCumulativeTimeMatches() {
        Run r = run(PINGPONG, true);
        // only the boot's first few hundred ns come before the profile is switched on
        assertThat(r.stacks().totalNs()).isBetween(r.categories().totalNs() - 1_000, r.categories().totalNs());
        // the same boot allowance: the runtime goroutines' first parks
        assertThat(r.stacks().cumulativeNs("runtime.mcall")).isBetween(r.categories().mcallNs() - 1_000, r.categories().mcallNs());
        assertThat(r.stacks().cumulativeNs("runtime.mcall")).isGreaterThan(r.stacks().totalNs() / 10);
        assertThat(r.stacks().cumulativeNs("main.work")).isPositive();
    }

    @Test
    void profilingDoesNotChangeTheRun() {
        assertThat(run(PINGPONG, true).events()).isEqualTo(run(PINGPONG, false).events());
        assertThat(run(PINGPONG, false).stacks().stacks()).isEmpty();
    }
}
