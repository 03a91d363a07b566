package dev.schedlab.scenarios.lang;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a program on the modelled runtime (goroutines, sync, timers), for tests that need more than TestHost. */
final class Simulated {
    private Simulated() {}

    /** Everything the program wrote to stdout and stderr, at GOMAXPROCS=1; the program must exit with status 0. */
    static String output(String source) {
        Compilation c = Compiler.compileSource("main.go", source);
        assertThat(c.diagnostics()).isEmpty();
        StringBuilder out = new StringBuilder();
        Simulation sim = new Simulation(c.program(), Settings.of(1).withSeed(1), EventSink.NONE, (fd, text) -> out.append(text));
        sim.run();
        assertThat(sim.exitCode()).as(out.toString()).isZero();
        return out.toString();
    }
}
