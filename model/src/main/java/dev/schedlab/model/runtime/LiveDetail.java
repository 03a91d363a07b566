package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.model.vm.Function;

import java.util.List;

/**
 * What the runtime holds at one moment, copied out for the inspector: the raw fields of one
 * goroutine (with its VM frames) and of every M and P. No addresses and no layouts: those are
 * the inspector's ({@code dev.schedlab.model.inspect}). Immutable.
 *
 * @param time             simulated time (ns)
 * @param actingMachine    the M doing what happens now, or -1 between Ms' runs
 * @param goroutines       the goroutine asked for (when it exists) and the one each M runs
 * @param machines         every M whose thread is alive, by id
 * @param processors       every P in allp, by id
 * @param globalQueueHead  the first goroutines of the global run queue (at most {@link #QUEUE_SHOWN})
 * @param globalQueueSize  its length
 */
public record LiveDetail(long time, int actingMachine, List<Goroutine> goroutines, List<Machine> machines, List<Processor> processors,
                         List<Integer> globalQueueHead, int globalQueueSize) {
    /** How much of the global queue is copied out: enough to show, bounded for a million goroutines. */
    public static final int QUEUE_SHOWN = 256;

    public LiveDetail {
        goroutines = List.copyOf(goroutines);
        machines = List.copyOf(machines);
        processors = List.copyOf(processors);
        globalQueueHead = List.copyOf(globalQueueHead);
    }

    /** Goroutine {@code goid}, or null when it was not copied out (it does not exist, or was not asked for). */
    public Goroutine goroutine(int goid) {
        for (Goroutine g : goroutines) if (g.goid() == goid) return g;
        return null;
    }

    /** M {@code id}, or null when it has no live thread. */
    public Machine machine(int id) {
        for (Machine m : machines) if (m.id() == id) return m;
        return null;
    }

    /** P {@code id}, or null beyond allp. */
    public Processor processor(int id) {
        for (Processor p : processors) if (p.id() == id) return p;
        return null;
    }

    /** Where a goroutine is, as the scheduler keeps it. */
    public enum Place { RUNNING, SYSCALL, RUNNEXT, LOCAL_QUEUE, GLOBAL_QUEUE, WAITING, HELD, DEAD }

    /**
     * One goroutine.
     *
     * @param place      where it is
     * @param placeId    the M (running, syscall, held) or P (runnext, local queue) of the place, else -1
     * @param position   its index in a run queue, head = 0, else -1
     * @param stackSize  stack.hi - stack.lo
     * @param stackUsed  bytes of frames under stack.hi, as the prologue checks count them
     * @param frames     the program's frames, innermost first
     */
    public record Goroutine(int goid, GStatus status, WaitReason waitReason, long waitSince, Place place, int placeId,
                            int position, int stackSize, int stackUsed, boolean preempt, boolean stackguardPreempt,
                            int m, int lockedm, boolean system, String startFunction, List<VmFrame> frames) {
        public Goroutine { frames = List.copyOf(frames); }
    }

    /**
     * One activation of a program function.
     *
     * @param pc       the index of the instruction after the current one (the VM's pc)
     * @param deferred a deferred call (it takes no stack of its own in the model)
     * @param locals   its local variables (parameters first), formatted
     */
    public record VmFrame(Function function, int pc, int line, boolean deferred, List<Local> locals) {
        public VmFrame { locals = List.copyOf(locals); }
    }

    /** A local variable and its value, formatted as the inspector shows it. */
    public record Local(String name, String value) {}

    /**
     * One M.
     *
     * @param resume    what it does when it next runs (M.Resume's name: RUN_G, SCHEDULE, GC_WORK, NONE ...)
     * @param viaMcall  its current stint on g0 began with an mcall from a goroutine
     */
    public record Machine(int id, int p, int curg, boolean spinning, boolean blocked, boolean idle, boolean inNetpoll,
                          boolean sysmon, int lockedg, String resume, boolean viaMcall, int oldp, boolean signalPending) {}

    /** One P, with its whole local queue (head first) and its timers (earliest first). */
    public record Processor(int id, PStatus status, int m, long schedtick, long syscalltick, int runnext,
                            List<Integer> runq, List<TimerEntry> timers, int gFree, boolean preempt) {
        public Processor {
            runq = List.copyOf(runq);
            timers = List.copyOf(timers);
        }
    }

    /** A timer heap entry: when it fires, and for whom (a sleeping goroutine, or -1 for a timer object). */
    public record TimerEntry(long when, int g, String kind) {}
}
