package dev.schedlab.model.trace;

/**
 * One change of scheduler state, in the order the simulation made it. Folding the
 * events of a run from the start rebuilds the whole visible state (see
 * {@code dev.schedlab.model.record}), so the vocabulary is complete: every place a
 * goroutine can be, every P and M binding, spinning, timers, output.
 *
 * <p>Ids: goroutines by goid; Ps and Ms by id. {@code -1} means none.
 * A goroutine that is runnable but in no queue is <em>held</em> by the M acting on it
 * (created, just readied, just taken from a queue, just yielded): the next event puts it
 * somewhere.
 */
public sealed interface TraceEvent {
    /** Simulated time in nanoseconds since the program started. */
    long time();

    // ---- goroutine lifecycle

    /** newproc1: a new goroutine, runnable, held by {@code m}. {@code parent} is -1 for runtime-created ones. */
    record GoroutineCreated(long time, int m, int g, int parent, String function) implements TraceEvent {}

    /** execute: {@code g} runs on {@code m} and {@code p}; schedtick advances unless the slice is inherited. */
    record GoroutineExecuted(long time, int m, int p, int g, boolean inheritTime) implements TraceEvent {}

    /** park_m: running -> waiting for {@code reason}. */
    record GoroutineParked(long time, int m, int g, WaitReason reason) implements TraceEvent {}

    /** ready: waiting -> runnable, held by {@code m} (the waker's M). */
    record GoroutineReadied(long time, int m, int g, int waker) implements TraceEvent {}

    /** goschedImpl (Gosched, preemption): running -> runnable, held by {@code m}. */
    record GoroutineYielded(long time, int m, int g) implements TraceEvent {}

    /** goexit0: running -> dead, on the P's free list. */
    record GoroutineExited(long time, int m, int g) implements TraceEvent {}

    // ---- run queues

    /** runqput(next=true): the held goroutine goes to {@code p.runnext}. */
    record PutOnRunnext(long time, int p, int g) implements TraceEvent {}

    /** runqput(next=true) found {@code g} in runnext and kicked it to the tail of the local queue. */
    record RunnextKicked(long time, int p, int g) implements TraceEvent {}

    /** runqput(next=false): the held goroutine goes to the tail of the local queue. */
    record PutOnLocalQueue(long time, int p, int g) implements TraceEvent {}

    /** globrunqput / globrunqputhead: the held goroutine goes to the global queue. */
    record PutOnGlobalQueue(long time, int g, boolean atHead) implements TraceEvent {}

    /** runqputslow: the first {@code count} goroutines of p's local queue move to the global tail. */
    record LocalQueueOverflowed(long time, int p, int count) implements TraceEvent {}

    /** runqget from runnext: {@code g} is now held by {@code m}. */
    record TakenFromRunnext(long time, int m, int p, int g) implements TraceEvent {}

    /** runqget from the head of the ring: {@code g} is now held by {@code m}. */
    record TakenFromLocalQueue(long time, int m, int p, int g) implements TraceEvent {}

    /**
     * globrunqget: {@code count} goroutines leave the global head; the first is held by
     * {@code m}, the other {@code count-1} go to the tail of p's local queue.
     */
    record TakenFromGlobalQueue(long time, int m, int p, int count) implements TraceEvent {}

    /**
     * runqsteal: {@code count} goroutines move from the victim's head (or its runnext, when
     * {@code fromRunnext}) to the thief's tail; the last one is held by {@code m}.
     */
    record Stolen(long time, int m, int thief, int victim, int count, boolean fromRunnext) implements TraceEvent {}

    /** A steal attempt found nothing to take from {@code victim}. */
    record StealFailed(long time, int m, int thief, int victim) implements TraceEvent {}

    // ---- machines and processors

    /** newm: a new M (thread). */
    record MachineCreated(long time, int m) implements TraceEvent {}

    /** acquirep/wirep: {@code m} owns {@code p}, which is now running. */
    record ProcessorAcquired(long time, int m, int p) implements TraceEvent {}

    /** releasep: {@code m} gives up {@code p}, which is now idle (but not yet on the idle list). */
    record ProcessorReleased(long time, int m, int p) implements TraceEvent {}

    /** pidleput: {@code p} pushed on the idle-P stack. */
    record ProcessorIdled(long time, int p) implements TraceEvent {}

    /** pidleget: {@code p} popped from the idle-P stack. */
    record ProcessorUnidled(long time, int p) implements TraceEvent {}

    /** m.spinning changed (nmspinning follows). */
    record MachineSpinning(long time, int m, boolean spinning) implements TraceEvent {}

    /** sched.needspinning changed. */
    record NeedSpinningChanged(long time, boolean needSpinning) implements TraceEvent {}

    /** stopm: {@code m} pushed on the idle-M stack and parked. */
    record MachineStopped(long time, int m) implements TraceEvent {}

    /** startm: {@code m} popped from the idle-M stack and woken (it will acquire {@code nextp}). */
    record MachineWoken(long time, int m, int nextp) implements TraceEvent {}

    /**
     * startlockedm: {@code m} picked {@code g}, which is locked to {@code to} (LockOSThread):
     * it hands {@code g} (and, by a ProcessorReleased just before, its P) to that M.
     */
    record HandedToLockedM(long time, int m, int to, int g) implements TraceEvent {}

    /** newstack -> copystack: {@code g}'s stack doubled (or more) to fit a call; it then goes on running. */
    record StackGrown(long time, int m, int g, int oldSize, int newSize) implements TraceEvent {}

    /** scanstack -> shrinkstack: the GC halved {@code g}'s stack, of which it used less than a quarter. */
    record StackShrunk(long time, int g, int oldSize, int newSize) implements TraceEvent {}

    /** mexit: {@code m}'s thread exits (its locked goroutine exited without unlocking). */
    record MachineExited(long time, int m) implements TraceEvent {}

    /**
     * mcall: {@code m} switched from user goroutine {@code g} to its g0 to run {@code fn} (park_m, gosched_m,
     * goexit0 ...); or morestack, with {@code fn} "newstack": a prologue's check failed and newstack runs on g0.
     */
    record SwitchedToG0(long time, int m, int g, String fn) implements TraceEvent {}

    /**
     * systemstack(fn): user goroutine {@code g}'s M switches to its g0 stack to run {@code fn}
     * (runtime.newproc.func1, runtime.goready.func1) and straight back to {@code g}, which never
     * stops running. One event for the round trip; what fn does (GoroutineCreated, GoroutineReadied)
     * follows at the same time.
     */
    record RanOnSystemstack(long time, int m, int g, String fn) implements TraceEvent {}

    /**
     * gogo(&g.sched) straight back to {@code g} after newstack: its stack grew (or a preemption request
     * could not be honoured), and {@code m} leaves g0 to retry the call on g's stack. (After a park or a
     * yield, the way back to a goroutine is {@link GoroutineExecuted}: execute ends in gogo.)
     */
    record ReturnedToGoroutine(long time, int m, int g) implements TraceEvent {}

    // ---- system calls and preemption

    /** entersyscall: {@code g} on {@code m} enters a system call; {@code p} goes to _Psyscall with no M. */
    record SyscallEntered(long time, int m, int g, int p, String call) implements TraceEvent {}

    /** CAS _Psyscall -> _Pidle: by sysmon's retake, STW, or the returning M's own fast path. */
    record ProcessorLeftSyscall(long time, int p) implements TraceEvent {}

    /** exitsyscall with a P (its old one, or an idle one): {@code g} runs on again on {@code m}. */
    record SyscallExited(long time, int m, int g) implements TraceEvent {}

    /** exitsyscall0: no P to be had; {@code g} is runnable and held by {@code m}, which has no goroutine. */
    record SyscallExitedWithoutP(long time, int m, int g) implements TraceEvent {}

    /** preemptone: sysmon asks {@code g}, running on {@code p}, to stop (cooperatively, and by signal when {@code async}). */
    record PreemptRequested(long time, int p, int g, boolean async) implements TraceEvent {}

    /** gopreempt_m: the running goroutine was preempted (running -> runnable, held by {@code m}). */
    record GoroutinePreempted(long time, int m, int g, boolean async) implements TraceEvent {}

    // ---- stop-the-world and procresize

    /** stopTheWorldWithSema begins: sched.gcwaiting is set, every running goroutine is asked to stop. */
    record WorldStopping(long time, String reason) implements TraceEvent {}

    /** {@code p} reached _Pgcstop (from idle, from a syscall, or released by gcstopm/handoffp); it keeps its queue. */
    record ProcessorStopped(long time, int p) implements TraceEvent {}

    /**
     * p.destroy: {@code p} is removed by procresize; its runnext and local queue move, in order,
     * to the head of the global queue, and its timers to P {@code timersTo}.
     */
    record ProcessorDestroyed(long time, int p, int timersTo) implements TraceEvent {}

    /** procresize: there are now {@code gomaxprocs} Ps (new ones created); every P is _Pidle until started. */
    record ProcessorsResized(long time, int gomaxprocs) implements TraceEvent {}

    /** startTheWorldWithSema: sched.gcwaiting is cleared. */
    record WorldStarted(long time) implements TraceEvent {}

    // ---- garbage collection

    /** The GC entered {@code phase} ("mark", "mark termination", "off") in cycle {@code cycle}. */
    record GcPhaseChanged(long time, int cycle, String phase) implements TraceEvent {}

    /** {@code m}, holding {@code p}, runs a mark worker instead of a goroutine. */
    record GcWorkerStarted(long time, int m, int p, GcWorkerMode mode) implements TraceEvent {}

    /** The mark worker on {@code m} stopped; the M goes back to the scheduler. */
    record GcWorkerStopped(long time, int m, int p) implements TraceEvent {}

    // ---- timers and the netpoller

    /**
     * A timer was added to p's heap, to fire at {@code when}: a sleep timer for {@code g}, a
     * timer channel {@code g} blocks on, a ticker re-armed after waking {@code g} (-1 for none),
     * or an AfterFunc timer armed by {@code g}.
     */
    record TimerAdded(long time, int p, int g, long when) implements TraceEvent {}

    /**
     * A timer left p's heap because it reached its time, run by {@code m}: it readied {@code g}
     * (-1 for none: an AfterFunc timer, a channel nobody waited for, or a stopped timer's zombie entry).
     */
    record TimerFired(long time, int m, int p, int g) implements TraceEvent {}

    /** {@code m} blocked in netpoll with the given timeout (-1 forever). */
    record NetpollBlocked(long time, int m, long timeoutNs) implements TraceEvent {}

    /** {@code m} returned from a blocking netpoll. */
    record NetpollReturned(long time, int m) implements TraceEvent {}

    // ---- the program

    /** The program wrote {@code text} to fd 1 or 2. */
    record OutputWritten(long time, int g, int fd, String text) implements TraceEvent {}

    /** The process ended with {@code code}; {@code message} is the runtime's last words, or empty. */
    record ProgramExited(long time, int code, String message) implements TraceEvent {}
}
