package dev.schedlab.app.run;

import dev.schedlab.app.cli.GoDuration;
import dev.schedlab.app.cli.ProgramRunner;
import dev.schedlab.app.cli.RunRequest;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.Diagnostic;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/** The real {@code schedlab run}: compile, simulate with the program's output on the console, report. */
public final class SimulationRunner implements ProgramRunner {
    /** Exit status for a program that does not compile, as {@code go run} gives. */
    static final int COMPILE_FAILED = 2;

    private final Function<RunRequest, Compilation> compiler;
    private final ModelRun.Factory model;

    public SimulationRunner() { this(r -> Compiler.compile(r.program(), r.constOverrides()), ModelRun::simulation); }

    SimulationRunner(Function<RunRequest, Compilation> compiler, ModelRun.Factory model) {
        this.compiler = compiler;
        this.model = model;
    }

    @Override public int run(RunRequest request, PrintWriter out, PrintWriter err) {
        Compilation compilation = compiler.apply(request);
        if (!compilation.ok()) {
            for (Diagnostic d : compilation.diagnostics()) err.println(d);
            if (compilation.diagnostics().isEmpty()) err.println(request.program() + ": cannot compile");
            err.flush();
            return COMPILE_FAILED;
        }
        ConsoleOutput console = new ConsoleOutput(out, err);
        try (EventLog events = openEventLog(request, out);
             HeapPeakSampler heap = HeapPeakSampler.start(Duration.ofMillis(10))) {
            long started = System.nanoTime();
            ModelRun simulation = model.start(compilation.program(), request.settings(), events.sink(), console);
            if (request.profileTarget() != null) simulation.enableStackProfile();
            try {
                if (request.untilNs() > 0) simulation.runUntil(request.untilNs());
                else simulation.run();
            } catch (UncheckedIOException e) {
                throw events.failure(e.getCause());
            }
            long wallNanos = System.nanoTime() - started;
            console.flush();
            events.commit();
            if (!simulation.finished()) {
                err.println("schedlab: stopped at " + GoDuration.format(simulation.now())
                        + " of simulated time (--until); the program had not exited");
            }
            if (request.profileTarget() != null) FoldedProfileFile.write(request.profileTarget(), simulation.stackProfile());
            if (request.stats()) {
                new StatsReport(simulation.stats(), wallNanos, heap.peakBytes(), heap.peakLiveBytes()).print(err);
                CpuShares.print(simulation.cpuProfile(), err);
            }
            err.flush();
            return simulation.finished() ? simulation.exitCode() : 0;
        } finally {
            console.flush();
        }
    }

    private static EventLog openEventLog(RunRequest request, PrintWriter out) {
        String target = request.eventsTarget();
        if (target == null) return EventLog.none();
        if (target.equals(RunRequest.STDOUT)) return EventLog.toStdout(out);
        return EventLog.toFile(Path.of(target));
    }
}
