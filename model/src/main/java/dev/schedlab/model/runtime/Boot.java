package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.TraceEvent.GoroutineCreated;
import dev.schedlab.model.vm.Closure;
import dev.schedlab.model.vm.Interpreter;
import dev.schedlab.model.vm.Program;

/**
 * Puts the runtime in the state real Go 1.23 is in when {@code main.main} starts
 * (shared/conformance/README.md): M0 running G1 on P0 with schedtick 4; sysmon on M1;
 * idle Ms so that threads = max(4, GOMAXPROCS+2) as measured; the forcegc helper (G2), sweeper (G3) and scavenger (G4) parked; and, when the program
 * imports fmt or os, the finalizer goroutine G5 runnable in P0's local queue. The other
 * Ps are idle, the lowest id on top of the idle stack, as procresize leaves them.
 *
 * <p>This is a scripted start, not a simulation of runtime.main's initialisation: the
 * events it emits in its first few hundred nanoseconds reach that state legally (each runtime goroutine runs once
 * and parks), which is all the scheduler after it depends on.
 */
final class Boot {
    private Boot() {}

    static void start(Scheduler s, Program program, java.util.function.Supplier<Sysmon> sysmonFactory) {
        M m0 = s.newm(false);
        s.curM = m0;
        s.acquirep(m0, s.allp[0]);
        for (int i = s.allp.length - 1; i >= 1; i--) s.pidleput(s.allp[i]);
        Sysmon sysmon = sysmonFactory.get(); // M1, as in Go: runtime.main starts it first
        // Threads that runtime initialisation started and left idle: real Go 1.23 shows
        // threads = max(4, GOMAXPROCS+2) once main.main runs (M0, sysmon's M1, the rest idle).
        int idleMs = Math.max(4, s.gomaxprocs + 2) - 2;
        for (int i = 0; i < idleMs; i++) s.stopm(s.newm(false));

        G g1 = s.newG(s.allp[0], false, "main.main");
        s.emit(new GoroutineCreated(s.now(), m0.id, g1.id(), -1, "runtime.main"));
        for (String fn : new String[] {SystemGoroutines.FORCEGC, SystemGoroutines.BGSWEEP, SystemGoroutines.BGSCAVENGE}) {
            G g = s.newG(s.allp[0], true, fn);
            s.emit(new GoroutineCreated(s.now(), m0.id, g.id(), g1.id(), fn));
            s.execute(m0, g, false);
            s.gopark(SystemGoroutines.reasonFor(fn));
            if (fn.equals(SystemGoroutines.FORCEGC)) s.forcegcHelper = g;
        }
        s.execute(m0, g1, false);
        if (program.imports().contains("fmt") || program.imports().contains("os")) {
            G fing = s.newG(s.allp[0], true, SystemGoroutines.RUNFINQ);
            s.emit(new GoroutineCreated(s.now(), m0.id, fing.id(), g1.id(), SystemGoroutines.RUNFINQ));
            s.runqput(s.allp[0], fing, false);
        }
        Interpreter.start(g1, Closure.of(program.main()), new Object[0]);
        g1.stackUsed = Scheduler.ENTRY_FRAME + program.main().frameSize();
        g1.stackLimit = g1.stackSize - Scheduler.STACK_GUARD;
        if (program.init() != null && program.init().code().length > 0) Interpreter.call(g1, Closure.of(program.init()));
        s.mainG = g1;
        s.curM = null;
        s.wakeAt(m0, m0.cpu.now, M.Resume.RUN_G);
        sysmon.start(0);
    }
}
