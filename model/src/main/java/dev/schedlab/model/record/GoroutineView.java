package dev.schedlab.model.record;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.WaitReason;

import java.util.Objects;

/**
 * One live goroutine as of a snapshot. Immutable; the fold replaces it on each change, so
 * consecutive snapshots share the views of goroutines that did not change.
 *
 * @param goid     the goroutine id
 * @param status   RUNNABLE, RUNNING or WAITING
 * @param reason   the wait reason while WAITING, {@link WaitReason#ZERO} otherwise
 * @param location where it is; see {@link Location}
 * @param where    the M or P of the location, or -1
 * @param function the function it was started with
 * @param since    simulated time (ns) of its last status change
 * @param parent   the goid of its creator, -1 for runtime-created goroutines
 */
public record GoroutineView(int goid, GStatus status, WaitReason reason, Location location, int where,
                            String function, long since, int parent) {
    public GoroutineView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(function, "function");
    }

    /** The same goroutine moved to another place, status unchanged. */
    GoroutineView movedTo(Location newLocation, int newWhere) {
        return new GoroutineView(goid, status, reason, newLocation, newWhere, function, since, parent);
    }

    /** The same goroutine with a new status at {@code time}. */
    GoroutineView changed(GStatus newStatus, WaitReason newReason, Location newLocation, int newWhere, long time) {
        return new GoroutineView(goid, newStatus, newReason, newLocation, newWhere, function, time, parent);
    }
}
