package dev.schedlab.model.inspect;

import dev.schedlab.model.runtime.LiveDetail.TimerEntry;
import dev.schedlab.model.trace.PStatus;

import java.util.List;

/** Everything the inspector shows about one P at one moment: its whole run queue, runnext and timers. Immutable. */
public record ProcessorInspection(int id, long address, PStatus status, int m, long schedtick, long syscalltick,
                                  int runnext, List<Integer> runq, List<TimerEntry> timers, int gFree) {
    public ProcessorInspection {
        runq = List.copyOf(runq);
        timers = List.copyOf(timers);
    }
}
