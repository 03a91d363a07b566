package dev.schedlab.app.run;

import dev.schedlab.app.cli.RunRequest;
import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.RunStats;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.TraceEvent.MachineCreated;
import dev.schedlab.model.vm.Program;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationRunnerTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private static final Program PROGRAM = new Program(List.of(), List.of(), null, null, Set.of(), "prog.go");

    private int run(SimulationRunner runner, long untilNs, String events, boolean stats) {
        return runner.run(new RunRequest(Path.of("prog.go"), Settings.of(2), untilNs, events, stats),
                new PrintWriter(out), new PrintWriter(err));
    }

    private static SimulationRunner compilingTo(ModelRun.Factory model) {
        return new SimulationRunner(path -> new Compilation(PROGRAM, List.of()), model);
    }

    @Test void diagnosticsArePrintedAsTheGoToolchainDoesAndExitTwo() {
        SimulationRunner runner = new SimulationRunner(path -> new Compilation(null, List.of(
                new Diagnostic("prog.go", 3, 5, "undefined: x"),
                new Diagnostic("prog.go", 7, 1, "missing return"))), (p, s, sink, o) -> { throw new AssertionError("not run"); });
        assertThat(run(runner, 0, null, false)).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("prog.go:3:5: undefined: x", "prog.go:7:1: missing return");
        assertThat(out.toString()).isEmpty();
    }

    @Test void outputEventsAndTheExitStatusComeFromTheRun() {
        int status = run(compilingTo((p, s, sink, o) -> new FakeRun(sink, o, 3, false)), 0, "-", false);
        assertThat(status).isEqualTo(3);
        assertThat(out).hasToString("0 MachineCreated m=0\nhello\n100 MachineCreated m=1\n");
        assertThat(err).hasToString("oops\n");
    }

    @Test void theEventFileAppearsWhenTheRunEnds() throws IOException {
        Path file = dir.resolve("events.txt");
        run(compilingTo((p, s, sink, o) -> new FakeRun(sink, o, 0, false)), 0, file.toString(), false);
        assertThat(Files.readAllLines(file)).containsExactly("0 MachineCreated m=0", "100 MachineCreated m=1");
    }

    @Test void aRunThatFailsLeavesNoEventFile() throws IOException {
        Path file = dir.resolve("events.txt");
        SimulationRunner runner = compilingTo((p, s, sink, o) -> new FakeRun(sink, o, 0, true));
        assertThatThrownBy(() -> run(runner, 0, file.toString(), false)).isInstanceOf(IllegalStateException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test void untilStopsTheRunAndSaysWhere() {
        int status = run(compilingTo((p, s, sink, o) -> new FakeRun(sink, o, 7, false)), 50, null, false);
        assertThat(status).isZero();
        assertThat(err.toString()).contains("schedlab: stopped at 50ns of simulated time (--until)");
    }

    @Test void statsFollowTheRunOnStderr() {
        run(compilingTo((p, s, sink, o) -> new FakeRun(sink, o, 0, false)), 0, null, true);
        assertThat(err.toString()).contains("events: 2\n", "goroutine_switches: 1\n", "sim_time_ns: 100\n", "peak_heap_bytes: ");
    }

    /** Two events around some output; stops early when asked to run until a time. */
    private static final class FakeRun implements ModelRun {
        private final EventSink sink;
        private final ProgramOutput output;
        private final int exitCode;
        private final boolean fail;
        private long now;
        private boolean finished;

        FakeRun(EventSink sink, ProgramOutput output, int exitCode, boolean fail) {
            this.sink = sink;
            this.output = output;
            this.exitCode = exitCode;
            this.fail = fail;
        }

        @Override public void run() { runUntil(Long.MAX_VALUE); }

        @Override public void runUntil(long timeNs) {
            sink.accept(new MachineCreated(0, 0));
            output.write(1, "hello\n");
            output.write(2, "oops\n");
            if (fail) throw new IllegalStateException("model bug");
            if (timeNs < 100) {
                now = timeNs;
                return;
            }
            now = 100;
            sink.accept(new MachineCreated(100, 1));
            finished = true;
        }

        @Override public boolean finished() { return finished; }
        @Override public int exitCode() { return exitCode; }
        @Override public long now() { return now; }
        @Override public RunStats stats() { return new RunStats(2, 1, now, 1, 1, 0); }
    }
}
