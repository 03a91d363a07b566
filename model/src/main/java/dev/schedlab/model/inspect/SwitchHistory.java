package dev.schedlab.model.inspect;

import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.GoroutineExecuted;
import dev.schedlab.model.trace.TraceEvent.GoroutinePreempted;
import dev.schedlab.model.trace.TraceEvent.ReturnedToGoroutine;
import dev.schedlab.model.trace.TraceEvent.SwitchedToG0;
import dev.schedlab.model.trace.TraceEvent.SyscallExited;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the events of a replay told about g0 switches: which Ms are on g0 now and for what, and for
 * every goroutine the switch that last left it (its saved context). A byte per goid, so a replay
 * of a million goroutines keeps a megabyte.
 */
final class SwitchHistory {
    private final Map<Integer, String> onG0 = new HashMap<>();
    private final List<String> fns = new ArrayList<>(List.of(""));
    /** Per goid: an index into {@link #fns} (0 for none), negated when the switch was a preemption by signal. */
    private byte[] last = new byte[1024];

    void follow(TraceEvent e) {
        if (e instanceof SwitchedToG0 s) {
            onG0.put(s.m(), s.fn());
            record(s.g(), s.fn(), false);
        } else if (e instanceof GoroutineExecuted x) {
            onG0.remove(x.m());
        } else if (e instanceof ReturnedToGoroutine x) {
            onG0.remove(x.m());
        } else if (e instanceof SyscallExited x) {
            onG0.remove(x.m());
        } else if (e instanceof GoroutinePreempted p && p.async()) {
            record(p.g(), "gopreempt_m", true);
        }
    }

    private void record(int g, String fn, boolean async) {
        if (g < 0) return;
        if (g >= last.length) last = Arrays.copyOf(last, Math.max(g + 1, last.length * 2));
        int i = fns.indexOf(fn);
        if (i < 0) {
            fns.add(fn);
            i = fns.size() - 1;
        }
        last[g] = (byte) (async ? -i : i);
    }

    Map<Integer, String> onG0() { return Map.copyOf(onG0); }

    /** The fn of the switch that last left {@code goid} (SwitchedToG0's), or empty. */
    String lastSwitch(int goid) { return goid >= 0 && goid < last.length ? fns.get(Math.abs(last[goid])) : ""; }

    /** Whether that switch was a preemption by signal. */
    boolean preemptedAsync(int goid) { return goid >= 0 && goid < last.length && last[goid] < 0; }
}
