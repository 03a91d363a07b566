package dev.schedlab.scenarios.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.record.MachineView;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.vm.Program;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.SharedFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs real programs and, after every engine step, checks that folding the events
 * rebuilds exactly the runtime's live state, and that the folded state keeps the
 * invariants (each live G in one place, queues within 256, legal statuses, consistent
 * P/M bindings), which the fold itself also checks on every event.
 */
class FoldMatchesLiveStateTest {
    static Program compile(String relative) {
        Compilation c = Compiler.compile(SharedFiles.program(relative));
        assertThat(c.diagnostics()).isEmpty();
        return c.program();
    }

    @ParameterizedTest
    @CsvSource({
            "conformance/spawn10_block,1", "conformance/spawn10_block,4",
            "conformance/gosched_rr,1", "conformance/gosched_rr,2",
            "conformance/unbuf_pingpong,1", "conformance/unbuf_pingpong,2",
            "conformance/chan_close_broadcast,1", "conformance/chan_close_broadcast,3",
            "conformance/waitgroup_multi_waiters,1", "conformance/waitgroup_multi_waiters,4",
            "conformance/sleep_order,1", "conformance/sleep_order,2"})
    void foldEqualsLiveStateAfterEveryStep(String program, int gomaxprocs) {
        FoldCheckedRun run = new FoldCheckedRun(compile(program), Settings.of(gomaxprocs).withSeed(gomaxprocs), e -> { });
        run.runToSuccess();
        assertThat(run.checkedEvents()).isGreaterThan(50);
    }

    /** The fields both sides keep: where every goroutine is and why, every P and M, the queues. */
    static String project(WorldSnapshot s) {
        StringBuilder b = new StringBuilder();
        for (GoroutineView g : s.goroutines()) {
            b.append('G').append(g.goid()).append(' ').append(g.status()).append(' ').append(g.reason())
                    .append(' ').append(g.location()).append(' ').append(g.where()).append('\n');
        }
        s.processors().forEach(p -> b.append(p).append('\n'));
        for (MachineView m : s.machines()) {
            b.append('M').append(m.id()).append(" p=").append(m.p()).append(" curg=").append(m.curg())
                    .append(" spinning=").append(m.spinning()).append(" idle=").append(m.idle())
                    .append(" netpoll=").append(m.inNetpoll()).append('\n');
        }
        b.append("global=").append(List.copyOf(s.globalQueue())).append(" idleP=").append(List.copyOf(s.idleProcessors()))
                .append(" idleM=").append(List.copyOf(s.idleMachines())).append(" nmspinning=").append(s.nmspinning())
                .append(" needspinning=").append(s.needSpinning()).append(" finished=").append(s.finished());
        return b.toString();
    }
}
