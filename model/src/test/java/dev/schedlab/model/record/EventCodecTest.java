package dev.schedlab.model.record;

import dev.schedlab.model.trace.GcWorkerMode;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.*;
import dev.schedlab.model.trace.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class EventCodecTest {
    private static final String[] TEXTS = {"", "main.main", "main.worker", "héllo ✓ 世界\n", "x".repeat(300)};

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** An event of the given type with arbitrary field values (not necessarily legal for a fold). */
    static TraceEvent randomEvent(EventKind kind, long t, SplittableRandom r) {
        return switch (kind) {
            case GOROUTINE_CREATED -> new GoroutineCreated(t, id(r), id(r), id(r), text(r));
            case GOROUTINE_EXECUTED -> new GoroutineExecuted(t, id(r), id(r), id(r), r.nextBoolean());
            case GOROUTINE_PARKED -> new GoroutineParked(t, id(r), id(r), WaitReason.values()[r.nextInt(WaitReason.values().length)]);
            case GOROUTINE_READIED -> new GoroutineReadied(t, id(r), id(r), id(r));
            case GOROUTINE_YIELDED -> new GoroutineYielded(t, id(r), id(r));
            case GOROUTINE_EXITED -> new GoroutineExited(t, id(r), id(r));
            case PUT_ON_RUNNEXT -> new PutOnRunnext(t, id(r), id(r));
            case RUNNEXT_KICKED -> new RunnextKicked(t, id(r), id(r));
            case PUT_ON_LOCAL_QUEUE -> new PutOnLocalQueue(t, id(r), id(r));
            case PUT_ON_GLOBAL_QUEUE -> new PutOnGlobalQueue(t, id(r), r.nextBoolean());
            case LOCAL_QUEUE_OVERFLOWED -> new LocalQueueOverflowed(t, id(r), id(r));
            case TAKEN_FROM_RUNNEXT -> new TakenFromRunnext(t, id(r), id(r), id(r));
            case TAKEN_FROM_LOCAL_QUEUE -> new TakenFromLocalQueue(t, id(r), id(r), id(r));
            case TAKEN_FROM_GLOBAL_QUEUE -> new TakenFromGlobalQueue(t, id(r), id(r), id(r));
            case STOLEN -> new Stolen(t, id(r), id(r), id(r), id(r), r.nextBoolean());
            case STEAL_FAILED -> new StealFailed(t, id(r), id(r), id(r));
            case MACHINE_CREATED -> new MachineCreated(t, id(r));
            case PROCESSOR_ACQUIRED -> new ProcessorAcquired(t, id(r), id(r));
            case PROCESSOR_RELEASED -> new ProcessorReleased(t, id(r), id(r));
            case PROCESSOR_IDLED -> new ProcessorIdled(t, id(r));
            case PROCESSOR_UNIDLED -> new ProcessorUnidled(t, id(r));
            case MACHINE_SPINNING -> new MachineSpinning(t, id(r), r.nextBoolean());
            case NEED_SPINNING_CHANGED -> new NeedSpinningChanged(t, r.nextBoolean());
            case MACHINE_STOPPED -> new MachineStopped(t, id(r));
            case MACHINE_WOKEN -> new MachineWoken(t, id(r), id(r));
            case SWITCHED_TO_G0 -> new SwitchedToG0(t, id(r), id(r), text(r));
            case TIMER_ADDED -> new TimerAdded(t, id(r), id(r), r.nextBoolean() ? t + r.nextLong(1_000_000) : r.nextLong());
            case TIMER_FIRED -> new TimerFired(t, id(r), id(r), id(r));
            case NETPOLL_BLOCKED -> new NetpollBlocked(t, id(r), r.nextBoolean() ? -1 : r.nextLong());
            case NETPOLL_RETURNED -> new NetpollReturned(t, id(r));
            case OUTPUT_WRITTEN -> new OutputWritten(t, id(r), r.nextInt(3), text(r));
            case PROGRAM_EXITED -> new ProgramExited(t, r.nextInt() , text(r));
            case SYSCALL_ENTERED -> new SyscallEntered(t, id(r), id(r), id(r), text(r));
            case PROCESSOR_LEFT_SYSCALL -> new ProcessorLeftSyscall(t, id(r));
            case SYSCALL_EXITED -> new SyscallExited(t, id(r), id(r));
            case SYSCALL_EXITED_WITHOUT_P -> new SyscallExitedWithoutP(t, id(r), id(r));
            case PREEMPT_REQUESTED -> new PreemptRequested(t, id(r), id(r), r.nextBoolean());
            case GOROUTINE_PREEMPTED -> new GoroutinePreempted(t, id(r), id(r), r.nextBoolean());
            case WORLD_STOPPING -> new WorldStopping(t, text(r));
            case PROCESSOR_STOPPED -> new ProcessorStopped(t, id(r));
            case PROCESSOR_DESTROYED -> new ProcessorDestroyed(t, id(r), id(r));
            case PROCESSORS_RESIZED -> new ProcessorsResized(t, id(r));
            case WORLD_STARTED -> new WorldStarted(t);
            case HANDED_TO_LOCKED_M -> new HandedToLockedM(t, id(r), id(r), id(r));
            case MACHINE_EXITED -> new MachineExited(t, id(r));
            case STACK_GROWN -> new StackGrown(t, id(r), id(r), id(r), id(r));
            case STACK_SHRUNK -> new StackShrunk(t, id(r), id(r), id(r));
            case GC_PHASE_CHANGED -> new GcPhaseChanged(t, id(r), text(r));
            case GC_WORKER_STARTED -> new GcWorkerStarted(t, id(r), id(r), GcWorkerMode.values()[r.nextInt(GcWorkerMode.values().length)]);
            case GC_WORKER_STOPPED -> new GcWorkerStopped(t, id(r), id(r));
            case RETURNED_TO_GOROUTINE -> new ReturnedToGoroutine(t, id(r), id(r));
            case RAN_ON_SYSTEMSTACK -> new RanOnSystemstack(t, id(r), id(r), text(r));
        };
    }

    private static int id(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> -1;
            case 1 -> r.nextInt(8);
            case 2 -> r.nextInt(1_000_000);
            default -> r.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        };
    }

    private static String text(SplittableRandom r) {
        return r.nextInt(4) == 0 ? "s" + r.nextInt(1000) : TEXTS[r.nextInt(TEXTS.length)];
    }

    static List<TraceEvent> randomEvents(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        EventKind[] kinds = EventKind.values();
        List<TraceEvent> out = new ArrayList<>();
        long t = r.nextInt(3) == 0 ? Long.MAX_VALUE / 2 : 0;
        int n = 1 + r.nextInt(500);
        for (int i = 0; i < n; i++) {
            t += switch (r.nextInt(3)) { case 0 -> 0; case 1 -> r.nextInt(100); default -> r.nextLong(1L << 40); };
            out.add(randomEvent(kinds[r.nextInt(kinds.length)], t, r));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomEventListsRoundTrip(long seed) {
        List<TraceEvent> events = randomEvents(seed);
        byte[] bytes = new EventCodec().encode(events);
        assertThat(new EventCodec().decode(bytes)).isEqualTo(events);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void syntheticRunsRoundTripCompactly(long seed) {
        List<TraceEvent> events = SyntheticRun.events(seed, 1 + (int) (seed % 8), 200, 20_000);
        EventCodec codec = new EventCodec();
        byte[] bytes = codec.encode(events);
        assertThat(codec.decode(bytes)).as("same codec").isEqualTo(events);
        assertThat(new EventCodec().decode(bytes)).as("fresh codec").isEqualTo(events);
        assertThat((double) bytes.length / events.size()).as("bytes per event").isLessThan(6.0);
    }

    @Test
    void everyEventTypeIsCoveredAndRoundTrips() {
        Set<Class<?>> permitted = Set.of(TraceEvent.class.getPermittedSubclasses());
        SplittableRandom r = new SplittableRandom(99);
        List<TraceEvent> one = new ArrayList<>();
        for (EventKind k : EventKind.values()) one.add(randomEvent(k, 10L * k.ordinal(), r));
        assertThat(one.stream().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(permitted);
        assertThat(new EventCodec().decode(new EventCodec().encode(one))).isEqualTo(one);
    }

    @Test
    void repeatedNamesAreWrittenOnce() {
        List<TraceEvent> events = new ArrayList<>();
        String name = "main.aVeryLongFunctionNameThatWouldDominateTheLog";
        for (int i = 0; i < 100; i++) events.add(new GoroutineCreated(i, 0, i, 0, name));
        byte[] bytes = new EventCodec().encode(events);
        assertThat(bytes.length).isLessThan(100 * 8 + name.length());
    }
}
