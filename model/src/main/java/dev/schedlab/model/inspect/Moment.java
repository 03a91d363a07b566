package dev.schedlab.model.inspect;

import dev.schedlab.model.runtime.LiveDetail;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.vm.Program;

import java.util.Map;

/**
 * The live state after a number of events of a replayed run, with what the events told about the
 * g0 switches in progress. Immutable.
 *
 * @param events        how many events had happened (the state is the one just after the last)
 * @param lastEvent     that last event, or null at the start
 * @param detail        the runtime's state then, with the goroutine asked for
 * @param onG0          for each M that switched to g0 and has not returned to a goroutine since, the
 *                      function it switched for (SwitchedToG0's fn: park_m, gosched_m, newstack ...)
 * @param goroutineLast for the goroutine asked for: the last g0 switch that left it (its saved context)
 * @param preemptAsync  whether its last preemption was by signal
 */
public record Moment(Program program, long events, TraceEvent lastEvent, LiveDetail detail, Map<Integer, String> onG0,
                     String goroutineLast, boolean preemptAsync) {
    public Moment { onG0 = Map.copyOf(onG0); }

    /** Whether M {@code m} is running on its g0 stack now. */
    public boolean isOnG0(LiveDetail.Machine m) { return m.curg() < 0 || onG0.containsKey(m.id()); }
}
