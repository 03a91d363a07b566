package dev.schedlab.model.runtime;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.vm.Function;
import dev.schedlab.model.vm.Native;
import dev.schedlab.model.vm.Op;
import dev.schedlab.model.vm.Program;
import dev.schedlab.model.vm.SyncKind;
import dev.schedlab.model.vm.SyncOp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders the reference's Appendix A observed in real Go 1.23, reproduced on hand-built programs. */
class SchedulingOrderTest {
    static final Native ITOA = new Native("strconv.Itoa", a -> String.valueOf(a[0]));

    /** worker(i, wg): write "i "; [optionally Gosched and write again]; wg.Done(). */
    static Function worker(int rounds) {
        Asm w = new Asm("main.worker", 2, 3);
        // for r := 0; r < rounds; r++ { write(itoa(i*100+r)+" "); Gosched() }
        w.k(Op.CONST, 0L).op(Op.STORE, 2);
        int loop = w.here();
        w.op(Op.LOAD, 2).k(Op.CONST, (long) rounds).op(Op.LT);
        int exit = w.here();
        w.op(Op.JUMP_IF_FALSE, 0);
        w.op(Op.LOAD, 0).k(Op.CONST, 100L).op(Op.MUL).op(Op.LOAD, 2).op(Op.ADD)
                .add(Op.CALL_NATIVE, 1, 1, ITOA).k(Op.CONST, " ").op(Op.ADD).op(Op.WRITE, 1);
        if (rounds > 1) w.op(Op.GOSCHED);
        w.op(Op.LOAD, 2).k(Op.CONST, 1L).op(Op.ADD).op(Op.STORE, 2).op(Op.JUMP, loop);
        w.patch(exit, w.here());
        w.op(Op.LOAD, 1).k(Op.SYNC, SyncOp.WG_DONE).op(Op.RETURN, 0);
        return w.build();
    }

    /** main: wg; for i < n { wg.Add(1); go worker(i, wg) }; wg.Wait(). */
    static Program spawner(int n, int rounds, Set<String> imports) {
        Function worker = worker(rounds);
        Asm m = new Asm("main.main", 0, 2);
        m.k(Op.NEW_SYNC, SyncKind.WAIT_GROUP).op(Op.STORE, 0);
        m.k(Op.CONST, 0L).op(Op.STORE, 1);
        int loop = m.here();
        m.op(Op.LOAD, 1).k(Op.CONST, (long) n).op(Op.LT);
        int exit = m.here();
        m.op(Op.JUMP_IF_FALSE, 0);
        m.op(Op.LOAD, 0).k(Op.CONST, 1L).k(Op.SYNC, SyncOp.WG_ADD);
        m.op(Op.MAKE_CLOSURE, 1, 0).op(Op.LOAD, 1).op(Op.LOAD, 0).op(Op.GO, 0, 2);
        m.op(Op.LOAD, 1).k(Op.CONST, 1L).op(Op.ADD).op(Op.STORE, 1).op(Op.JUMP, loop);
        m.patch(exit, m.here());
        m.op(Op.LOAD, 0).k(Op.SYNC, SyncOp.WG_WAIT).op(Op.RETURN, 0);
        Function main = m.build();
        Function init = new Asm("main.init", 0, 0).op(Op.RETURN, 0).build();
        return new Program(List.of(main, worker, init), List.of(), init, main, imports, "test.go");
    }

    static String run(Program p, int gomaxprocs) {
        StringBuilder out = new StringBuilder();
        Simulation sim = new Simulation(p, Settings.of(gomaxprocs), EventSink.NONE, (fd, t) -> out.append(t));
        sim.run();
        assertThat(sim.exitCode()).as("exit code; output: %s", out).isZero();
        return out.toString().trim();
    }

    @Test
    void spawnedGoroutinesRunNewestFirstThenFifo() {
        // Appendix A.1: 5 go statements then block, GOMAXPROCS=1: [4 0 1 2 3].
        assertThat(run(spawner(5, 1, Set.of()), 1)).isEqualTo("400 0 100 200 300");
    }

    @Test
    void goschedRoundRobinsThroughTheGlobalQueue() {
        // Appendix A.2 generalised: three Gosched loops alternate strictly, the newest first.
        assertThat(run(spawner(3, 3, Set.of()), 1))
                .isEqualTo("200 0 100 201 1 101 202 2 102");
    }
}
