package dev.schedlab.model.runtime;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.vm.Program;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The same program, settings and seed give the same run, event for event. */
class DeterminismTest {
    static List<TraceEvent> events(Program p, int procs, long seed) {
        List<TraceEvent> out = new ArrayList<>();
        Simulation sim = new Simulation(p, Settings.of(procs).withSeed(seed), out::add, (fd, t) -> { });
        sim.run();
        assertThat(sim.exitCode()).isZero();
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,7", "4,42", "8,3"})
    void sameSeedSameEvents(int procs, long seed) {
        Program p = SchedulingOrderTest.spawner(60, 3, Set.of("fmt"));
        List<TraceEvent> first = events(p, procs, seed);
        List<TraceEvent> second = events(p, procs, seed);
        assertThat(second).isEqualTo(first);
        if (procs > 1) {
            assertThat(first).as("other Ps take part")
                    .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TraceEvent.GoroutineExecuted.class,
                            x -> assertThat(x.p()).isPositive()));
        }
    }
}
