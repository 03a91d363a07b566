package dev.schedlab.app.run;

import dev.schedlab.app.cli.SchedLabCommand;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runaway programs stop at a limit, with a message naming it and how to raise it (exit 3). */
class RunawayLimitsTest {
    @TempDir Path dir;

    record Runaway(String what, String body, String option, String message, String hint) {
        @Override public String toString() { return what; }
    }

    static Stream<Runaway> runaways() {
        return Stream.of(
                new Runaway("an endless loop", "func main() {\n\tfor {\n\t}\n}", "--max-time=20ms",
                        "simulated time passed the limit of 20 ms", "--max-time"),
                new Runaway("endless spawning", "func main() {\n\tfor {\n\t\tgo func() { select {} }()\n\t}\n}",
                        "--max-goroutines=2000", "more than 2000 live goroutines", "--max-goroutines"),
                new Runaway("endless recursion", "func f(n int) int { return f(n+1) + 1 }\n\nfunc main() { println(f(0)) }",
                        "--seed=1", "stack passed 64 MB", "Go allows 1 GB"),
                new Runaway("endless allocation", "var keep [][]int\n\nfunc main() {\n\tfor {\n\t\tkeep = append(keep, make([]int, 4096))\n\t}\n}",
                        "--max-heap=16", "past the lab's limit of 16 MB", "--max-heap"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runaways")
    void aRunawayProgramStopsWithAMessageNamingTheLimit(Runaway r) throws IOException {
        Path p = dir.resolve("main.go");
        Files.writeString(p, "package main\n\n" + r.body() + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SchedLabCommand.create(Map.of(), new SimulationRunner(), false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("run", p.toString(), "--gomaxprocs", "1", r.option())).isEqualTo(3);
        assertThat(err.toString()).contains(r.message()).contains(r.hint());
    }
}
