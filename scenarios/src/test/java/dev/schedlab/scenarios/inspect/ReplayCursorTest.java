package dev.schedlab.scenarios.inspect;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.inspect.Moment;
import dev.schedlab.model.inspect.Replay;
import dev.schedlab.model.inspect.ReplayCursor;
import dev.schedlab.model.inspect.ReplayPlan;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.SharedFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cursor the window steps with gives exactly what a fresh replay gives, for any order of
 * moments (forward, back, the same moment for another goroutine, past the end): seeded random
 * sequences of requests on a run with four Ps and a GOMAXPROCS change.
 */
class ReplayCursorTest {
    @ParameterizedTest @ValueSource(longs = {1, 2, 3, 4})
    void theCursorAgreesWithAFreshReplayWhateverTheOrder(long seed) throws Exception {
        Compilation c = Compiler.compile(SharedFiles.program("conformance/spawn10_block"));
        assertThat(c.diagnostics()).isEmpty();
        ReplayPlan plan = new ReplayPlan(c.program(), Settings.of(4).withSeed(seed),
                List.of(new ReplayPlan.GomaxprocsAt(20_000, 2)));
        long[] total = {0};
        Simulation s = new Simulation(plan.program(), plan.settings(), e -> total[0]++, ProgramOutput.DISCARD);
        s.runUntil(20_000);
        s.setGomaxprocs(2);
        s.run();
        SplittableRandom r = new SplittableRandom(seed);
        try (ReplayCursor cursor = new ReplayCursor(plan)) {
            for (int i = 0; i < 12; i++) {
                long events = r.nextInt(4) == 0 ? total[0] + 3 : r.nextLong(total[0] + 1);
                int goid = r.nextInt(16) - 1;
                Moment fromCursor = cursor.at(events, goid);
                assertThat(fromCursor).as("after %d events, g%d", events, goid).isEqualTo(Replay.at(plan, events, goid));
                assertThat(cursor.at(events, goid + 1)).isEqualTo(Replay.at(plan, events, goid + 1));
            }
        }
    }
}
