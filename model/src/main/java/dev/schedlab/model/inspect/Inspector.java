package dev.schedlab.model.inspect;

import dev.schedlab.model.inspect.CodeAddresses.RuntimeFunction;
import dev.schedlab.model.runtime.LiveDetail;
import dev.schedlab.model.runtime.LiveDetail.Place;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.model.vm.Function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a {@link Moment} into what the inspector shows: for a goroutine its stack bounds, gobuf,
 * call stack (the program's frames plus the runtime frames it is parked in), registers and g
 * struct; for an M its g0 stack and registers; for a P its queues. Addresses come from
 * {@link AddressSpace} and {@link CodeAddresses}, offsets from {@link AbiLayouts}.
 */
public final class Inspector {
    /** runtime/stack.go: stackPreempt, what stackguard0 holds when a preemption is requested. */
    public static final long STACK_PREEMPT = 0xfffffffffffffadeL;
    /** stackGuard on linux/amd64: stackguard0 = stack.lo + 928. */
    public static final int STACK_GUARD = 928;
    /** The frame newproc1 builds under a goroutine's entry function (the model's ENTRY_FRAME). */
    static final int ENTRY_FRAME = 64;

    private final Moment moment;
    private final LiveDetail detail;
    private final AbiLayouts abi = AbiLayouts.go123();
    private final RuntimeListings listings = new RuntimeListings(abi);
    private final CodeAddresses code;

    public Inspector(Moment moment) {
        this.moment = moment;
        this.detail = moment.detail();
        this.code = new CodeAddresses(moment.program());
    }

    public Moment moment() { return moment; }

    /** The M that did the moment's last event (the acting M for events that name none), or -1. */
    public int lastEventMachine() {
        TraceEvent e = moment.lastEvent();
        if (e == null) return -1;
        int by = EventMachines.of(e);
        return by >= 0 ? by : detail.actingMachine();
    }

    // ------------------------------------------------------------------ goroutines

    /** Goroutine {@code goid}, or null when it did not exist at that moment (or was not asked for). */
    public GoroutineInspection goroutine(int goid) {
        LiveDetail.Goroutine g = detail.goroutine(goid);
        if (g == null) return null;
        long gAddr = AddressSpace.g(goid);
        long lo = AddressSpace.stackLo(goid, g.stackSize());
        long hi = lo + g.stackSize();
        LiveDetail.Machine on = g.m() >= 0 ? detail.machine(g.m()) : null;
        boolean isCurg = on != null && on.curg() == goid;
        String switchFn = isCurg ? moment.onG0().get(on.id()) : null; // an mcall or morestack in progress
        String saved = switchFn != null ? switchFn : goid == queried() ? moment.goroutineLast() : "";
        boolean live = isCurg && switchFn == null; // its own registers are in the CPU, not in g.sched
        boolean fresh = !live && saved.isEmpty() && g.frames().size() == 1 && g.frames().get(0).pc() == 0;

        List<CallFrame> frames = new ArrayList<>();
        long top = hi - ENTRY_FRAME;
        List<LiveDetail.VmFrame> vm = g.frames();
        for (int i = vm.size() - 1; i >= 0; i--) {
            LiveDetail.VmFrame f = vm.get(i);
            int size = f.deferred() ? 0 : f.function().frameSize();
            long sp = top - size;
            long ret;
            String retTo;
            if (i == vm.size() - 1) {
                RuntimeFunction caller = CodeAddresses.runtime(goid == 1 ? "runtime.main" : "runtime.goexit");
                ret = caller.returnAddress();
                retTo = caller.name();
            } else {
                LiveDetail.VmFrame c = vm.get(i + 1);
                ret = code.instruction(c.function(), c.pc());
                retTo = c.function().name();
            }
            frames.add(new CallFrame(f.function().name(), f.function().file() + ":" + f.line(), sp, size, ret, retTo,
                    false, f.locals()));
            top = sp;
        }
        List<String> chain = g.status() == GStatus.SYSCALL ? List.of("syscall.Syscall", "internal/runtime/syscall.Syscall6")
                : live || fresh ? List.of() : runtimeChain(saved, g.waitReason(), goid == queried() && moment.preemptAsync());
        String callerName = vm.isEmpty() ? "" : vm.get(0).function().name();
        long callerRet = vm.isEmpty() ? 0 : code.instruction(vm.get(0).function(), vm.get(0).pc());
        for (String name : chain) {
            RuntimeFunction rf = CodeAddresses.runtime(name);
            long sp = top - rf.frameSize();
            frames.add(new CallFrame(name, "runtime", sp, rf.frameSize(), callerRet, callerName, true, List.of()));
            callerName = name;
            callerRet = rf.returnAddress();
            top = sp;
        }
        Collections.reverse(frames); // innermost first

        Gobuf gobuf = gobuf(g, gAddr, hi, frames, chain, saved, live, fresh);
        long guard = g.stackguardPreempt() ? STACK_PREEMPT : lo + STACK_GUARD;
        Registers regs = null;
        if (isCurg && switchFn == null) regs = goroutineRegisters(g, gAddr, frames);
        else if (isCurg) regs = machine(on.id()).registers();
        Listing listing = null;
        if (!vm.isEmpty()) {
            LiveDetail.VmFrame f = vm.get(0);
            int current = "newstack".equals(saved) && !live ? f.pc() : Math.max(0, f.pc() - 1);
            listing = ProgramListings.of(f.function(), code, current, abi.offset("runtime.g", "stackguard0"));
        }
        Listing parkedIn = g.status() == GStatus.WAITING && "park_m".equals(saved)
                ? RuntimeListings.marked(listings.listing("runtime.gopark"), "mcall(park_m)") : null;
        List<MemoryWord> memory = userGMemory(g, gAddr, lo, hi, guard, gobuf, on);
        return new GoroutineInspection(goid, g.startFunction(), g.status(), g.waitReason(), g.waitSince(), where(g),
                gAddr, lo, hi, guard, gobuf, frames, regs, memory, listing, parkedIn, isCurg ? on.id() : -1);
    }

    /** The goroutine the moment was replayed for (its history is known). */
    private int queried() {
        return detail.goroutines().isEmpty() ? -1 : detail.goroutines().get(0).goid();
    }

    /** The runtime frames (outermost first) a goroutine's saved context is in, by the switch that saved it. */
    private static List<String> runtimeChain(String fn, WaitReason reason, boolean async) {
        switch (fn) {
            case "park_m": return parkChain(reason);
            case "gosched_m": return List.of("runtime.Gosched");
            case "goyield_m": return List.of("sync.runtime_Semrelease", "runtime.semrelease1", "runtime.goyield");
            case "gopreempt_m": return async ? List.of("runtime.asyncPreempt", "runtime.asyncPreempt2") : List.of("runtime.Gosched");
            case "exitsyscall0": return List.of("syscall.Syscall", "runtime.exitsyscall");
            case "stopTheWorld": return List.of("runtime.stopTheWorld");
            default: return List.of(); // newstack (morestack keeps no frame), goexit0, or unknown
        }
    }

    /** Where gopark is called from, by wait reason, as a traceback of Go 1.23 shows it. */
    static List<String> parkChain(WaitReason reason) {
        switch (reason) {
            case CHAN_RECEIVE:
            case CHAN_RECEIVE_NIL_CHAN: return List.of("runtime.chanrecv1", "runtime.chanrecv", "runtime.gopark");
            case CHAN_SEND:
            case CHAN_SEND_NIL_CHAN: return List.of("runtime.chansend1", "runtime.chansend", "runtime.gopark");
            case SELECT: return List.of("runtime.selectgo", "runtime.gopark");
            case SELECT_NO_CASES: return List.of("runtime.block", "runtime.gopark");
            case SLEEP: return List.of("time.Sleep", "runtime.gopark");
            case SEMACQUIRE: return List.of("sync.(*WaitGroup).Wait", "sync.runtime_Semacquire", "runtime.semacquire1",
                    "runtime.goparkunlock", "runtime.gopark");
            case SYNC_MUTEX_LOCK: return List.of("sync.(*Mutex).Lock", "sync.(*Mutex).lockSlow",
                    "sync.runtime_SemacquireMutex", "runtime.semacquire1", "runtime.goparkunlock", "runtime.gopark");
            case SYNC_COND_WAIT: return List.of("sync.(*Cond).Wait", "sync.runtime_notifyListWait", "runtime.goparkunlock",
                    "runtime.gopark");
            case IO_WAIT: return List.of("internal/poll.runtime_pollWait", "runtime.netpollblock", "runtime.gopark");
            case WAIT_FOR_GC_CYCLE: return List.of("runtime.GC", "runtime.gopark");
            default: return List.of("runtime.gopark");
        }
    }

    private Gobuf gobuf(LiveDetail.Goroutine g, long gAddr, long hi, List<CallFrame> frames, List<String> chain,
                        String saved, boolean live, boolean fresh) {
        Function start = g.frames().isEmpty() ? null : g.frames().get(g.frames().size() - 1).function();
        long entryPc = g.goid() == 1 ? CodeAddresses.runtime("runtime.main").entry() : start == null ? 0 : code.entry(start);
        if (fresh) {
            return new Gobuf(hi - ENTRY_FRAME - 8, entryPc, gAddr, 0, 0, 0,
                    "set by newproc1: gogo will start it at its entry, returning into goexit (pushed at sp)");
        }
        if (g.status() == GStatus.DEAD) {
            return new Gobuf(0, 0, gAddr, 0, 0, 0, "dead (goexit0): the g waits on a free list to be reused");
        }
        long stalePc = chain.isEmpty() ? entryPc : CodeAddresses.runtime(chain.get(chain.size() - 1)).returnAddress();
        if (live && g.status() != GStatus.SYSCALL) {
            return new Gobuf(0, stalePc, gAddr, 0, 0, 0, "cleared by gogo while it runs; pc is left from its last switch");
        }
        if (g.status() == GStatus.SYSCALL) {
            CallFrame f = frames.get(frames.size() > 1 ? 1 : 0);
            return new Gobuf(f.sp(), CodeAddresses.runtime("syscall.Syscall").returnAddress(), gAddr, 0, 0, f.bp(),
                    "saved by entersyscall (also in syscallsp/pc/bp): the system call's caller");
        }
        if (!chain.isEmpty()) {
            CallFrame f = frames.get(0); // the mcall caller: gopark, Gosched, asyncPreempt2 ...
            return new Gobuf(f.sp(), CodeAddresses.runtime(f.function()).returnAddress(), gAddr, 0, 0, f.bp(),
                    "saved by mcall(" + saved + "): gogo resumes it in " + f.function());
        }
        if (!frames.isEmpty() && "newstack".equals(saved)) {
            CallFrame f = frames.get(0);
            return new Gobuf(f.sp() - 8, code.instruction(g.frames().get(0).function(), g.frames().get(0).pc()), gAddr, 0,
                    0, f.bp(), "saved by morestack: gogo retries the call, whose prologue runs again");
        }
        return new Gobuf(0, entryPc, gAddr, 0, 0, 0, "not saved by a switch the replay saw");
    }

    private Registers goroutineRegisters(LiveDetail.Goroutine g, long gAddr, List<CallFrame> frames) {
        if (frames.isEmpty()) return null;
        CallFrame f = frames.get(0);
        long rip;
        String in = f.function();
        if (f.runtime()) rip = CodeAddresses.runtime(f.function()).returnAddress() - 2; // at the SYSCALL instruction
        else {
            LiveDetail.VmFrame vf = g.frames().get(0);
            rip = code.instruction(vf.function(), Math.max(0, vf.pc() - 1));
        }
        return new Registers(f.sp(), f.bp(), rip, gAddr, "g" + g.goid(), in);
    }

    private String where(LiveDetail.Goroutine g) {
        Place place = g.place();
        switch (place) {
            case RUNNING: {
                LiveDetail.Machine m = detail.machine(g.placeId());
                return "running on M" + g.placeId() + (m != null && m.p() >= 0 ? " with P" + m.p() : "");
            }
            case SYSCALL: return "in a system call on M" + g.placeId() + " (no P)";
            case RUNNEXT: return "P" + g.placeId() + "'s runnext";
            case LOCAL_QUEUE: {
                LiveDetail.Processor p = detail.processor(g.placeId());
                return "P" + g.placeId() + "'s local run queue, " + (g.position() + 1) + " of " + p.runq().size();
            }
            case GLOBAL_QUEUE: return "the global run queue, " + (g.position() + 1) + " of " + detail.globalQueueSize();
            case WAITING: return "waiting (" + g.waitReason().text() + "): on no run queue";
            case HELD: return "runnable, held by M" + g.placeId() + " (about to be queued or run)";
            default: return "dead";
        }
    }

    private List<MemoryWord> userGMemory(LiveDetail.Goroutine g, long gAddr, long lo, long hi, long guard, Gobuf buf,
                                         LiveDetail.Machine on) {
        boolean sys = g.status() == GStatus.SYSCALL;
        List<MemoryWord> out = new ArrayList<>();
        word(out, gAddr, "stack.lo", lo, true, "the lowest address, the limit");
        word(out, gAddr, "stack.hi", hi, true, "the highest: the stack grows down from here");
        word(out, gAddr, "stackguard0", guard, true, guard == STACK_PREEMPT ? "stackPreempt: preemption requested" : "stack.lo + 928");
        word(out, gAddr, "stackguard1", -1L, true, "~0 on user goroutines");
        word(out, gAddr, "_panic", 0, false, "not modelled");
        word(out, gAddr, "_defer", 0, false, "not modelled");
        word(out, gAddr, "m", on == null ? 0 : AddressSpace.m(on.id()), true, on == null ? "no M" : "M" + on.id());
        gobufWords(out, gAddr, buf);
        word(out, gAddr, "syscallsp", sys ? buf.sp() : 0, true, sys ? "in a system call" : "");
        word(out, gAddr, "syscallpc", sys ? buf.pc() : 0, true, "");
        word(out, gAddr, "syscallbp", sys ? buf.bp() : 0, true, "");
        word(out, gAddr, "stktopsp", hi - ENTRY_FRAME, true, "the SP newproc1 started it with");
        word(out, gAddr, "param", 0, false, "not modelled");
        word(out, gAddr, "atomicstatus", g.status().code(), true, "_G" + g.status().name().toLowerCase());
        word(out, gAddr, "goid", g.goid(), true, "g" + g.goid());
        word(out, gAddr, "schedlink", 0, false, "not modelled");
        word(out, gAddr, "waitsince", g.waitSince(), true, "ns");
        word(out, gAddr, "waitreason", g.waitReason().ordinal(), true, "\"" + g.waitReason().text() + "\"");
        word(out, gAddr, "preempt", g.preempt() ? 1 : 0, true, g.preempt() ? "preemption requested" : "");
        word(out, gAddr, "lockedm", g.lockedm() < 0 ? 0 : AddressSpace.m(g.lockedm()), true,
                g.lockedm() < 0 ? "" : "locked to M" + g.lockedm());
        return out;
    }

    private void gobufWords(List<MemoryWord> out, long gAddr, Gobuf buf) {
        word(out, gAddr, "sched.sp", buf.sp(), true, "");
        word(out, gAddr, "sched.pc", buf.pc(), true, "");
        word(out, gAddr, "sched.g", buf.g(), true, "");
        word(out, gAddr, "sched.ctxt", buf.ctxt(), true, "");
        word(out, gAddr, "sched.ret", buf.ret(), true, "");
        word(out, gAddr, "sched.lr", 0, true, "unused on amd64");
        word(out, gAddr, "sched.bp", buf.bp(), true, "");
    }

    private void word(List<MemoryWord> out, long base, String field, long value, boolean modelled, String meaning) {
        AbiLayouts.Field f = abi.resolve("runtime.g", field);
        out.add(new MemoryWord(base + f.offset(), f.offset(), field, f.size(), value, modelled, meaning));
    }

    // ------------------------------------------------------------------ machines

    /** M {@code id}, or null when it had no live thread at that moment. */
    public MachineInspection machine(int id) {
        LiveDetail.Machine m = detail.machine(id);
        if (m == null) return null;
        boolean onG0 = moment.isOnG0(m);
        LiveDetail.Goroutine curg = m.curg() >= 0 ? detail.goroutine(m.curg()) : null;
        long g0 = AddressSpace.g0(id);
        long lo = AddressSpace.g0StackLo(id);
        long hi = AddressSpace.g0StackHi(id);
        List<CallFrame> g0Frames = new ArrayList<>();
        long g0SchedSp = g0Frames(m, hi, g0Frames);
        Registers regs;
        List<MemoryWord> memory;
        if (!onG0 && curg != null) {
            GoroutineInspection gi = goroutine(curg.goid());
            regs = gi.registers();
            memory = gi.memory();
            g0Frames.clear();
        } else {
            CallFrame f = g0Frames.get(0);
            RuntimeFunction rf = CodeAddresses.runtime(f.function());
            regs = new Registers(f.sp(), f.bp(), rf.returnAddress() - 5, g0, "g0 of M" + id, f.function());
            memory = g0Memory(m, g0, lo, hi, g0SchedSp);
        }
        Listing listing = machineListing(m, onG0, curg);
        return new MachineInspection(id, AddressSpace.m(id), g0, lo, hi, m.curg(), m.p(), m.spinning(), m.blocked(),
                m.idle(), m.sysmon(), m.lockedg(), doing(m, onG0), onG0, regs, g0Frames, listing, memory);
    }

    /** Fills {@code out} with the g0 stack's frames, innermost first; returns g0.sched.sp. */
    private long g0Frames(LiveDetail.Machine m, long hi, List<CallFrame> out) {
        List<String> chain = new ArrayList<>(List.of("runtime.mstart", "runtime.mstart0"));
        int base = chain.size();
        String fn = moment.onG0().get(m.id());
        if (m.sysmon()) chain.addAll(List.of("runtime.mstart1", "runtime.sysmon", "runtime.usleep"));
        else if ("GC_WORK".equals(m.resume())) chain.addAll(List.of("runtime.mstart1", "runtime.schedule", "runtime.gcBgMarkWorker"));
        else {
            if (fn != null) chain.add("runtime." + fn);
            else chain.add("runtime.mstart1");
            boolean stillOnG = m.curg() >= 0 && fn != null;
            if (!stillOnG && ("gosched_m".equals(fn) || "gopreempt_m".equals(fn))) chain.add("runtime.goschedImpl");
            if (m.curg() < 0) {
                chain.addAll(List.of("runtime.schedule", "runtime.findRunnable"));
                if (m.inNetpoll()) chain.addAll(List.of("runtime.netpoll", "runtime.epollwait"));
                else if (m.blocked()) chain.addAll(List.of("runtime.stopm", "runtime.mPark", "runtime.notesleep",
                        "runtime.futexsleep", "runtime.futex"));
                else if (m.spinning()) chain.add("runtime.stealWork");
            }
        }
        long top = hi;
        long schedSp = hi;
        String callerName = "";
        long callerRet = 0;
        List<CallFrame> outer = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            RuntimeFunction rf = CodeAddresses.runtime(chain.get(i));
            long sp = top - rf.frameSize();
            // mcall's fn is called from runtime.mcall, right at g0.sched.sp
            long ret = i == 0 ? 0 : i == base && fn != null ? CodeAddresses.runtime("runtime.mcall").returnAddress() : callerRet;
            String retTo = i == 0 ? "" : i == base && fn != null ? "runtime.mcall" : callerName;
            outer.add(new CallFrame(rf.name(), "runtime", sp, rf.frameSize(), ret, retTo, true, List.of()));
            if (i == base - 1) schedSp = sp;
            callerName = rf.name();
            callerRet = rf.returnAddress();
            top = sp;
        }
        Collections.reverse(outer);
        out.addAll(outer);
        return schedSp;
    }

    private List<MemoryWord> g0Memory(LiveDetail.Machine m, long g0, long lo, long hi, long schedSp) {
        List<MemoryWord> out = new ArrayList<>();
        word(out, g0, "stack.lo", lo, true, m.id() == 0 ? "m0: 64 KiB of the main thread's stack" : "16 KiB");
        word(out, g0, "stack.hi", hi, true, "");
        word(out, g0, "stackguard0", lo + STACK_GUARD, true, "stack.lo + 928");
        word(out, g0, "stackguard1", lo + STACK_GUARD, true, "g0: the same, for systemstack prologues");
        word(out, g0, "m", AddressSpace.m(m.id()), true, "M" + m.id());
        RuntimeFunction mstart0 = CodeAddresses.runtime("runtime.mstart0");
        gobufWords(out, g0, new Gobuf(schedSp, mstart0.returnAddress(), g0, 0, 0, schedSp + mstart0.frameSize() - 16, ""));
        word(out, g0, "atomicstatus", 0, true, "_Gidle: g0 is never scheduled");
        word(out, g0, "goid", 0, true, "g0");
        word(out, g0, "lockedm", 0, true, "");
        return out;
    }

    private Listing machineListing(LiveDetail.Machine m, boolean onG0, LiveDetail.Goroutine curg) {
        TraceEvent e = moment.lastEvent();
        if (e != null && concerns(e, m.id())) {
            Listing l = listings.forEvent(e);
            if (l != null) return l;
        }
        if (!onG0 && curg != null && !curg.frames().isEmpty()) {
            LiveDetail.VmFrame f = curg.frames().get(0);
            return ProgramListings.of(f.function(), code, Math.max(0, f.pc() - 1), abi.offset("runtime.g", "stackguard0"));
        }
        if (m.sysmon()) return null;
        if (m.inNetpoll()) return RuntimeListings.marked(listings.listing("runtime.findRunnable"), "netpoll(delay)");
        if (m.blocked()) return RuntimeListings.marked(listings.listing("runtime.findRunnable"), "stopm()");
        if (onG0) return RuntimeListings.marked(listings.listing("runtime.schedule"), "findRunnable()");
        return null;
    }

    /** Whether event {@code e} was done by M {@code m}. */
    private boolean concerns(TraceEvent e, int m) {
        int by = EventMachines.of(e);
        return by == m || (by < 0 && detail.actingMachine() == m);
    }

    private String doing(LiveDetail.Machine m, boolean onG0) {
        if (m.sysmon()) return "sysmon: no P, watching the Ps from its own loop";
        if (m.idle()) return "idle: parked on the idle-M list (futex sleep)";
        if (m.inNetpoll()) return "blocked in netpoll (epoll_wait)";
        if (m.blocked()) return "blocked on its note";
        if ("GC_WORK".equals(m.resume())) return "running a GC mark worker on P" + m.p();
        if (m.curg() >= 0 && !onG0) return "running g" + m.curg() + (m.p() >= 0 ? " with P" + m.p() : " (no P: a system call)");
        String fn = moment.onG0().get(m.id());
        if (m.curg() >= 0) return "on g0 in " + fn + ", switched from g" + m.curg();
        return "on g0 in the scheduler" + (m.spinning() ? ", spinning (looking for work to steal)" : "")
                + (fn != null ? " (after " + fn + ")" : "");
    }

    // ------------------------------------------------------------------ processors

    /** P {@code id}, or null beyond allp. */
    public ProcessorInspection processor(int id) {
        LiveDetail.Processor p = detail.processor(id);
        if (p == null) return null;
        return new ProcessorInspection(id, AddressSpace.p(id), p.status(), p.m(), p.schedtick(), p.syscalltick(),
                p.runnext(), p.runq(), p.timers(), p.gFree());
    }

    /** The global run queue's head (at most 256) and its length. */
    public List<Integer> globalQueueHead() { return detail.globalQueueHead(); }

    public int globalQueueSize() { return detail.globalQueueSize(); }
}
