package dev.schedlab.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchedLabCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private RunRequest received;

    private int execute(Map<String, String> env, ProgramRunner runner, String... args) {
        CommandLine cli = SchedLabCommand.create(env, runner, false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int execute(Map<String, String> env, String... args) {
        return execute(env, (request, o, e) -> {
            received = request;
            return 0;
        }, args);
    }

    private int execute(String... args) { return execute(Map.of(), args); }

    private String program() throws IOException {
        Path p = dir.resolve("main.go");
        Files.writeString(p, "package main\nfunc main() {}\n");
        return p.toString();
    }

    @Test void helpListsTheRunCommand() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("Usage: schedlab").contains("run ");
    }

    @Test void versionPrintsTheBuildVersion() {
        assertThat(execute("--version")).isZero();
        assertThat(out.toString()).startsWith("schedlab ").doesNotContain("${");
    }

    @Test void aMissingProgramIsNamedAndExitsTwo() {
        assertThat(execute("run", "nowhere/prog.go")).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere/prog.go").contains("no such file");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(received).isNull();
    }

    @Test void aFolderWithoutMainGoIsRejected() {
        assertThat(execute("run", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("has no main.go");
    }

    @Test void gomaxprocsZeroIsRejectedWithAMessage() throws IOException {
        assertThat(execute("run", "--gomaxprocs", "0", program())).isEqualTo(2);
        assertThat(err.toString()).contains("--gomaxprocs must be between 1 and 1024, got 0");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test void gomaxprocsThatIsNotANumberIsRejected() throws IOException {
        assertThat(execute("run", "--gomaxprocs", "many", program())).isEqualTo(2);
        assertThat(err.toString()).contains("--gomaxprocs").contains("many");
    }

    @Test void gomaxprocsComesFromTheOptionThenTheEnvironmentThenTheCpus() throws IOException {
        String p = program();
        execute(Map.of("GOMAXPROCS", "3"), "run", "--gomaxprocs", "5", p);
        assertThat(received.settings().gomaxprocs()).isEqualTo(5);
        execute(Map.of("GOMAXPROCS", "3"), "run", p);
        assertThat(received.settings().gomaxprocs()).isEqualTo(3);
        execute(Map.of("GOMAXPROCS", "junk"), "run", p);
        assertThat(received.settings().gomaxprocs()).isEqualTo(Math.min(Runtime.getRuntime().availableProcessors(), 1024));
    }

    @Test void godebugMergesOverTheEnvironmentAndSchedtraceIsInMilliseconds() throws IOException {
        execute(Map.of("GODEBUG", "schedtrace=1000,scheddetail=1"), "run", "--godebug", "scheddetail=0,asyncpreemptoff=1",
                "--schedtrace", "100ms", program());
        assertThat(received.settings().godebug())
                .containsEntry("schedtrace", "100").containsEntry("scheddetail", "0").containsEntry("asyncpreemptoff", "1");
    }

    @Test void schedtraceBelowAMillisecondIsRejected() throws IOException {
        assertThat(execute("run", "--schedtrace", "500us", program())).isEqualTo(2);
        assertThat(err.toString()).contains("whole number of milliseconds");
    }

    @Test void aMalformedGodebugIsRejected() throws IOException {
        assertThat(execute("run", "--godebug", "schedtrace", program())).isEqualTo(2);
        assertThat(err.toString()).contains("--godebug").contains("key=value");
    }

    @Test void untilSeedEventsStatsAndProgramArgumentsReachTheRunner() throws IOException {
        String p = program();
        assertThat(execute("run", "--until", "1.5s", "--seed", "42", "--events", "-", "--stats", p, "--", "-n", "3")).isZero();
        assertThat(received.untilNs()).isEqualTo(1_500_000_000L);
        assertThat(received.settings().seed()).isEqualTo(42);
        assertThat(received.eventsTarget()).isEqualTo("-");
        assertThat(received.stats()).isTrue();
        assertThat(received.settings().args()).isEqualTo(List.of("-n", "3"));
        assertThat(received.program()).isEqualTo(Path.of(p));
    }

    @Test void defaultsAreSeedOneNoLimitNoEventsNoStats() throws IOException {
        execute("run", program());
        assertThat(received.settings().seed()).isEqualTo(1);
        assertThat(received.untilNs()).isZero();
        assertThat(received.eventsTarget()).isNull();
        assertThat(received.stats()).isFalse();
    }

    @Test void aBadDurationIsRejected() throws IOException {
        assertThat(execute("run", "--until", "2 seconds", program())).isEqualTo(2);
        assertThat(err.toString()).contains("invalid duration");
    }

    @Test void theProgramsExitStatusIsTheProcesss() throws IOException {
        assertThat(execute(Map.of(), (r, o, e) -> 3, "run", program())).isEqualTo(3);
    }

    @Test void aUserErrorIsOneLineAndExitsTwo() throws IOException {
        int status = execute(Map.of(), (r, o, e) -> { throw new UserError("cannot write the event log to x: access denied"); },
                "run", program());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("schedlab: cannot write the event log to x: access denied" + System.lineSeparator());
    }

    @Test void anInternalErrorExitsSeventyWithoutAStackTrace() throws IOException {
        int status = execute(Map.of(), (r, o, e) -> { throw new IllegalStateException("boom"); }, "run", program());
        assertThat(status).isEqualTo(70);
        assertThat(err.toString()).startsWith("schedlab: internal error: IllegalStateException: boom").doesNotContain("\tat ");
    }

    @Test void unknownOptionsAreUsageErrors() {
        assertThat(execute("run", "--frobnicate", "x.go")).isEqualTo(2);
        assertThat(err.toString()).contains("--frobnicate").contains("schedlab run --help");
    }
}
