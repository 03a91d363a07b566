package dev.schedlab.model.record;

import dev.schedlab.model.trace.PStatus;

import java.util.List;
import java.util.Objects;

/**
 * One P as of a snapshot. Immutable.
 *
 * @param id         the P id
 * @param status     IDLE or RUNNING
 * @param m          the M that owns it, or -1
 * @param runnext    the goid in runnext, or -1
 * @param localQueue the local run queue, head first (at most 256)
 * @param schedtick  executions that did not inherit a time slice
 * @param timers     pending timers in its heap
 * @param idle       whether it is on the idle-P list
 */
public record ProcessorView(int id, PStatus status, int m, int runnext, List<Integer> localQueue,
                            long schedtick, int timers, boolean idle) {
    public ProcessorView {
        Objects.requireNonNull(status, "status");
        localQueue = IntList.copyOf(localQueue);
    }
}
