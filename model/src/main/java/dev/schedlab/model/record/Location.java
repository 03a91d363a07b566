package dev.schedlab.model.record;

/**
 * Where a live goroutine is. The companion {@code where} id in {@link GoroutineView} is the M for
 * {@link #RUNNING}, {@link #SYSCALL} and {@link #HELD}, the P for {@link #RUNNEXT} and {@link #LOCAL}, and -1 otherwise.
 * Dead goroutines are not in the state (Go never reuses a goid), so there is no DEAD location.
 */
public enum Location {
    /** Running on an M ({@code where} = m). */
    RUNNING,
    /** In a P's runnext slot ({@code where} = p). */
    RUNNEXT,
    /** In a P's local run queue ({@code where} = p). */
    LOCAL,
    /** In the global run queue. */
    GLOBAL,
    /** Runnable and in no queue: held by the M acting on it ({@code where} = m). */
    HELD,
    /** Parked; the reason says why (a sleeping goroutine waits with {@code SLEEP}). */
    WAITING,
    /** In a system call on an M that has no P ({@code where} = m; the M's curg). */
    SYSCALL;

    /** True for the places where a goroutine is RUNNABLE. */
    public boolean runnable() {
        return this != RUNNING && this != WAITING && this != SYSCALL;
    }
}
