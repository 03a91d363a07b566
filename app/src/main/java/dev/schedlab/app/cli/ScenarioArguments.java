package dev.schedlab.app.cli;

import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.scenario.Knob;
import dev.schedlab.scenarios.scenario.Scenario;
import dev.schedlab.scenarios.scenario.ScenarioLibrary;
import dev.schedlab.scenarios.scenario.ScenarioLoad;
import dev.schedlab.scenarios.scenario.ScenarioLoader;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code run} and {@code check} share: a program argument is a path, or else the name of
 * a built-in scenario; a folder's scenario.yaml gives defaults and knob ranges for {@code --set}.
 */
final class ScenarioArguments {
    private final Supplier<ScenarioLibrary> library;

    ScenarioArguments(Supplier<ScenarioLibrary> library) { this.library = library; }

    /** An existing path as given, else the built-in scenario of that name. */
    Path resolve(Path argument) {
        if (Files.exists(argument)) {
            if (Files.isDirectory(argument) && !Files.isRegularFile(argument.resolve(ScenarioLoader.MAIN))) {
                throw new UserError("folder " + argument + " has no main.go");
            }
            return argument;
        }
        if (argument.getNameCount() != 1) throw new UserError("no such file or folder: " + argument);
        return library.get().find(argument.toString()).orElseThrow(() -> new UserError("no such file or folder: " + argument
                + ", and no built-in scenario of that name (see 'schedlab list')"));
    }

    /**
     * The scenario of a folder, or one without defaults or knobs for a .go file. A folder's
     * problems are printed as file:line:column lines, and then empty is returned.
     */
    Optional<Scenario> load(Path program, PrintWriter err) {
        if (!Files.isDirectory(program)) return Optional.of(noScenario());
        ScenarioLoad load = ScenarioLoader.load(program);
        if (load.ok()) return Optional.of(load.scenario());
        for (Diagnostic d : load.problems()) err.println(d);
        err.flush();
        return Optional.empty();
    }

    /** A value given with --set for a knob must be inside the knob's range. */
    static void checkKnobRanges(Scenario scenario, Map<String, Long> overrides) {
        overrides.forEach((name, value) -> scenario.knob(name).filter(k -> !k.allows(value)).ifPresent(k -> {
            throw new UserError("--set " + name + "=" + value + ": out of range for knob '" + k.label() + "' ("
                    + k.min() + ".." + k.max() + ", default " + k.defaultValue() + ")");
        }));
    }

    /** Stands for a single .go file: no defaults, no knobs. */
    private static Scenario noScenario() {
        return new Scenario("", Path.of(""), "", "", java.util.OptionalInt.empty(), Scenario.DEFAULT_SEED,
                java.util.List.<Knob>of(), java.util.List.of());
    }
}
