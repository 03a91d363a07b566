package dev.schedlab.scenarios.model;

import dev.schedlab.model.CpuProfile;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where CPU time goes: a channel ping-pong spends most of it on g0 after mcall (park_m,
 * schedule, findRunnable, execute: pprof's cumulative runtime.mcall), a CPU-bound loop
 * almost none.
 */
class CpuProfileTest {
    static CpuProfile profile(String src) {
        Compilation c = Compiler.compileSource("main.go", src);
        assertThat(c.diagnostics()).isEmpty();
        Simulation sim = new Simulation(c.program(), Settings.of(1), EventSink.NONE, (fd, t) -> { });
        sim.run();
        assertThat(sim.exitCode()).isZero();
        return sim.cpuProfile();
    }

    @Test
    void aPingPongSpendsMostOfItsTimeUnderMcallAndABusyLoopAlmostNone() {
        CpuProfile pingpong = profile("""
                package main

                func main() {
                	ping, pong := make(chan int), make(chan int)
                	go func() {
                		for v := range ping {
                			pong <- v
                		}
                	}()
                	for i := 0; i < 20000; i++ {
                		ping <- i
                		<-pong
                	}
                }
                """);
        CpuProfile busy = profile("""
                package main

                func main() {
                	x := 0
                	for i := 0; i < 2000000; i++ {
                		x += i
                	}
                	if x < 0 {
                		println(x)
                	}
                }
                """);
        assertThat(pingpong.share(pingpong.mcallNs())).isGreaterThan(0.4);
        assertThat(pingpong.share(pingpong.userNs())).isLessThan(0.2);
        assertThat(busy.share(busy.userNs())).isGreaterThan(0.99);
        assertThat(busy.share(busy.mcallNs())).isLessThan(0.01);
    }
}
