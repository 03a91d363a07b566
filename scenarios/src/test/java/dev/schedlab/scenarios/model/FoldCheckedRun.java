package dev.schedlab.scenarios.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.record.Recording;
import dev.schedlab.model.record.WorldInvariants;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.runtime.Runtime;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.vm.Program;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run whose recording is checked against the runtime after every event: the fold must equal the
 * live state ({@link FoldMatchesLiveStateTest#project}) and keep every invariant. Tests drive the
 * {@link #runtime()} and read the {@link #output()}.
 */
final class FoldCheckedRun {
    private final Recording recording;
    private final Runtime runtime;
    private final StringBuilder output = new StringBuilder();
    private long checkedEvents;

    /** {@code alsoSee} gets every event too, before it is checked. */
    FoldCheckedRun(Program program, Settings settings, Consumer<TraceEvent> alsoSee) {
        recording = new Recording(settings.gomaxprocs());
        Runtime[] rt = new Runtime[1];
        rt[0] = new Runtime(program, settings, e -> {
            recording.accept(e);
            alsoSee.accept(e);
            if (rt[0] == null) return; // boot, inside the constructor: no live state to compare yet
            WorldSnapshot folded = recording.current();
            assertThat(FoldMatchesLiveStateTest.project(folded)).as("after event %d: %s", recording.eventCount(), e)
                    .isEqualTo(FoldMatchesLiveStateTest.project(rt[0].liveSnapshot()));
            assertThat(WorldInvariants.check(folded)).as("after %s", e).isEmpty();
            checkedEvents++;
        }, (fd, text) -> output.append(text));
        runtime = rt[0];
    }

    /** Compiles {@code source} (it must compile cleanly) and prepares its checked run. */
    static FoldCheckedRun of(String source, Settings settings, Consumer<TraceEvent> alsoSee) {
        Compilation c = Compiler.compileSource("main.go", source);
        assertThat(c.diagnostics()).isEmpty();
        return new FoldCheckedRun(c.program(), settings, alsoSee);
    }

    /** Runs to the end and requires exit status 0; the program's output. */
    String runToSuccess() {
        runtime.run();
        assertThat(runtime.exitCode()).isZero();
        return output.toString();
    }

    Runtime runtime() { return runtime; }

    Recording recording() { return recording; }

    String output() { return output.toString(); }

    long checkedEvents() { return checkedEvents; }
}
