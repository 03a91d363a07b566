package dev.schedlab.app.run;

import dev.schedlab.app.cli.RunRequest;
import dev.schedlab.model.config.Settings;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationRunnerTest {
    @Test void diagnosticsArePrintedAsTheGoToolchainDoesAndExitTwo() {
        SimulationRunner runner = new SimulationRunner(path -> new Compilation(null, List.of(
                new Diagnostic("prog.go", 3, 5, "undefined: x"),
                new Diagnostic("prog.go", 7, 1, "missing return"))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = runner.run(new RunRequest(Path.of("prog.go"), Settings.of(1), 0, null, false),
                new PrintWriter(out), new PrintWriter(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("prog.go:3:5: undefined: x", "prog.go:7:1: missing return");
        assertThat(out.toString()).isEmpty();
    }
}
