package dev.schedlab.model.inspect;

import dev.schedlab.model.trace.TraceEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Annotated listings of the runtime paths the inspector steps through: mcall, gogo, systemstack,
 * morestack, gopark, park_m, goready, schedule and findRunnable. Written for the lab from the facts
 * of the reference (go-scheduler.md sections 3, 4 and 12): what each step loads and stores, with the
 * offsets taken from {@link AbiLayouts}, so a wrong offset cannot be written here by hand. They are
 * explanations in assembly-like notation, not Go's source.
 */
public final class RuntimeListings {
    private final AbiLayouts abi;

    public RuntimeListings(AbiLayouts abi) { this.abi = abi; }

    /** The routines there are listings for. */
    public static final List<String> ROUTINES = List.of("runtime.mcall", "runtime.gogo", "runtime.systemstack",
            "runtime.morestack", "runtime.gopark", "runtime.park_m", "runtime.goready", "runtime.schedule",
            "runtime.findRunnable");

    /** The listing of {@code routine} (one of {@link #ROUTINES}), with no line marked. */
    public Listing listing(String routine) {
        return switch (routine) {
            case "runtime.mcall" -> mcall();
            case "runtime.gogo" -> gogo();
            case "runtime.systemstack" -> systemstack();
            case "runtime.morestack" -> morestack();
            case "runtime.gopark" -> gopark();
            case "runtime.park_m" -> parkM();
            case "runtime.goready" -> goready();
            case "runtime.schedule" -> schedule();
            case "runtime.findRunnable" -> findRunnable();
            default -> throw new IllegalArgumentException("no listing for " + routine);
        };
    }

    /**
     * The runtime step an event is, as a listing with that step marked; null for events that are no
     * step of these routines. {@code e}'s M is the one executing it.
     */
    public Listing forEvent(TraceEvent e) {
        if (e instanceof TraceEvent.SwitchedToG0 s) {
            return "newstack".equals(s.fn()) ? marked(morestack(), "CALL runtime.newstack")
                    : marked(mcall(), "CALL R12");
        }
        if (e instanceof TraceEvent.StackGrown) return marked(morestack(), "CALL runtime.newstack");
        if (e instanceof TraceEvent.ReturnedToGoroutine || e instanceof TraceEvent.GoroutineExecuted) {
            return marked(gogo(), "JMP BX");
        }
        if (e instanceof TraceEvent.GoroutineParked) return marked(parkM(), "casgstatus");
        if (e instanceof TraceEvent.GoroutineYielded || e instanceof TraceEvent.GoroutinePreempted) {
            return marked(schedule(), "findRunnable()");
        }
        if (e instanceof TraceEvent.GoroutineReadied) return marked(goready(), "casgstatus");
        if (e instanceof TraceEvent.GoroutineCreated || e instanceof TraceEvent.RanOnSystemstack) return marked(systemstack(), "CALL fn");
        if (e instanceof TraceEvent.TakenFromRunnext || e instanceof TraceEvent.TakenFromLocalQueue) {
            return marked(findRunnable(), "runqget");
        }
        if (e instanceof TraceEvent.TakenFromGlobalQueue) return marked(findRunnable(), "globrunqget(pp, 0)");
        if (e instanceof TraceEvent.Stolen || e instanceof TraceEvent.StealFailed) return marked(findRunnable(), "stealWork");
        if (e instanceof TraceEvent.MachineSpinning) return marked(findRunnable(), "stealWork");
        if (e instanceof TraceEvent.TimerFired) return marked(findRunnable(), "timers.check");
        if (e instanceof TraceEvent.ProcessorReleased || e instanceof TraceEvent.ProcessorIdled) {
            return marked(findRunnable(), "releasep");
        }
        if (e instanceof TraceEvent.NetpollBlocked) return marked(findRunnable(), "netpoll(delay)");
        if (e instanceof TraceEvent.MachineStopped) return marked(findRunnable(), "stopm()");
        if (e instanceof TraceEvent.GcWorkerStarted) return marked(findRunnable(), "GC mark worker");
        return null;
    }

    /** {@code l} with the first line whose text starts with {@code prefix} marked. */
    static Listing marked(Listing l, String prefix) {
        for (int i = 0; i < l.lines().size(); i++) {
            if (l.lines().get(i).text().startsWith(prefix)) return l.withMarked(i);
        }
        throw new IllegalArgumentException(l.function() + " has no step " + prefix);
    }

    // ---- offsets, as operands

    private String g(String field, String base) { return hex(abi.offset("runtime.g", field)) + "(" + base + ")"; }

    private String m(String field, String base) { return hex(abi.offset("runtime.m", field)) + "(" + base + ")"; }

    private String p(String field) { return "p+" + abi.offset("runtime.p", field); }

    private String buf(String field) { return hex(abi.offset("runtime.gobuf", field)) + "(BX)"; }

    private static String hex(int offset) { return offset == 0 ? "0" : "0x" + Integer.toHexString(offset); }

    private String gAt(String field) { return "g+" + abi.offset("runtime.g", field); }

    // ---- the listings

    private Listing mcall() {
        Builder b = new Builder("runtime.mcall", "mcall(fn): save the goroutine's context in g.sched, switch to the g0 stack"
                + " and call fn(g) there; never returns (asm_amd64.s, ABIInternal: fn arrives in AX, g in R14)");
        b.step("MOVQ AX, DX", "fn is a closure: DX is the closure context register");
        b.step("MOVQ 0(SP), BX", "the return address into the caller (gopark, Gosched ...)");
        b.step("MOVQ BX, " + g("sched.pc", "R14"), "g.sched.pc = it (" + gAt("sched.pc") + "): where gogo will resume");
        b.step("LEAQ 8(SP), BX", "the caller's SP at the call");
        b.step("MOVQ BX, " + g("sched.sp", "R14"), "g.sched.sp (" + gAt("sched.sp") + ")");
        b.step("MOVQ 0(BP), BX", "the caller's frame pointer");
        b.step("MOVQ BX, " + g("sched.bp", "R14"), "g.sched.bp (" + gAt("sched.bp") + "); ctxt and ret must already be 0");
        b.step("MOVQ " + g("m", "R14") + ", BX", "g.m (" + gAt("m") + ")");
        b.step("MOVQ " + m("g0", "BX") + ", SI", "m.g0 (m+" + abi.offset("runtime.m", "g0") + ")");
        b.step("CMPQ SI, R14; JEQ badmcall", "mcall from g0 is a fatal error");
        b.step("MOVQ SI, R14", "R14 = g0: from here on the current g is the M's g0");
        b.step("MOVQ SI, -8(FS)", "the TLS slot (m.tls[0]) holds g0 too");
        b.step("MOVQ " + g("sched.sp", "SI") + ", SP", "SP = g0.sched.sp: the top of the g0 stack that mstart1 saved,"
                + " so nothing piles up on g0");
        b.step("MOVQ old g, AX", "the goroutine is fn's argument");
        b.step("CALL R12", "fn(g) on g0: park_m, gosched_m, gopreempt_m, goexit0, exitsyscall0 (R12 = 0(DX))");
        b.step("CALL badmcall2", "fn must end in schedule() or gogo: returning is fatal");
        return b.build();
    }

    private Listing gogo() {
        Builder b = new Builder("runtime.gogo", "gogo(buf): restore a saved context and jump into it (\"longjmp\");"
                + " execute calls it with &gp.sched (" + gAt("sched") + "), newstack too");
        b.step("MOVQ buf, BX", "BX = &gp.sched, a gobuf");
        b.step("MOVQ " + buf("g") + ", DX", "buf.g (gobuf+" + abi.offset("runtime.gobuf", "g") + ")");
        b.step("MOVQ 0(DX), CX", "touch the g once: a nil g faults here, not later");
        b.step("MOVQ DX, -8(FS)", "TLS g = gp");
        b.step("MOVQ DX, R14", "R14 = gp: the goroutine is the current g again");
        b.step("MOVQ " + buf("sp") + ", SP", "SP = buf.sp: back on the goroutine's own stack");
        b.step("MOVQ " + buf("ret") + ", AX", "AX = buf.ret");
        b.step("MOVQ " + buf("ctxt") + ", DX", "DX = buf.ctxt (closure context)");
        b.step("MOVQ " + buf("bp") + ", BP", "BP = buf.bp");
        b.step("MOVQ $0, " + buf("sp") + "; MOVQ $0, " + buf("ret"), "clear sp and ret for the GC ...");
        b.step("MOVQ $0, " + buf("ctxt") + "; MOVQ $0, " + buf("bp"), "... and ctxt and bp; pc stays (stale), lr is unused on amd64");
        b.step("MOVQ " + buf("pc") + ", BX", "buf.pc: the return address mcall saved, or a new goroutine's entry");
        b.step("JMP BX", "the goroutine runs on from where it stopped");
        return b.build();
    }

    private Listing systemstack() {
        Builder b = new Builder("runtime.systemstack", "systemstack(fn): run fn on the g0 stack and come back;"
                + " the goroutine stays _Grunning on its M (newproc runs newproc1 this way, goready runs ready)");
        b.step("MOVQ " + g("m", "R14") + ", BX", "g.m");
        b.step("CMPQ R14, " + m("gsignal", "BX") + "; JEQ noswitch", "on the signal stack already: just call fn");
        b.step("MOVQ " + m("g0", "BX") + ", DX", "m.g0");
        b.step("CMPQ R14, DX; JEQ noswitch", "on g0 already: just call fn (a tail call)");
        b.step("CMPQ R14, " + m("curg", "BX") + "; JNE badsystemstack", "only m.curg may switch (m+"
                + abi.offset("runtime.m", "curg") + ")");
        b.step("MOVQ $systemstack_switch+8, " + g("sched.pc", "R14"), "g.sched.pc: a fake pc, so tracebacks see a clean frame");
        b.step("MOVQ SP, " + g("sched.sp", "R14"), "g.sched.sp");
        b.step("MOVQ $0, " + g("sched.ret", "R14"), "g.sched.ret");
        b.step("MOVQ BP, " + g("sched.bp", "R14"), "g.sched.bp");
        b.step("MOVQ DX, -8(FS); MOVQ DX, R14", "TLS and R14 = g0");
        b.step("MOVQ " + g("sched.sp", "DX") + ", SP", "SP = g0.sched.sp");
        b.step("CALL fn", "fn on g0 (the closure is in DX): newproc1, ready ...; not preemptible");
        b.step("MOVQ " + m("curg", "BX") + ", AX; MOVQ AX, -8(FS)", "switch back: TLS g = m.curg");
        b.step("MOVQ " + g("sched.sp", "AX") + ", SP; MOVQ " + g("sched.bp", "AX") + ", BP",
                "SP and BP from curg.sched, then those fields are cleared");
        b.step("RET", "R14 is not reset here: the Go caller reloads it from TLS after the call");
        return b.build();
    }

    private Listing morestack() {
        Builder b = new Builder("runtime.morestack", "morestack: a prologue found SP below g.stackguard0 ("
                + gAt("stackguard0") + "): the stack is full, or stackguard0 = stackPreempt asks for a preemption");
        b.step("CMPQ SP, " + g("stackguard0", "R14") + "; JLS morestack", "(in the caller's prologue) the check that failed");
        b.step("MOVQ 0(SP), AX; MOVQ AX, " + g("sched.pc", "R14"), "g.sched.pc = the return into f's prologue: f runs it again");
        b.step("LEAQ 8(SP), AX; MOVQ AX, " + g("sched.sp", "R14"), "g.sched.sp");
        b.step("MOVQ BP, " + g("sched.bp", "R14") + "; MOVQ DX, " + g("sched.ctxt", "R14"),
                "g.sched.bp, and ctxt = DX (morestack_noctxt zeroes DX)");
        b.step("CMPQ R14, " + m("g0", "BX") + "; JEQ badmorestackg0", "morestack on g0 is fatal (so is on gsignal)");
        b.step("MOVQ 8(SP), AX; MOVQ AX, " + m("morebuf.pc", "BX"), "m.morebuf = f's caller (pc, sp, g)");
        b.step("MOVQ " + m("g0", "BX") + ", DX; MOVQ DX, -8(FS)", "TLS g = g0 (R14 is set by newstack's ABI wrapper)");
        b.step("MOVQ " + g("sched.sp", "DX") + ", SP; MOVQ " + g("sched.bp", "DX") + ", BP", "on the g0 stack");
        b.step("CALL runtime.newstack", "on g0: a preemption request -> gopreempt_m -> schedule; else copystack to twice"
                + " the size, stackguard0 = new lo + 928, and gogo(&gp.sched) retries the call");
        b.step("CALL runtime.abort", "newstack does not return");
        return b.build();
    }

    private Listing gopark() {
        Builder b = new Builder("runtime.gopark", "gopark(unlockf, lock, reason, ...): the running goroutine waits;"
                + " called by chanrecv, chansend, selectgo, time.Sleep, semacquire1 ... (Go code, on the goroutine's stack)");
        b.step("mp := acquirem()", "m.locks++ (m+" + abi.offset("runtime.m", "locks") + "): no preemption meanwhile");
        b.step("gp.waitreason = reason", "one byte at " + gAt("waitreason") + " (chan receive = 14)");
        b.step("mp.waitlock = lock; mp.waitunlockf = unlockf", "m+" + abi.offset("runtime.m", "waitlock") + ", m+"
                + abi.offset("runtime.m", "waitunlockf") + ": for park_m, on g0");
        b.step("releasem(mp)", "m.locks--; a pending preempt re-arms stackguard0 = stackPreempt ("
                + gAt("stackguard0") + ")");
        b.step("mcall(park_m)", "save the context in g.sched, switch to g0, park_m(gp): returns only when gp runs again");
        return b.build();
    }

    private Listing parkM() {
        Builder b = new Builder("runtime.park_m", "park_m(gp), on g0 (R14 = g0): the goroutine stops running");
        b.step("casgstatus(gp, _Grunning, _Gwaiting)", "g.atomicstatus (" + gAt("atomicstatus") + "): 2 -> 4");
        b.step("dropg()", "gp.m = nil (" + gAt("m") + "), m.curg = nil (m+" + abi.offset("runtime.m", "curg") + ")");
        b.step("ok := mp.waitunlockf(gp, mp.waitlock)", "e.g. unlock the channel; false means 'do not park after all'");
        b.step("if !ok { casgstatus(gp, _Gwaiting, _Grunnable); execute(gp, true) }", "the goroutine runs on at once");
        b.step("schedule()", "find another goroutine for this M; never returns");
        return b.build();
    }

    private Listing goready() {
        Builder b = new Builder("runtime.goready", "goready(gp): make a waiting goroutine runnable, from the waker's"
                + " goroutine (systemstack(ready)) or from g0 (timers, netpoll)");
        b.step("systemstack(func() { ready(gp, traceskip, true) })", "ready runs on g0");
        b.step("casgstatus(gp, _Gwaiting, _Grunnable)", "g.atomicstatus (" + gAt("atomicstatus") + "): 4 -> 1;"
                + " waitreason is left as it was");
        b.step("runqput(mp.p, gp, next=true)", "into the waker's P: p.runnext (" + p("runnext") + "); a goroutine"
                + " already there is kicked to the tail of p.runq (" + p("runq") + ", tail at " + p("runqtail") + ")");
        b.step("wakep()", "an idle P and no spinning M: startm(nil, spinning) to run it elsewhere");
        return b.build();
    }

    private Listing schedule() {
        Builder b = new Builder("runtime.schedule", "schedule(), on g0: one round of the scheduler; never returns");
        b.step("mp := getg().m", "R14 = g0, so getg().m is this M");
        b.step("if mp.lockedg != 0 { stoplockedm(); execute(mp.lockedg.ptr(), false) }", "a locked M only runs its"
                + " own goroutine (m+" + abi.offset("runtime.m", "lockedg") + ")");
        b.step("findRunnable()", "blocks until there is work: (gp, inheritTime, tryWakeP)");
        b.step("if mp.spinning { resetspinning() }", "a spinning M that found work stops spinning and may wake another");
        b.step("if gp.lockedm != 0 { startlockedm(gp); goto top }", "hand a locked goroutine to its own M");
        b.step("execute(gp, inheritTime)", "m.curg = gp (m+" + abi.offset("runtime.m", "curg") + "), gp.m = mp ("
                + gAt("m") + "), _Grunnable -> _Grunning, stackguard0 = lo + 928, schedtick++ ("
                + p("schedtick") + ") unless inherited");
        b.step("gogo(&gp.sched)", "jump into the goroutine (" + gAt("sched") + ")");
        return b.build();
    }

    private Listing findRunnable() {
        Builder b = new Builder("runtime.findRunnable", "findRunnable(), on g0: where the next goroutine comes from,"
                + " in Go 1.23's order (reference section 3.3)");
        b.step("if sched.gcwaiting { gcstopm() }", "1. a stop-the-world waits for this P");
        b.step("timers.check(now)", "3. run this P's expired timers (p.timers, " + p("timers") + "); they may ready"
                + " goroutines into runnext");
        b.step("GC mark worker", "5. while marking, a P may run a mark worker first");
        b.step("if pp.schedtick%61 == 0 && sched.runqsize > 0 { globrunqget(pp, 1) }", "6. fairness: one from the"
                + " global queue (sched+" + abi.offset("runtime.schedt", "runq") + ") every 61st tick");
        b.step("runqget(pp)", "8. p.runnext (" + p("runnext") + ") first, then p.runq[runqhead%256] (" + p("runqhead")
                + ", " + p("runq") + ")");
        b.step("globrunqget(pp, 0)", "9. a batch from the global queue");
        b.step("netpoll(0)", "10. ready network waiters, when nobody is blocked polling");
        b.step("stealWork(now)", "11. spinning: 4 rounds over the Ps in random order, take half a victim's queue"
                + " (its runnext only in the last round), check their timers");
        b.step("globrunqget(pp, 0) under sched.lock", "15. the global queue once more");
        b.step("releasep(); pidleput(pp)", "15. give up the P: it goes on the idle list");
        b.step("drop spinning; recheck all Ps", "16. work that arrived meanwhile wins the P back");
        b.step("netpoll(delay)", "17. block in epoll until the next timer, if nobody else polls");
        b.step("stopm()", "18. park the M on m.park (m+" + abi.offset("runtime.m", "park") + ") until startm wakes it");
        return b.build();
    }

    /** Collects a routine's lines. */
    private static final class Builder {
        private final String function;
        private final String note;
        private final List<ListingLine> lines = new ArrayList<>();

        Builder(String function, String note) {
            this.function = function;
            this.note = note;
        }

        void step(String text, String comment) { lines.add(new ListingLine(-1, text, comment)); }

        Listing build() { return new Listing(function, note, lines, -1); }
    }
}
