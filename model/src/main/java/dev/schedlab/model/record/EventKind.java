package dev.schedlab.model.record;

import dev.schedlab.model.trace.TraceEvent;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One constant per {@link TraceEvent} record type, so code in this package can switch over event
 * types on Java 17 (pattern switches are not final there). The ordinal is the codec's type tag, so
 * constants may only be appended. Class initialisation fails if a permitted subtype of TraceEvent
 * has no constant, which makes a vocabulary change impossible to miss.
 */
enum EventKind {
    GOROUTINE_CREATED(TraceEvent.GoroutineCreated.class),
    GOROUTINE_EXECUTED(TraceEvent.GoroutineExecuted.class),
    GOROUTINE_PARKED(TraceEvent.GoroutineParked.class),
    GOROUTINE_READIED(TraceEvent.GoroutineReadied.class),
    GOROUTINE_YIELDED(TraceEvent.GoroutineYielded.class),
    GOROUTINE_EXITED(TraceEvent.GoroutineExited.class),
    PUT_ON_RUNNEXT(TraceEvent.PutOnRunnext.class),
    RUNNEXT_KICKED(TraceEvent.RunnextKicked.class),
    PUT_ON_LOCAL_QUEUE(TraceEvent.PutOnLocalQueue.class),
    PUT_ON_GLOBAL_QUEUE(TraceEvent.PutOnGlobalQueue.class),
    LOCAL_QUEUE_OVERFLOWED(TraceEvent.LocalQueueOverflowed.class),
    TAKEN_FROM_RUNNEXT(TraceEvent.TakenFromRunnext.class),
    TAKEN_FROM_LOCAL_QUEUE(TraceEvent.TakenFromLocalQueue.class),
    TAKEN_FROM_GLOBAL_QUEUE(TraceEvent.TakenFromGlobalQueue.class),
    STOLEN(TraceEvent.Stolen.class),
    STEAL_FAILED(TraceEvent.StealFailed.class),
    MACHINE_CREATED(TraceEvent.MachineCreated.class),
    PROCESSOR_ACQUIRED(TraceEvent.ProcessorAcquired.class),
    PROCESSOR_RELEASED(TraceEvent.ProcessorReleased.class),
    PROCESSOR_IDLED(TraceEvent.ProcessorIdled.class),
    PROCESSOR_UNIDLED(TraceEvent.ProcessorUnidled.class),
    MACHINE_SPINNING(TraceEvent.MachineSpinning.class),
    NEED_SPINNING_CHANGED(TraceEvent.NeedSpinningChanged.class),
    MACHINE_STOPPED(TraceEvent.MachineStopped.class),
    MACHINE_WOKEN(TraceEvent.MachineWoken.class),
    SWITCHED_TO_G0(TraceEvent.SwitchedToG0.class),
    TIMER_ADDED(TraceEvent.TimerAdded.class),
    TIMER_FIRED(TraceEvent.TimerFired.class),
    NETPOLL_BLOCKED(TraceEvent.NetpollBlocked.class),
    NETPOLL_RETURNED(TraceEvent.NetpollReturned.class),
    OUTPUT_WRITTEN(TraceEvent.OutputWritten.class),
    PROGRAM_EXITED(TraceEvent.ProgramExited.class),
    SYSCALL_ENTERED(TraceEvent.SyscallEntered.class),
    PROCESSOR_LEFT_SYSCALL(TraceEvent.ProcessorLeftSyscall.class),
    SYSCALL_EXITED(TraceEvent.SyscallExited.class),
    SYSCALL_EXITED_WITHOUT_P(TraceEvent.SyscallExitedWithoutP.class),
    PREEMPT_REQUESTED(TraceEvent.PreemptRequested.class),
    GOROUTINE_PREEMPTED(TraceEvent.GoroutinePreempted.class),
    WORLD_STOPPING(TraceEvent.WorldStopping.class),
    PROCESSOR_STOPPED(TraceEvent.ProcessorStopped.class),
    PROCESSOR_DESTROYED(TraceEvent.ProcessorDestroyed.class),
    PROCESSORS_RESIZED(TraceEvent.ProcessorsResized.class),
    WORLD_STARTED(TraceEvent.WorldStarted.class),
    HANDED_TO_LOCKED_M(TraceEvent.HandedToLockedM.class),
    MACHINE_EXITED(TraceEvent.MachineExited.class),
    STACK_GROWN(TraceEvent.StackGrown.class),
    GC_PHASE_CHANGED(TraceEvent.GcPhaseChanged.class),
    GC_WORKER_STARTED(TraceEvent.GcWorkerStarted.class),
    GC_WORKER_STOPPED(TraceEvent.GcWorkerStopped.class),
    STACK_SHRUNK(TraceEvent.StackShrunk.class),
    RETURNED_TO_GOROUTINE(TraceEvent.ReturnedToGoroutine.class),
    RAN_ON_SYSTEMSTACK(TraceEvent.RanOnSystemstack.class);

    private static final EventKind[] VALUES = values();
    private static final ClassValue<EventKind> BY_CLASS = new ClassValue<>() {
        @Override protected EventKind computeValue(Class<?> type) {
            for (EventKind k : VALUES) if (k.type == type) return k;
            throw new IllegalArgumentException("not a trace event type: " + type.getName());
        }
    };

    static {
        Set<Class<?>> permitted = Set.of(TraceEvent.class.getPermittedSubclasses());
        Set<Class<?>> covered = Arrays.stream(VALUES).map(k -> k.type).collect(Collectors.toSet());
        if (!permitted.equals(covered)) {
            throw new ExceptionInInitializerError("EventKind does not match TraceEvent's permitted subclasses: "
                + permitted + " vs " + covered);
        }
    }

    final Class<? extends TraceEvent> type;

    EventKind(Class<? extends TraceEvent> type) {
        this.type = type;
    }

    static EventKind of(TraceEvent e) {
        return BY_CLASS.get(e.getClass());
    }

    static EventKind ofTag(int tag) {
        if (tag < 0 || tag >= VALUES.length) throw new IllegalArgumentException("bad event tag " + tag);
        return VALUES[tag];
    }
}
