package dev.schedlab.app.cli;

import dev.schedlab.model.config.Costs;
import dev.schedlab.model.config.Limits;
import dev.schedlab.model.config.Settings;
import dev.schedlab.scenarios.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code schedlab run PATH}: resolves the options against the environment, then hands over to a {@link ProgramRunner}. */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Compile a Go program and run it on the scheduler model, without a window.%n"
                + "The program's fd 1 goes to stdout, fd 2 (and schedtrace lines) to stderr; "
                + "the exit status is the program's.")
final class RunCommand implements Callable<Integer> {
    /** Go's _MaxGomaxprocs. */
    static final int MAX_PROCS = 1024;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH|NAME",
            description = "A .go file, a folder with main.go, or the name of a built-in scenario (see 'schedlab list').")
    private Path program;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "The program's arguments (os.Args[1:]); put them after --.")
    private List<String> args = new ArrayList<>();

    @Option(names = "--gomaxprocs", paramLabel = "N",
            description = "Number of Ps. Default: the scenario's gomaxprocs, else $GOMAXPROCS if set, else the number of CPUs (as Go does).")
    private Integer gomaxprocs;

    @Option(names = "--cpus", paramLabel = "N",
            description = "CPUs of the simulated machine (runtime.NumCPU). With more Ps than CPUs, a woken thread may wait for a CPU "
                    + "(2 is the machine the model's costs and statistics come from). Default: one CPU per P.")
    private Integer cpus;

    @Option(names = "--godebug", paramLabel = "k=v,...",
            description = "GODEBUG settings, merged over $GODEBUG (e.g. schedtrace=100,scheddetail=1).")
    private String godebug;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the runtime's random choices. Default: the scenario's seed, else 1.")
    private Long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Give the package-level integer const NAME the value VALUE before compiling (a scenario's knob; repeatable).")
    private Map<String, Long> constOverrides = new LinkedHashMap<>();

    @Option(names = "--until", paramLabel = "DURATION", converter = GoDurationConverter.class,
            description = "Stop at this simulated time (Go syntax: 300ms, 1.5s, 20us, 2m).")
    private Long untilNs;

    @Option(names = "--schedtrace", paramLabel = "DURATION", converter = GoDurationConverter.class,
            description = "Print a schedtrace line to stderr every DURATION (whole milliseconds): "
                    + "shorthand for --godebug schedtrace=MS.")
    private Long schedtraceNs;

    @Option(names = "--events", paramLabel = "FILE|-",
            description = "Write the scheduler event log, one event per line, to FILE (replaced atomically) or to stdout (-).")
    private String events;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "After the run, write the simulated CPU profile to FILE as folded stacks, one 'frame;frame;frame ns' line per stack.")
    private Path profile;

    @Option(names = "--stats", description = "After the run, print run figures to stderr as 'key: value' lines.")
    private boolean stats;

    @Option(names = "--max-time", paramLabel = "DURATION", converter = GoDurationConverter.class, defaultValue = "60s",
            description = "Stop a run whose simulated time passes DURATION (a runaway loop). Default: ${DEFAULT-VALUE}.")
    private long maxTimeNs;

    @Option(names = "--max-heap", paramLabel = "MB", defaultValue = "256",
            description = "Stop a run once a GC cycle finds more than MB megabytes of live heap (unbounded allocation). Default: ${DEFAULT-VALUE}.")
    private long maxHeapMb;

    @Option(names = "--max-goroutines", paramLabel = "N", defaultValue = "5000000",
            description = "Stop a run with more than N live goroutines. Default: ${DEFAULT-VALUE}.")
    private int maxGoroutines;

    private final Map<String, String> environment;
    private final ProgramRunner runner;

    private final ScenarioArguments scenarios;

    RunCommand(Map<String, String> environment, ProgramRunner runner, ScenarioArguments scenarios) {
        this.environment = Map.copyOf(environment);
        this.runner = runner;
        this.scenarios = scenarios;
    }

    @Override public Integer call() throws Exception {
        Path path = scenarios.resolve(program);
        Optional<Scenario> scenario = scenarios.load(path, spec.commandLine().getErr());
        if (scenario.isEmpty()) return ErrorReporting.USAGE;
        ScenarioArguments.checkKnobRanges(scenario.get(), constOverrides);
        RunRequest request = new RunRequest(path, settings(scenario.get()), checkedUntil(), events, stats, constOverrides, profile);
        return runner.run(request, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private Settings settings(Scenario scenario) {
        long chosenSeed = seed != null ? seed : scenario.seed();
        if (maxGoroutines < 1) throw new ParameterException(spec.commandLine(), "--max-goroutines must be at least 1");
        if (maxHeapMb < 1 || maxHeapMb > (1L << 40)) throw usage("--max-heap must be at least 1 (megabytes), got " + maxHeapMb);
        Limits limits = new Limits(maxTimeNs, maxGoroutines, 0, Limits.defaults().maxStackBytes(), maxHeapMb << 20);
        if (cpus != null && (cpus < 1 || cpus > MAX_PROCS)) throw usage("--cpus must be between 1 and " + MAX_PROCS + ", got " + cpus);
        return new Settings(procs(scenario), chosenSeed, godebugSettings(), args, Costs.defaults(), limits,
                cpus == null ? Settings.CPU_PER_P : cpus);
    }

    /** The option, else the scenario's own choice, else what Go would use. */
    private int procs(Scenario scenario) {
        if (gomaxprocs != null) {
            if (gomaxprocs < 1 || gomaxprocs > MAX_PROCS) {
                throw usage("--gomaxprocs must be between 1 and " + MAX_PROCS + ", got " + gomaxprocs);
            }
            return gomaxprocs;
        }
        if (scenario.gomaxprocs().isPresent()) return scenario.gomaxprocs().getAsInt();
        return GoEnvironment.gomaxprocs(environment.get("GOMAXPROCS"), Runtime.getRuntime().availableProcessors());
    }

    private Map<String, String> godebugSettings() {
        Map<String, String> merged = new LinkedHashMap<>(parseGodebug(environment.get("GODEBUG"), "$GODEBUG"));
        merged.putAll(parseGodebug(godebug, "--godebug"));
        if (schedtraceNs != null) merged.put("schedtrace", Long.toString(schedtraceMillis()));
        return merged;
    }

    private Map<String, String> parseGodebug(String text, String source) {
        try {
            return Settings.parseGodebug(text);
        } catch (IllegalArgumentException e) {
            throw usage(source + ": " + e.getMessage());
        }
    }

    private long schedtraceMillis() {
        if (schedtraceNs <= 0 || schedtraceNs % 1_000_000 != 0) {
            throw usage("--schedtrace must be a positive whole number of milliseconds (Go's schedtrace counts in ms), got "
                    + GoDuration.format(schedtraceNs));
        }
        return schedtraceNs / 1_000_000;
    }

    private long checkedUntil() {
        if (untilNs == null) return 0;
        if (untilNs <= 0) throw usage("--until must be a positive duration, got " + GoDuration.format(untilNs));
        return untilNs;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
