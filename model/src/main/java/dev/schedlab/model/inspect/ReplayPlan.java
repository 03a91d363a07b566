package dev.schedlab.model.inspect;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.vm.Program;

import java.util.List;
import java.util.Objects;

/**
 * How a recorded run was made: the program, its settings (seed included) and the GOMAXPROCS
 * changes made from outside during the run. The model is deterministic, so replaying the plan
 * gives the same events, and the live state at any of them. Immutable.
 */
public record ReplayPlan(Program program, Settings settings, List<GomaxprocsAt> changes) {
    /** setGomaxprocs({@code gomaxprocs}) once the simulation reached {@code time}. */
    public record GomaxprocsAt(long time, int gomaxprocs) {}

    public ReplayPlan {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(settings, "settings");
        changes = List.copyOf(changes);
    }

    public ReplayPlan(Program program, Settings settings) { this(program, settings, List.of()); }
}
