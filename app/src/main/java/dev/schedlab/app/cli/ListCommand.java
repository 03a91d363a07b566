package dev.schedlab.app.cli;

import dev.schedlab.scenarios.scenario.Scenario;
import dev.schedlab.scenarios.scenario.ScenarioLibrary;
import dev.schedlab.scenarios.scenario.ScenarioLoad;
import dev.schedlab.scenarios.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code schedlab list}: the built-in scenarios, each with its title and the first sentence of its description. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the built-in scenarios. Run one with 'schedlab run NAME'.")
final class ListCommand implements Runnable {
    @Spec private CommandSpec spec;

    private final Supplier<ScenarioLibrary> library;

    ListCommand(Supplier<ScenarioLibrary> library) { this.library = library; }

    @Override public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLibrary scenarios = library.get();
        for (String name : scenarios.names()) {
            ScenarioLoad load = ScenarioLoader.load(scenarios.root().resolve(name));
            if (!load.ok()) throw new IllegalStateException("built-in scenario " + name + " is broken: " + load.problems().get(0));
            Scenario s = load.scenario();
            out.printf("%-28s %s%n", name, s.title());
            out.printf("%-28s %s%n", "", s.summary());
        }
        out.flush();
    }
}
