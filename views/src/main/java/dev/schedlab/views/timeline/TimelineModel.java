package dev.schedlab.views.timeline;

import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.GoroutineExecuted;
import dev.schedlab.model.trace.TraceEvent.GoroutineExited;
import dev.schedlab.model.trace.TraceEvent.GoroutineParked;
import dev.schedlab.model.trace.TraceEvent.GoroutinePreempted;
import dev.schedlab.model.trace.TraceEvent.MachineCreated;
import dev.schedlab.model.trace.TraceEvent.MachineExited;
import dev.schedlab.model.trace.TraceEvent.MachineSpinning;
import dev.schedlab.model.trace.TraceEvent.MachineStopped;
import dev.schedlab.model.trace.TraceEvent.MachineWoken;
import dev.schedlab.model.trace.TraceEvent.NetpollBlocked;
import dev.schedlab.model.trace.TraceEvent.NetpollReturned;
import dev.schedlab.model.trace.TraceEvent.SwitchedToG0;
import dev.schedlab.model.trace.TraceEvent.SyscallExitedWithoutP;
import dev.schedlab.model.trace.TraceEvent.GoroutineYielded;
import dev.schedlab.model.trace.TraceEvent.ProcessorAcquired;
import dev.schedlab.model.trace.TraceEvent.ProcessorDestroyed;
import dev.schedlab.model.trace.TraceEvent.ProcessorLeftSyscall;
import dev.schedlab.model.trace.TraceEvent.ProcessorReleased;
import dev.schedlab.model.trace.TraceEvent.ProcessorsResized;
import dev.schedlab.model.trace.TraceEvent.ProgramExited;
import dev.schedlab.model.trace.TraceEvent.SyscallEntered;
import dev.schedlab.model.trace.TraceEvent.SyscallExited;
import dev.schedlab.model.trace.TraceEvent.WorldStarted;
import dev.schedlab.model.trace.TraceEvent.WorldStopping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the timeline's per-P segments from a run's events, incrementally: a segment opens when a
 * P starts running a goroutine (GoroutineExecuted, or SyscallExited on the fast path) or enters a
 * system call with it, and closes when the goroutine parks, yields, is preempted, exits, enters a
 * syscall, or the P is released, retaken or destroyed. Per M it also follows what the thread does:
 * runs a goroutine, sits in a syscall, runs the scheduler on its g0 stack (from the switch to g0 until
 * it runs a goroutine again), spins, or sleeps (no segment). {@link #data()} hands out an immutable view
 * whose open segments end at the last event's time.
 *
 * <p>Threading: feed and read it on one thread (the simulation's executor); the data it returns
 * may go to any thread.
 */
public final class TimelineModel {
    private final List<LaneBuilder> lanes = new ArrayList<>();
    private final List<LaneBuilder> machineLanes = new ArrayList<>();
    private final Map<Integer, Integer> processorOfMachine = new HashMap<>();
    private final List<long[]> stops = new ArrayList<>();
    private long stopStart = -1;
    private long time;

    public TimelineModel(int gomaxprocs) { ensureLanes(gomaxprocs); }

    public void accept(TraceEvent e) {
        time = e.time();
        followMachine(e);
        if (e instanceof GoroutineExecuted x) {
            processorOfMachine.put(x.m(), x.p());
            lane(x.p()).open(SegmentKind.RUNNING, x.g(), time);
        } else if (e instanceof ProcessorAcquired x) {
            processorOfMachine.put(x.m(), x.p());
        } else if (e instanceof ProcessorReleased x) {
            lane(x.p()).close(time);
            processorOfMachine.remove(x.m());
        } else if (e instanceof GoroutineParked x) {
            stopRunning(x.m());
        } else if (e instanceof GoroutineYielded x) {
            stopRunning(x.m());
        } else if (e instanceof GoroutinePreempted x) {
            stopRunning(x.m());
        } else if (e instanceof GoroutineExited x) {
            stopRunning(x.m());
        } else if (e instanceof SyscallEntered x) {
            if (x.p() >= 0) lane(x.p()).open(SegmentKind.SYSCALL, x.g(), time);
        } else if (e instanceof ProcessorLeftSyscall x) {
            lane(x.p()).close(time);
        } else if (e instanceof SyscallExited x) {
            Integer p = processorOfMachine.get(x.m());
            if (p != null) lane(p).open(SegmentKind.RUNNING, x.g(), time);
        } else if (e instanceof ProcessorDestroyed x) {
            lane(x.p()).close(time);
        } else if (e instanceof ProcessorsResized x) {
            ensureLanes(x.gomaxprocs());
        } else if (e instanceof WorldStopping) {
            stopStart = time;
        } else if (e instanceof WorldStarted) {
            if (stopStart >= 0) stops.add(new long[] {stopStart, time});
            stopStart = -1;
        } else if (e instanceof ProgramExited) {
            for (LaneBuilder lane : lanes) lane.close(time);
            for (LaneBuilder lane : machineLanes) lane.close(time);
        }
    }

    /** The M lanes: what each thread is doing, from the events that name it. */
    private void followMachine(TraceEvent e) {
        if (e instanceof GoroutineExecuted x) machine(x.m()).open(SegmentKind.RUNNING, x.g(), time);
        else if (e instanceof SyscallExited x) machine(x.m()).open(SegmentKind.RUNNING, x.g(), time);
        else if (e instanceof TraceEvent.ReturnedToGoroutine x) machine(x.m()).open(SegmentKind.RUNNING, x.g(), time);
        else if (e instanceof SyscallEntered x) machine(x.m()).open(SegmentKind.SYSCALL, x.g(), time);
        else if (e instanceof SwitchedToG0 x) machine(x.m()).open(SegmentKind.SCHEDULER, -1, time);
        else if (e instanceof SyscallExitedWithoutP x) machine(x.m()).open(SegmentKind.SCHEDULER, -1, time);
        else if (e instanceof MachineCreated x) machine(x.m()); // a lane, empty until it acts (sysmon never does here)
        else if (e instanceof MachineWoken x) machine(x.m()).open(SegmentKind.SCHEDULER, -1, time);
        else if (e instanceof NetpollReturned x) machine(x.m()).open(SegmentKind.SCHEDULER, -1, time);
        else if (e instanceof MachineSpinning x) {
            machine(x.m()).open(x.spinning() ? SegmentKind.SPINNING : SegmentKind.SCHEDULER, -1, time);
        } else if (e instanceof MachineStopped x) machine(x.m()).close(time);
        else if (e instanceof NetpollBlocked x) machine(x.m()).close(time);
        else if (e instanceof MachineExited x) machine(x.m()).close(time);
    }

    private LaneBuilder machine(int m) {
        while (machineLanes.size() <= m) machineLanes.add(new LaneBuilder());
        return machineLanes.get(m);
    }

    /** The segments so far; open ones (and an unfinished stop) end at the last event's time. */
    public TimelineData data() {
        List<LaneSegments> out = new ArrayList<>(lanes.size());
        for (LaneBuilder lane : lanes) out.add(lane.segments(time));
        List<LaneSegments> machines = new ArrayList<>(machineLanes.size());
        for (LaneBuilder lane : machineLanes) machines.add(lane.segments(time));
        List<long[]> allStops = new ArrayList<>(stops);
        if (stopStart >= 0) allStops.add(new long[] {stopStart, time});
        return new TimelineData(out, machines, allStops, time);
    }

    private void stopRunning(int m) {
        Integer p = processorOfMachine.get(m);
        if (p != null) lane(p).close(time);
    }

    private LaneBuilder lane(int p) {
        ensureLanes(p + 1);
        return lanes.get(p);
    }

    private void ensureLanes(int n) {
        while (lanes.size() < n) lanes.add(new LaneBuilder());
    }

    /** One lane's closed segments in append-only arrays, and its open segment. */
    private static final class LaneBuilder {
        private long[] starts = new long[16];
        private long[] ends = new long[16];
        private int[] goids = new int[16];
        private SegmentKind[] kinds = new SegmentKind[16];
        private int size;
        private SegmentKind openKind;
        private int openGoid;
        private long openStart;

        void open(SegmentKind kind, int goid, long t) {
            if (kind == openKind && goid == openGoid) return; // the same thing goes on: one segment
            close(t);
            openKind = kind;
            openGoid = goid;
            openStart = t;
        }

        void close(long t) {
            if (openKind == null) return;
            append(openStart, t, openGoid, openKind);
            openKind = null;
        }

        private void append(long start, long end, int goid, SegmentKind kind) {
            if (size == starts.length) { // new arrays: data already handed out keeps reading the old ones
                int n = size * 2;
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
                goids = Arrays.copyOf(goids, n);
                kinds = Arrays.copyOf(kinds, n);
            }
            starts[size] = start;
            ends[size] = end;
            goids[size] = goid;
            kinds[size] = kind;
            size++;
        }

        LaneSegments segments(long now) {
            return new LaneSegments(starts, ends, goids, kinds, size, openKind, openStart, now, openGoid);
        }
    }
}
