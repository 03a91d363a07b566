package dev.schedlab.scenarios.scenario;

import dev.schedlab.scenarios.lang.Diagnostic;

import java.util.List;

/** What loading a scenario folder gave: the scenario, or the problems (file:line:column) that prevented it. */
public record ScenarioLoad(Scenario scenario, List<Diagnostic> problems) {
    public ScenarioLoad { problems = List.copyOf(problems); }

    public boolean ok() { return scenario != null && problems.isEmpty(); }
}
