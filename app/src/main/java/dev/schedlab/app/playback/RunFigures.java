package dev.schedlab.app.playback;

import dev.schedlab.model.trace.TraceEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds a run's events, as they are recorded, into what {@link FigureTrack} needs to give the key
 * figures at any moment: the times of switches and steals, each scheduling latency, and per M its
 * intervals in the scheduler. Not thread-safe: fed and read on the simulation's executor.
 */
final class RunFigures {
    /**
     * Latency histograms of the first k·CHECKPOINT switches, so a percentile at a moment adds up at
     * most this many; the extra last slot counts the latencies in it.
     */
    static final int CHECKPOINT = 16_384;
    /** A switch whose goroutine was not seen entering a run queue: no latency. */
    static final short NO_LATENCY = -1;

    // Per switch (execute) 10 bytes: its time and its latency's bucket.
    private final GrowingLongs switchTimes = new GrowingLongs();
    private final GrowingShorts latencyBuckets = new GrowingShorts();
    private final List<int[]> checkpoints = new ArrayList<>();
    private final int[] counts = new int[LatencyBuckets.COUNT + 1];
    private final GrowingLongs stealTimes = new GrowingLongs();
    private final GrowingLongs stolenSoFar = new GrowingLongs();
    private final List<SchedulerTime> machines = new ArrayList<>();
    /** Per goid, when it entered a run queue since it last ran; -1 when it is not waiting to run. */
    private long[] runnableSince = new long[1024];
    private long lastTime;

    RunFigures() { Arrays.fill(runnableSince, -1); }

    void accept(TraceEvent e) {
        lastTime = e.time();
        if (e instanceof TraceEvent.PutOnRunnext x) queued(x.g(), x.time());
        else if (e instanceof TraceEvent.PutOnLocalQueue x) queued(x.g(), x.time());
        else if (e instanceof TraceEvent.PutOnGlobalQueue x) queued(x.g(), x.time());
        else if (e instanceof TraceEvent.GoroutineExecuted x) executed(x);
        else if (e instanceof TraceEvent.Stolen x) {
            stealTimes.add(x.time());
            stolenSoFar.add((stolenSoFar.size() == 0 ? 0 : stolenSoFar.last()) + x.count());
        }
        followScheduler(e);
    }

    private void queued(int g, long time) {
        if (g >= runnableSince.length) {
            int old = runnableSince.length;
            runnableSince = Arrays.copyOf(runnableSince, Math.max(g + 1, old * 2));
            Arrays.fill(runnableSince, old, runnableSince.length, -1);
        }
        if (runnableSince[g] < 0) runnableSince[g] = time; // moving between queues (a steal) keeps the first time
    }

    private void executed(TraceEvent.GoroutineExecuted x) {
        if (switchTimes.size() > 0 && switchTimes.size() % CHECKPOINT == 0) checkpoints.add(counts.clone());
        switchTimes.add(x.time());
        if (x.g() >= runnableSince.length || runnableSince[x.g()] < 0) {
            latencyBuckets.add(NO_LATENCY);
            return;
        }
        int bucket = LatencyBuckets.of(x.time() - runnableSince[x.g()]);
        runnableSince[x.g()] = -1;
        latencyBuckets.add((short) bucket);
        counts[bucket]++;
        counts[LatencyBuckets.COUNT]++;
    }

    /**
     * An M's time on g0 in the scheduler (finding work, spinning), by the same events that draw
     * the scheduler and spinning segments of the timeline's M lanes.
     */
    private void followScheduler(TraceEvent e) {
        if (e instanceof TraceEvent.SwitchedToG0 x) machine(x.m()).enter(x.time());
        else if (e instanceof TraceEvent.SyscallExitedWithoutP x) machine(x.m()).enter(x.time());
        else if (e instanceof TraceEvent.MachineWoken x) machine(x.m()).enter(x.time());
        else if (e instanceof TraceEvent.NetpollReturned x) machine(x.m()).enter(x.time());
        else if (e instanceof TraceEvent.MachineSpinning x) machine(x.m()).enter(x.time());
        else if (e instanceof TraceEvent.GoroutineExecuted x) machine(x.m()).leave(x.time());
        else if (e instanceof TraceEvent.SyscallExited x) machine(x.m()).leave(x.time());
        else if (e instanceof TraceEvent.SyscallEntered x) machine(x.m()).leave(x.time());
        else if (e instanceof TraceEvent.MachineStopped x) machine(x.m()).leave(x.time());
        else if (e instanceof TraceEvent.NetpollBlocked x) machine(x.m()).leave(x.time());
        else if (e instanceof TraceEvent.MachineExited x) machine(x.m()).leave(x.time());
        else if (e instanceof TraceEvent.ProgramExited x) for (SchedulerTime m : machines) m.leave(x.time());
    }

    private SchedulerTime machine(int m) {
        while (machines.size() <= m) machines.add(new SchedulerTime());
        return machines.get(m);
    }

    /** What has been folded so far, immutable, for any thread. */
    FigureTrack track() {
        List<FigureTrack.Intervals> ms = new ArrayList<>(machines.size());
        for (SchedulerTime m : machines) ms.add(m.intervals());
        return new FigureTrack(
                new FigureTrack.Times(switchTimes.array(), switchTimes.size()), latencyBuckets.array(),
                new FigureTrack.Times(stealTimes.array(), stealTimes.size()), stolenSoFar.array(),
                List.copyOf(checkpoints), ms, lastTime);
    }

    /** One M's closed intervals in the scheduler, with running totals, and the one open now. */
    private static final class SchedulerTime {
        private final GrowingLongs starts = new GrowingLongs();
        private final GrowingLongs ends = new GrowingLongs();
        private final GrowingLongs totals = new GrowingLongs(); // through the end of each interval
        private long openSince = -1;

        void enter(long time) { if (openSince < 0) openSince = time; }

        void leave(long time) {
            if (openSince < 0) return;
            starts.add(openSince);
            ends.add(time);
            totals.add((totals.size() == 0 ? 0 : totals.last()) + time - openSince);
            openSince = -1;
        }

        FigureTrack.Intervals intervals() {
            return new FigureTrack.Intervals(starts.array(), ends.array(), totals.array(), starts.size(), openSince);
        }
    }
}
