package dev.schedlab.model.record;

import dev.schedlab.model.trace.GcWorkerMode;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.*;
import dev.schedlab.model.trace.WaitReason;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compact binary encoding of {@link TraceEvent}s. Each event is a tag byte (the {@link EventKind}
 * ordinal in the low 6 bits, the event's boolean field in bit 6), the time as a zigzag varint delta
 * from the previous event, then its fields as zigzag varints ({@code -1} costs one byte; a timer's
 * {@code when} is relative to the event time). Names (function, g0 fn, exit message) are interned:
 * the first use writes {@code id<<1|1} and the UTF-8 bytes, later uses {@code id<<1}. Output text is
 * written inline, since it is rarely repeated. A typical event takes 3 to 5 bytes.
 *
 * <p>The string table belongs to the codec instance: a stream is self-describing when decoded from
 * its start by a fresh codec, and any position of it can be decoded by the instance that wrote it.
 *
 * <p>Threading: not thread-safe; one codec per recording, used by its single writer.
 */
public final class EventCodec {
    private static final int FLAG = 0x40;
    private static final int TAG_MASK = 0x3f;
    private static final WaitReason[] REASONS = WaitReason.values();

    private final StringTable strings = new StringTable();

    /** Encodes {@code events} (times non-decreasing or not) into a standalone byte stream. */
    public byte[] encode(List<? extends TraceEvent> events) {
        ByteBuf out = new ByteBuf();
        Encoder enc = encoder(0);
        for (TraceEvent e : events) enc.encode(e, out);
        return out.toByteArray();
    }

    /** Decodes a whole stream produced by {@link #encode(List)} (of this or any codec). */
    public List<TraceEvent> decode(byte[] bytes) {
        ByteReader in = ByteReader.of(bytes, bytes.length);
        Decoder dec = decoder(in, 0);
        List<TraceEvent> out = new ArrayList<>();
        while (in.position() < bytes.length) out.add(dec.next());
        return out;
    }

    Encoder encoder(long previousTime) { return new Encoder(previousTime); }

    Decoder decoder(ByteReader in, long previousTime) { return new Decoder(in, previousTime); }

    /** Rough heap used by the interned strings. */
    long approximateBytes() { return strings.approximateBytes(); }

    /** Writes events one after another; remembers the previous time for deltas. */
    final class Encoder {
        private long previousTime;

        private Encoder(long previousTime) { this.previousTime = previousTime; }

        void encode(TraceEvent e, ByteBuf out) {
            EventKind kind = EventKind.of(e);
            out.writeByte(kind.ordinal() | (flag(e) ? FLAG : 0));
            out.writeSigned(e.time() - previousTime);
            previousTime = e.time();
            switch (kind) {
                case GOROUTINE_CREATED -> { var x = (GoroutineCreated) e; ints(out, x.m(), x.g(), x.parent()); name(out, x.function()); }
                case GOROUTINE_EXECUTED -> { var x = (GoroutineExecuted) e; ints(out, x.m(), x.p(), x.g()); }
                case GOROUTINE_PARKED -> { var x = (GoroutineParked) e; ints(out, x.m(), x.g()); out.writeVarLong(x.reason().ordinal()); }
                case GOROUTINE_READIED -> { var x = (GoroutineReadied) e; ints(out, x.m(), x.g(), x.waker()); }
                case GOROUTINE_YIELDED -> { var x = (GoroutineYielded) e; ints(out, x.m(), x.g()); }
                case GOROUTINE_EXITED -> { var x = (GoroutineExited) e; ints(out, x.m(), x.g()); }
                case PUT_ON_RUNNEXT -> { var x = (PutOnRunnext) e; ints(out, x.p(), x.g()); }
                case RUNNEXT_KICKED -> { var x = (RunnextKicked) e; ints(out, x.p(), x.g()); }
                case PUT_ON_LOCAL_QUEUE -> { var x = (PutOnLocalQueue) e; ints(out, x.p(), x.g()); }
                case PUT_ON_GLOBAL_QUEUE -> ints(out, ((PutOnGlobalQueue) e).g());
                case LOCAL_QUEUE_OVERFLOWED -> { var x = (LocalQueueOverflowed) e; ints(out, x.p(), x.count()); }
                case TAKEN_FROM_RUNNEXT -> { var x = (TakenFromRunnext) e; ints(out, x.m(), x.p(), x.g()); }
                case TAKEN_FROM_LOCAL_QUEUE -> { var x = (TakenFromLocalQueue) e; ints(out, x.m(), x.p(), x.g()); }
                case TAKEN_FROM_GLOBAL_QUEUE -> { var x = (TakenFromGlobalQueue) e; ints(out, x.m(), x.p(), x.count()); }
                case STOLEN -> { var x = (Stolen) e; ints(out, x.m(), x.thief(), x.victim(), x.count()); }
                case STEAL_FAILED -> { var x = (StealFailed) e; ints(out, x.m(), x.thief(), x.victim()); }
                case MACHINE_CREATED -> ints(out, ((MachineCreated) e).m());
                case PROCESSOR_ACQUIRED -> { var x = (ProcessorAcquired) e; ints(out, x.m(), x.p()); }
                case PROCESSOR_RELEASED -> { var x = (ProcessorReleased) e; ints(out, x.m(), x.p()); }
                case PROCESSOR_IDLED -> ints(out, ((ProcessorIdled) e).p());
                case PROCESSOR_UNIDLED -> ints(out, ((ProcessorUnidled) e).p());
                case MACHINE_SPINNING -> ints(out, ((MachineSpinning) e).m());
                case NEED_SPINNING_CHANGED -> { }
                case MACHINE_STOPPED -> ints(out, ((MachineStopped) e).m());
                case MACHINE_WOKEN -> { var x = (MachineWoken) e; ints(out, x.m(), x.nextp()); }
                case SWITCHED_TO_G0 -> { var x = (SwitchedToG0) e; ints(out, x.m(), x.g()); name(out, x.fn()); }
                case TIMER_ADDED -> { var x = (TimerAdded) e; ints(out, x.p(), x.g()); out.writeSigned(x.when() - x.time()); }
                case TIMER_FIRED -> { var x = (TimerFired) e; ints(out, x.m(), x.p(), x.g()); }
                case NETPOLL_BLOCKED -> { var x = (NetpollBlocked) e; ints(out, x.m()); out.writeSigned(x.timeoutNs()); }
                case NETPOLL_RETURNED -> ints(out, ((NetpollReturned) e).m());
                case OUTPUT_WRITTEN -> {
                    var x = (OutputWritten) e;
                    ints(out, x.g(), x.fd());
                    byte[] utf8 = x.text().getBytes(StandardCharsets.UTF_8);
                    out.writeVarLong(utf8.length);
                    out.writeBytes(utf8);
                }
                case PROGRAM_EXITED -> { var x = (ProgramExited) e; ints(out, x.code()); name(out, x.message()); }
                case SYSCALL_ENTERED -> { var x = (SyscallEntered) e; ints(out, x.m(), x.g(), x.p()); name(out, x.call()); }
                case PROCESSOR_LEFT_SYSCALL -> ints(out, ((ProcessorLeftSyscall) e).p());
                case SYSCALL_EXITED -> { var x = (SyscallExited) e; ints(out, x.m(), x.g()); }
                case SYSCALL_EXITED_WITHOUT_P -> { var x = (SyscallExitedWithoutP) e; ints(out, x.m(), x.g()); }
                case PREEMPT_REQUESTED -> { var x = (PreemptRequested) e; ints(out, x.p(), x.g()); }
                case GOROUTINE_PREEMPTED -> { var x = (GoroutinePreempted) e; ints(out, x.m(), x.g()); }
                case WORLD_STOPPING -> name(out, ((WorldStopping) e).reason());
                case PROCESSOR_STOPPED -> ints(out, ((ProcessorStopped) e).p());
                case PROCESSOR_DESTROYED -> { var x = (ProcessorDestroyed) e; ints(out, x.p(), x.timersTo()); }
                case PROCESSORS_RESIZED -> ints(out, ((ProcessorsResized) e).gomaxprocs());
                case WORLD_STARTED -> { }
                case HANDED_TO_LOCKED_M -> { var x = (HandedToLockedM) e; ints(out, x.m(), x.to(), x.g()); }
                case MACHINE_EXITED -> ints(out, ((MachineExited) e).m());
                case STACK_GROWN -> { var x = (StackGrown) e; ints(out, x.m(), x.g(), x.oldSize(), x.newSize()); }
                case RETURNED_TO_GOROUTINE -> { var x = (ReturnedToGoroutine) e; ints(out, x.m(), x.g()); }
                case RAN_ON_SYSTEMSTACK -> { var x = (RanOnSystemstack) e; ints(out, x.m(), x.g()); name(out, x.fn()); }
                case GC_PHASE_CHANGED -> { var x = (GcPhaseChanged) e; ints(out, x.cycle()); name(out, x.phase()); }
                case GC_WORKER_STARTED -> { var x = (GcWorkerStarted) e; ints(out, x.m(), x.p(), x.mode().ordinal()); }
                case GC_WORKER_STOPPED -> { var x = (GcWorkerStopped) e; ints(out, x.m(), x.p()); }
                case STACK_SHRUNK -> { var x = (StackShrunk) e; ints(out, x.g(), x.oldSize(), x.newSize()); }
            }
        }

        private void ints(ByteBuf out, int... values) {
            for (int v : values) out.writeSigned(v);
        }

        private void name(ByteBuf out, String s) {
            int id = strings.idOf(s);
            if (id >= 0) {
                out.writeVarLong((long) id << 1);
                return;
            }
            id = strings.add(s);
            out.writeVarLong(((long) id << 1) | 1);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeVarLong(utf8.length);
            out.writeBytes(utf8);
        }
    }

    private static boolean flag(TraceEvent e) {
        if (e instanceof GoroutineExecuted x) return x.inheritTime();
        if (e instanceof PutOnGlobalQueue x) return x.atHead();
        if (e instanceof Stolen x) return x.fromRunnext();
        if (e instanceof MachineSpinning x) return x.spinning();
        if (e instanceof NeedSpinningChanged x) return x.needSpinning();
        if (e instanceof PreemptRequested x) return x.async();
        if (e instanceof GoroutinePreempted x) return x.async();
        return false;
    }

    /** Reads events one after another from a position whose previous event time is known. */
    final class Decoder {
        private final ByteReader in;
        private long previousTime;

        private Decoder(ByteReader in, long previousTime) {
            this.in = in;
            this.previousTime = previousTime;
        }

        long position() { return in.position(); }

        TraceEvent next() {
            int tag = in.read();
            boolean f = (tag & FLAG) != 0;
            long t = previousTime + in.readSigned();
            previousTime = t;
            return switch (EventKind.ofTag(tag & TAG_MASK)) {
                case GOROUTINE_CREATED -> new GoroutineCreated(t, i(), i(), i(), name());
                case GOROUTINE_EXECUTED -> new GoroutineExecuted(t, i(), i(), i(), f);
                case GOROUTINE_PARKED -> new GoroutineParked(t, i(), i(), reason());
                case GOROUTINE_READIED -> new GoroutineReadied(t, i(), i(), i());
                case GOROUTINE_YIELDED -> new GoroutineYielded(t, i(), i());
                case GOROUTINE_EXITED -> new GoroutineExited(t, i(), i());
                case PUT_ON_RUNNEXT -> new PutOnRunnext(t, i(), i());
                case RUNNEXT_KICKED -> new RunnextKicked(t, i(), i());
                case PUT_ON_LOCAL_QUEUE -> new PutOnLocalQueue(t, i(), i());
                case PUT_ON_GLOBAL_QUEUE -> new PutOnGlobalQueue(t, i(), f);
                case LOCAL_QUEUE_OVERFLOWED -> new LocalQueueOverflowed(t, i(), i());
                case TAKEN_FROM_RUNNEXT -> new TakenFromRunnext(t, i(), i(), i());
                case TAKEN_FROM_LOCAL_QUEUE -> new TakenFromLocalQueue(t, i(), i(), i());
                case TAKEN_FROM_GLOBAL_QUEUE -> new TakenFromGlobalQueue(t, i(), i(), i());
                case STOLEN -> new Stolen(t, i(), i(), i(), i(), f);
                case STEAL_FAILED -> new StealFailed(t, i(), i(), i());
                case MACHINE_CREATED -> new MachineCreated(t, i());
                case PROCESSOR_ACQUIRED -> new ProcessorAcquired(t, i(), i());
                case PROCESSOR_RELEASED -> new ProcessorReleased(t, i(), i());
                case PROCESSOR_IDLED -> new ProcessorIdled(t, i());
                case PROCESSOR_UNIDLED -> new ProcessorUnidled(t, i());
                case MACHINE_SPINNING -> new MachineSpinning(t, i(), f);
                case NEED_SPINNING_CHANGED -> new NeedSpinningChanged(t, f);
                case MACHINE_STOPPED -> new MachineStopped(t, i());
                case MACHINE_WOKEN -> new MachineWoken(t, i(), i());
                case SWITCHED_TO_G0 -> new SwitchedToG0(t, i(), i(), name());
                case TIMER_ADDED -> new TimerAdded(t, i(), i(), t + in.readSigned());
                case TIMER_FIRED -> new TimerFired(t, i(), i(), i());
                case NETPOLL_BLOCKED -> new NetpollBlocked(t, i(), in.readSigned());
                case NETPOLL_RETURNED -> new NetpollReturned(t, i());
                case OUTPUT_WRITTEN -> new OutputWritten(t, i(), i(), text());
                case PROGRAM_EXITED -> new ProgramExited(t, i(), name());
                case SYSCALL_ENTERED -> new SyscallEntered(t, i(), i(), i(), name());
                case PROCESSOR_LEFT_SYSCALL -> new ProcessorLeftSyscall(t, i());
                case SYSCALL_EXITED -> new SyscallExited(t, i(), i());
                case SYSCALL_EXITED_WITHOUT_P -> new SyscallExitedWithoutP(t, i(), i());
                case PREEMPT_REQUESTED -> new PreemptRequested(t, i(), i(), f);
                case GOROUTINE_PREEMPTED -> new GoroutinePreempted(t, i(), i(), f);
                case WORLD_STOPPING -> new WorldStopping(t, name());
                case PROCESSOR_STOPPED -> new ProcessorStopped(t, i());
                case PROCESSOR_DESTROYED -> new ProcessorDestroyed(t, i(), i());
                case PROCESSORS_RESIZED -> new ProcessorsResized(t, i());
                case WORLD_STARTED -> new WorldStarted(t);
                case HANDED_TO_LOCKED_M -> new HandedToLockedM(t, i(), i(), i());
                case MACHINE_EXITED -> new MachineExited(t, i());
                case STACK_GROWN -> new StackGrown(t, i(), i(), i(), i());
                case RETURNED_TO_GOROUTINE -> new ReturnedToGoroutine(t, i(), i());
                case RAN_ON_SYSTEMSTACK -> new RanOnSystemstack(t, i(), i(), name());
                case GC_PHASE_CHANGED -> new GcPhaseChanged(t, i(), name());
                case GC_WORKER_STARTED -> new GcWorkerStarted(t, i(), i(), GcWorkerMode.values()[i()]);
                case GC_WORKER_STOPPED -> new GcWorkerStopped(t, i(), i());
                case STACK_SHRUNK -> new StackShrunk(t, i(), i(), i());
            };
        }

        private int i() { return in.readInt(); }

        private WaitReason reason() {
            int ordinal = (int) in.readVarLong();
            if (ordinal >= REASONS.length) throw new IllegalStateException("bad wait reason " + ordinal);
            return REASONS[ordinal];
        }

        private String text() {
            return new String(in.readBytes(Math.toIntExact(in.readVarLong())), StandardCharsets.UTF_8);
        }

        private String name() {
            long v = in.readVarLong();
            int id = Math.toIntExact(v >>> 1);
            if ((v & 1) == 0) return strings.get(id);
            String s = text();
            if (id == strings.size()) strings.add(s);
            else if (id > strings.size()) throw new IllegalStateException("string " + id + " defined out of order");
            return s;
        }
    }
}
