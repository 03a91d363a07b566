package dev.schedlab.app.playback;

import dev.schedlab.model.profile.StackProfile;
import dev.schedlab.model.record.LatencyHistogram;

import java.util.List;

/**
 * What the charts, the flame graph and the schedtrace console need at any playhead, as the run was
 * computed: the CPU profile and the latency histogram at the end of each computed slice (so a view
 * shows them "up to the playhead" at slice resolution), and every schedtrace report with its time.
 * Immutable; the session appends by making a new one.
 */
public record RunHistory(List<Moment> moments, List<SchedTraceReport> schedtrace) {
    public RunHistory {
        moments = List.copyOf(moments);
        schedtrace = List.copyOf(schedtrace);
    }

    public static final RunHistory EMPTY = new RunHistory(List.of(), List.of());

    /** The profile and latencies as they stood at simulated time {@code time}. */
    public record Moment(long time, StackProfile profile, LatencyHistogram latency) {}

    /** A GODEBUG=schedtrace report (one line, or a scheddetail block) printed at {@code time}. */
    public record SchedTraceReport(long time, String text) {}

    /** The last moment at or before {@code time}, or null if none is. */
    public Moment at(long time) {
        int lo = 0, hi = moments.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (moments.get(mid).time() <= time) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : moments.get(found);
    }

    public StackProfile profileAt(long time) {
        Moment m = at(time);
        return m == null ? StackProfile.EMPTY : m.profile();
    }

    public LatencyHistogram latencyAt(long time) {
        Moment m = at(time);
        return m == null ? LatencyHistogram.EMPTY : m.latency();
    }

    /** The schedtrace output printed up to {@code time}, exactly as Go writes it to stderr. */
    public String schedtraceUpTo(long time) { return schedtraceText(0, reportsUpTo(time)); }

    /** How many schedtrace reports were printed at or before {@code time}. */
    public int reportsUpTo(long time) {
        int lo = 0, hi = schedtrace.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (schedtrace.get(mid).time() <= time) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Reports {@code from} (inclusive) to {@code to} (exclusive), concatenated as printed. */
    public String schedtraceText(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, schedtrace.size()); i++) b.append(schedtrace.get(i).text());
        return b.toString();
    }
}
