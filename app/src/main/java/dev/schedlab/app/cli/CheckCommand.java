package dev.schedlab.app.cli;

import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code schedlab check PATH}: compile a program and validate its scenario.yaml, without running it. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compile a Go program (and check a scenario folder's scenario.yaml) without running it.%n"
                + "Problems print as file:line:col: message (exit status 1); otherwise one 'ok' line.")
final class CheckCommand implements Callable<Integer> {
    static final int PROBLEMS = 1;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH|NAME",
            description = "A .go file, a folder with main.go, or the name of a built-in scenario (see 'schedlab list').")
    private Path program;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Check with the integer const NAME set to VALUE, as run would.")
    private Map<String, Long> constOverrides = new LinkedHashMap<>();

    private final ScenarioArguments scenarios;

    CheckCommand(ScenarioArguments scenarios) { this.scenarios = scenarios; }

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path path = scenarios.resolve(program);
        Optional<Scenario> scenario = scenarios.load(path, err);
        if (scenario.isPresent()) ScenarioArguments.checkKnobRanges(scenario.get(), constOverrides);
        Compilation compilation = Compiler.compile(path, constOverrides);
        for (Diagnostic d : compilation.diagnostics()) err.println(d);
        err.flush();
        if (scenario.isEmpty() || !compilation.ok()) return PROBLEMS;
        spec.commandLine().getOut().println("ok: " + summary(path, scenario.get()));
        return 0;
    }

    private static String summary(Path path, Scenario s) {
        if (!Files.isDirectory(path)) return path + " compiles";
        String yaml = Files.exists(path.resolve("scenario.yaml"))
                ? "; scenario.yaml: " + plural(s.knobs().size(), "knob") + ", " + plural(s.chapters().size(), "chapter")
                : "; no scenario.yaml";
        return s.name() + ": main.go compiles" + yaml;
    }

    private static String plural(int n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }
}
