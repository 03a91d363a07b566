package dev.schedlab.model.runtime;

import dev.schedlab.model.RunStats;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.vm.*;

import java.util.List;
import java.util.Set;

final class PingPongProbe {
    static Program program(long n) {
        // pong(ping, pong): for { v, ok := <-ping; if !ok { break }; pong <- v+1 }; close(pong)
        Asm p = new Asm("main.main.func1", 2, 3);
        int loop = p.here();
        p.op(Op.LOAD, 0).op(Op.RECV, 1);
        int brk = p.here();
        p.op(Op.JUMP_IF_FALSE, 0).op(Op.STORE, 2).op(Op.LOAD, 1).op(Op.LOAD, 2).k(Op.CONST, 1L).op(Op.ADD).op(Op.SEND).op(Op.JUMP, loop);
        p.patch(brk, p.here());
        p.op(Op.POP).op(Op.LOAD, 1).op(Op.CLOSE).op(Op.RETURN, 0);
        Asm m = new Asm("main.main", 0, 4);
        m.k(Op.CONST, 0L).k(Op.MAKE_CHAN, null).op(Op.STORE, 0).k(Op.CONST, 0L).k(Op.MAKE_CHAN, null).op(Op.STORE, 1);
        m.op(Op.MAKE_CLOSURE, 1, 0).op(Op.LOAD, 0).op(Op.LOAD, 1).op(Op.GO, 0, 2);
        m.k(Op.CONST, 0L).op(Op.STORE, 2).k(Op.CONST, 0L).op(Op.STORE, 3);
        int l = m.here();
        m.op(Op.LOAD, 3).k(Op.CONST, n).op(Op.LT);
        int ex = m.here();
        m.op(Op.JUMP_IF_FALSE, 0);
        m.op(Op.LOAD, 0).op(Op.LOAD, 3).op(Op.SEND);
        m.op(Op.LOAD, 2).op(Op.LOAD, 1).op(Op.RECV, 0).op(Op.LOAD, 3).op(Op.SUB).op(Op.ADD).op(Op.STORE, 2);
        m.op(Op.LOAD, 3).k(Op.CONST, 1L).op(Op.ADD).op(Op.STORE, 3).op(Op.JUMP, l);
        m.patch(ex, m.here());
        m.op(Op.LOAD, 0).op(Op.CLOSE).op(Op.LOAD, 2).add(Op.CALL_NATIVE, 1, 1, SchedulingOrderTest.ITOA).op(Op.WRITE, 1).op(Op.RETURN, 0);
        Function main = m.build();
        Function f1 = p.build();
        return new Program(List.of(main, f1), List.of(), null, main, Set.of("fmt"), "pp.go");
    }

    public static void main(String[] a) {
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            StringBuilder out = new StringBuilder();
            long[] count = {0};
            EventSink sink = a.length > 0 ? e -> count[0]++ : EventSink.NONE;
            Simulation sim = new Simulation(program(1_000_000), Settings.of(1), sink, (fd, t) -> out.append(t));
            sim.run();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            RunStats st = sim.stats();
            System.out.println(out + " exit=" + sim.exitCode() + " wall=" + ms + "ms " + st + " switches/s=" + st.goroutineSwitches() * 1000 / Math.max(1, ms));
        }
    }
}
