package dev.schedlab.app.cli;

import dev.schedlab.app.run.SimulationRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check}, {@code list}, {@code run NAME} and {@code --set}, in process. */
class ScenarioCommandsTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(ProgramRunner runner, String... args) {
        CommandLine cli = SchedLabCommand.create(Map.of(), runner, false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int execute(String... args) { return execute(new SimulationRunner(), args); }

    private Path scenario(String main, String yaml) throws IOException {
        Files.writeString(dir.resolve("main.go"), main);
        if (yaml != null) Files.writeString(dir.resolve("scenario.yaml"), yaml);
        return dir;
    }

    private static final String COUNTER = """
            package main

            import "fmt"

            const workers = 3

            func main() { fmt.Println("workers:", workers) }
            """;

    private static final String COUNTER_YAML = """
            title: Counter
            description: Prints its knob.
            gomaxprocs: 3
            seed: 42
            knobs:
              - const: workers
                label: Workers
                min: 1
                max: 10
                default: 3
            """;

    @Test void setChangesTheProgramsOutput() throws IOException {
        Path p = scenario(COUNTER, null);
        assertThat(execute("run", p.toString())).isZero();
        assertThat(out.toString()).isEqualTo("workers: 3\n");
        out.getBuffer().setLength(0);
        assertThat(execute("run", p.toString(), "--set", "workers=7")).isZero();
        assertThat(out.toString()).isEqualTo("workers: 7\n");
    }

    @Test void setOfAnUnknownNameIsAnErrorNamingTheConstants() throws IOException {
        assertThat(execute("run", scenario(COUNTER, null).toString(), "--set", "threads=2")).isEqualTo(2);
        assertThat(err.toString()).contains("--set threads: there is no package-level constant threads in main.go (its constants: workers)");
        assertThat(out.toString()).isEmpty();
    }

    @Test void setOutsideAKnobsRangeIsAnErrorGivingTheRange() throws IOException {
        assertThat(execute("run", scenario(COUNTER, COUNTER_YAML).toString(), "--set", "workers=11")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("schedlab: --set workers=11: out of range for knob 'Workers' (1..10, default 3)"
                + System.lineSeparator());
    }

    @Test void setThatIsNotANumberIsAUsageError() throws IOException {
        assertThat(execute("run", scenario(COUNTER, null).toString(), "--set", "workers=many")).isEqualTo(2);
        assertThat(err.toString()).contains("--set").contains("many");
    }

    @Test void runUsesTheScenariosGomaxprocsAndSeedUnlessGiven() throws IOException {
        Path p = scenario(COUNTER, COUNTER_YAML);
        RunRequest[] seen = new RunRequest[1];
        ProgramRunner capture = (request, o, e) -> { seen[0] = request; return 0; };
        execute(capture, "run", p.toString());
        assertThat(seen[0].settings().gomaxprocs()).isEqualTo(3);
        assertThat(seen[0].settings().seed()).isEqualTo(42);
        execute(capture, "run", p.toString(), "--gomaxprocs", "5", "--seed", "9", "--set", "workers=4");
        assertThat(seen[0].settings().gomaxprocs()).isEqualTo(5);
        assertThat(seen[0].settings().seed()).isEqualTo(9);
        assertThat(seen[0].constOverrides()).containsExactly(Map.entry("workers", 4L));
    }

    @Test void runRefusesABadScenarioYamlWithItsPosition() throws IOException {
        Path p = scenario(COUNTER, COUNTER_YAML.replace("default: 3", "default: 4"));
        assertThat(execute("run", p.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("scenario.yaml:10:14: knob workers: default 4 differs from main.go:5:7, where workers is 3");
    }

    @Test void runByNameRunsABuiltInScenarioToItsEnd() {
        assertThat(execute("run", "channel-wakeup")).isZero();
        assertThat(out.toString()).isEqualTo("received 1\nreceived 2\nreceived 3\n");
        out.getBuffer().setLength(0);
        assertThat(execute("run", "02-channel-wakeup", "--set", "messages=1")).isZero();
        assertThat(out.toString()).isEqualTo("received 1\n");
    }

    @Test void anUnknownNameIsOneLineSayingNeitherPathNorScenario() {
        assertThat(execute("run", "no-such-scenario")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("schedlab: no such file or folder: no-such-scenario, and no built-in scenario "
                + "of that name (see 'schedlab list')" + System.lineSeparator());
    }

    @Test void checkSaysOkForAGoodScenario() throws IOException {
        assertThat(execute("check", scenario(COUNTER, COUNTER_YAML).toString())).isZero();
        assertThat(out.toString()).isEqualTo("ok: " + dir.getFileName() + ": main.go compiles; scenario.yaml: 1 knob, 0 chapters\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test void checkOfABuiltInNameAndOfAGoFile() throws IOException {
        assertThat(execute("check", "work-stealing")).isZero();
        assertThat(out.toString()).startsWith("ok: 05-work-stealing: main.go compiles; scenario.yaml: 2 knobs, ");
        out.getBuffer().setLength(0);
        Path file = dir.resolve("prog.go");
        Files.writeString(file, COUNTER);
        assertThat(execute("check", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo("ok: " + file + " compiles\n");
    }

    @Test void checkPrintsEveryProblemAndExitsOne() throws IOException {
        Path p = scenario(COUNTER.replace("fmt.Println(", "fmt.Printline("), COUNTER_YAML.replace("seed: 42", "seed: x"));
        assertThat(execute("check", p.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "scenario.yaml:4:7: expected a seed (a decimal integer), found 'x'",
                "main.go:7:19: undefined: fmt.Printline (SchedLab models only part of package fmt)");
        assertThat(out.toString()).isEmpty();
    }

    @Test void listShowsEveryBuiltInWithTitleAndOneLine() {
        assertThat(execute("list")).isZero();
        String listing = out.toString();
        assertThat(listing).contains("01-sleep-wakeup").contains("Waking up after time.Sleep")
                .contains("09-lesson-1-one-queue").contains("14-lesson-6-preemption");
        assertThat(listing.lines().filter(l -> !l.startsWith(" "))).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test void checkAndListAreSubcommandsForTheLauncher() {
        assertThat(SchedLabCommand.SUBCOMMAND_NAMES).contains("check", "list", "run");
    }
}
