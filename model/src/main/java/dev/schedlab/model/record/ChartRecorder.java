package dev.schedlab.model.record;

import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds a run's events into the charts' data ({@link ChartData}): run-queue lengths (global and
 * per P), goroutines by status, threads, steal tries and successes, sysmon's retakes of Ps in
 * system calls, GC phases and stop-the-world pauses, and the runnable-to-running latencies.
 *
 * <p>Series keys: {@code runq.global}, {@code runq.p<i>}, {@code g.running}, {@code g.runnable},
 * {@code g.waiting}, {@code g.syscall}, {@code threads} (levels: the peak in each bucket) and
 * {@code steal.tries}, {@code steal.hits}, {@code retakes} (counters). Buckets start at 1 µs and
 * double (pairs merged) whenever the run would need more than {@link #MAX_BUCKETS}, so memory
 * stays bounded however long the run.
 *
 * <p>Threading: single writer (the simulation's thread); {@link #data()} returns an immutable copy.
 */
public final class ChartRecorder implements EventSink {
    public static final int MAX_BUCKETS = 2048;
    static final long FIRST_BUCKET_NS = 1000;

    private static final String[] LEVELS = {"runq.global", "g.running", "g.runnable", "g.waiting", "g.syscall", "threads"};
    private static final String[] COUNTERS = {"steal.tries", "steal.hits", "retakes"};
    private static final int STEAL_TRIES = 0, STEAL_HITS = 1, RETAKES = 2;

    private final WorldState state;
    private long bucketNs = FIRST_BUCKET_NS;
    private int current; // the bucket of the last event
    private int[][] levels = new int[LEVELS.length][MAX_BUCKETS];
    private int[][] locals = new int[0][];
    private final int[][] counters = new int[COUNTERS.length][MAX_BUCKETS];
    private final List<ChartData.Span> spans = new ArrayList<>();
    private int openGc = -1;
    private int openStw = -1;
    private final LatencyHistogram.Builder latency = new LatencyHistogram.Builder();
    /** Per P: the M that entered a system call with it, while a ProcessorLeftSyscall is pending, else -1. */
    private int[] leftSyscallBy = new int[0];
    private int[] syscallM = new int[0];

    public ChartRecorder(int gomaxprocs) {
        state = new WorldState(gomaxprocs);
        ensurePs(gomaxprocs);
        sampleInto(0);
    }

    @Override
    public void accept(TraceEvent e) {
        int b = bucketFor(e.time());
        for (int i = current + 1; i <= b; i++) carryLevels(i);
        current = b;
        if (e instanceof GoroutineExecuted x) {
            GoroutineView v = state.goroutine(x.g());
            if (v != null && v.status() == GStatus.RUNNABLE) latency.add(x.time() - v.since());
        }
        count(e, b);
        state.apply(e);
        ensurePs(state.gomaxprocs());
        sampleInto(b);
    }

    private void count(TraceEvent e, int b) {
        if (e instanceof Stolen) {
            counters[STEAL_TRIES][b]++;
            counters[STEAL_HITS][b]++;
        } else if (e instanceof StealFailed) {
            counters[STEAL_TRIES][b]++;
        } else if (e instanceof SyscallEntered s) {
            ensurePs(s.p() + 1);
            syscallM[s.p()] = s.m();
        } else if (e instanceof ProcessorLeftSyscall l) {
            // exitsyscall's fast path emits this too; it is a retake if another M or nobody takes the P next.
            ensurePs(l.p() + 1);
            leftSyscallBy[l.p()] = syscallM[l.p()];
        } else if (e instanceof ProcessorAcquired a) {
            retakeCheck(a.p(), a.m());
        } else if (e instanceof ProcessorIdled i) {
            retakeCheck(i.p(), -2);
        } else if (e instanceof GcPhaseChanged g) {
            if (openGc >= 0) close(openGc, g.time());
            openGc = g.phase().equals("off") ? -1 : open(g.time(), "gc " + g.phase());
        } else if (e instanceof WorldStopping w) {
            openStw = open(w.time(), "stw " + w.reason());
        } else if (e instanceof WorldStarted w && openStw >= 0) {
            close(openStw, w.time());
            openStw = -1;
        }
    }

    private void retakeCheck(int p, int takenBy) {
        if (p < 0 || p >= leftSyscallBy.length || leftSyscallBy[p] < 0) return;
        if (takenBy != leftSyscallBy[p]) counters[RETAKES][current]++;
        leftSyscallBy[p] = -1;
    }

    private int open(long t, String label) {
        spans.add(new ChartData.Span(t, -1, label));
        return spans.size() - 1;
    }

    private void close(int i, long t) {
        ChartData.Span s = spans.get(i);
        spans.set(i, new ChartData.Span(s.start(), t, s.label()));
    }

    /** The runnable-to-running latencies so far (an immutable copy). */
    public LatencyHistogram latency() { return latency.build(); }

    /** An immutable copy of everything so far. */
    public ChartData data() {
        int n = current + 1;
        List<ChartSeries> out = new ArrayList<>();
        for (int i = 0; i < LEVELS.length; i++) out.add(new ChartSeries(LEVELS[i], false, Arrays.copyOf(levels[i], n)));
        for (int p = 0; p < locals.length; p++) out.add(new ChartSeries("runq.p" + p, false, Arrays.copyOf(locals[p], n)));
        for (int i = 0; i < COUNTERS.length; i++) out.add(new ChartSeries(COUNTERS[i], true, Arrays.copyOf(counters[i], n)));
        return new ChartData(bucketNs, state.time(), out, spans, latency.build());
    }

    // ---- buckets

    private int bucketFor(long time) {
        while (time / bucketNs >= MAX_BUCKETS) halve();
        return (int) (time / bucketNs);
    }

    /** Doubles the bucket width: pairs merge (peak of levels, sum of counters). */
    private void halve() {
        for (int[] s : levels) mergeMax(s);
        for (int[] s : locals) mergeMax(s);
        for (int[] s : counters) {
            for (int i = 0; i < MAX_BUCKETS / 2; i++) s[i] = s[2 * i] + s[2 * i + 1];
            Arrays.fill(s, MAX_BUCKETS / 2, MAX_BUCKETS, 0);
        }
        bucketNs *= 2;
        current /= 2;
    }

    private static void mergeMax(int[] s) {
        for (int i = 0; i < MAX_BUCKETS / 2; i++) s[i] = Math.max(s[2 * i], s[2 * i + 1]);
        Arrays.fill(s, MAX_BUCKETS / 2, MAX_BUCKETS, 0);
    }

    /** A bucket no event has reached yet starts at the levels the last one left. */
    private void carryLevels(int b) { sampleInto(b, true); }

    private void sampleInto(int b) { sampleInto(b, false); }

    private void sampleInto(int b, boolean replace) {
        set(levels[0], b, state.globalQueueLength(), replace);
        set(levels[1], b, state.goroutinesWith(GStatus.RUNNING), replace);
        set(levels[2], b, state.goroutinesWith(GStatus.RUNNABLE), replace);
        set(levels[3], b, state.goroutinesWith(GStatus.WAITING), replace);
        set(levels[4], b, state.goroutinesWith(GStatus.SYSCALL), replace);
        set(levels[5], b, state.machineCount(), replace);
        int ps = state.gomaxprocs();
        for (int p = 0; p < locals.length; p++) set(locals[p], b, p < ps ? state.localQueueLength(p) : 0, replace);
    }

    private static void set(int[] s, int b, int v, boolean replace) { s[b] = replace ? v : Math.max(s[b], v); }

    private void ensurePs(int n) {
        if (locals.length >= n) return;
        int old = locals.length;
        locals = Arrays.copyOf(locals, n);
        for (int p = old; p < n; p++) locals[p] = new int[MAX_BUCKETS];
        leftSyscallBy = Arrays.copyOf(leftSyscallBy, n);
        syscallM = Arrays.copyOf(syscallM, n);
        Arrays.fill(leftSyscallBy, old, n, -1);
        Arrays.fill(syscallM, old, n, -1);
    }
}
