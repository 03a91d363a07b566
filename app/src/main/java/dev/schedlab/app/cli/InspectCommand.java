package dev.schedlab.app.cli;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.inspect.GoroutineInspection;
import dev.schedlab.model.inspect.InspectionReport;
import dev.schedlab.model.inspect.Inspector;
import dev.schedlab.model.inspect.MachineInspection;
import dev.schedlab.model.inspect.ProcessorInspection;
import dev.schedlab.model.inspect.Replay;
import dev.schedlab.model.inspect.ReplayPlan;
import dev.schedlab.model.inspect.ReportSection;
import dev.schedlab.model.trace.EventText;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code schedlab inspect PATH --at TIME --goroutine ID}: what the window's inspector shows, as text:
 * a goroutine's stack, gobuf, frames, registers and g struct, an M's g0 and registers, a P's queues.
 */
@Command(name = "inspect", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Run a program to a moment and print the inspector's view of a goroutine, an M or a P:%n"
                + "stack bounds, g.sched, call stack with simulated addresses, registers (R14 = current g), "
                + "the g struct at Go 1.23's offsets, and the current listing.")
final class InspectCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH|NAME",
            description = "A .go file, a folder with main.go, or the name of a built-in scenario.")
    private Path program;

    @Option(names = "--at", paramLabel = "TIME", converter = GoDurationConverter.class,
            description = "The moment: simulated time (Go syntax: 1ms, 20us); the state after the last event at or before it.")
    private Long atNs;

    @Option(names = "--event", paramLabel = "N", description = "The moment as an event count instead: the state just after the N-th event.")
    private Long event;

    @Option(names = "--goroutine", paramLabel = "ID", description = "Inspect goroutine ID (its goid).")
    private Integer goroutine;

    @Option(names = "--m", paramLabel = "ID", description = "Inspect M (thread) ID.")
    private Integer machine;

    @Option(names = "--p", paramLabel = "ID", description = "Inspect P ID.")
    private Integer processor;

    @Option(names = "--gomaxprocs", paramLabel = "N", description = "Number of Ps. Default: the scenario's, else 4.")
    private Integer gomaxprocs;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the runtime's random choices. Default: the scenario's, else 1.")
    private Long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Give the integer const NAME the value VALUE (a knob; repeatable).")
    private Map<String, Long> constOverrides = new LinkedHashMap<>();

    private final ScenarioArguments scenarios;

    InspectCommand(ScenarioArguments scenarios) { this.scenarios = scenarios; }

    @Override public Integer call() {
        if ((atNs == null) == (event == null)) throw usage("give the moment with exactly one of --at TIME or --event N");
        if (goroutine == null && machine == null && processor == null) throw usage("say what to inspect: --goroutine ID, --m ID or --p ID");
        if (atNs != null && atNs < 0) throw usage("--at must not be negative");
        if (event != null && event < 0) throw usage("--event must not be negative");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path path = scenarios.resolve(program);
        Optional<Scenario> scenario = scenarios.load(path, err);
        if (scenario.isEmpty()) return ErrorReporting.USAGE;
        ScenarioArguments.checkKnobRanges(scenario.get(), constOverrides);
        Compilation c = Compiler.compile(path, constOverrides);
        if (!c.ok()) {
            for (Diagnostic d : c.diagnostics()) err.println(d);
            if (c.diagnostics().isEmpty()) err.println(path + ": cannot compile");
            err.flush();
            return ErrorReporting.USAGE;
        }
        int procs = gomaxprocs != null ? gomaxprocs : scenario.get().gomaxprocs().orElse(4);
        if (procs < 1 || procs > RunCommand.MAX_PROCS) throw usage("--gomaxprocs must be between 1 and " + RunCommand.MAX_PROCS);
        ReplayPlan plan = new ReplayPlan(c.program(), Settings.of(procs).withSeed(seed != null ? seed : scenario.get().seed()));
        long events = event != null ? event : Replay.eventsUntil(plan, atNs);
        Inspector in = new Inspector(Replay.at(plan, events, goroutine == null ? -1 : goroutine));
        long now = in.moment().detail().time();
        String moment = atNs != null ? "at " + GoDuration.format(atNs) + ", " : "";
        out.println("# " + path + ": " + moment + "after " + in.moment().events() + " events"
                + (in.moment().lastEvent() == null ? "" : "; the last: " + EventText.line(in.moment().lastEvent())));
        out.println();
        List<ReportSection> sections = new ArrayList<>();
        if (goroutine != null) {
            GoroutineInspection g = in.goroutine(goroutine);
            if (g == null) throw new UserError("goroutine " + goroutine + " does not exist at that moment (not yet created, or exited)");
            sections.addAll(InspectionReport.goroutine(g, now));
        }
        if (machine != null) {
            MachineInspection m = in.machine(machine);
            if (m == null) throw new UserError("M" + machine + " has no thread at that moment");
            sections.addAll(InspectionReport.machine(m));
        }
        if (processor != null) {
            ProcessorInspection p = in.processor(processor);
            if (p == null) throw new UserError("there is no P" + processor + " (GOMAXPROCS is " + procs + ")");
            sections.addAll(InspectionReport.processor(p));
        }
        out.print(InspectionReport.text(sections));
        out.flush();
        return 0;
    }

    private ParameterException usage(String message) { return new ParameterException(spec.commandLine(), message); }
}
