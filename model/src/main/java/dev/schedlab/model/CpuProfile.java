package dev.schedlab.model;

/**
 * Where the Ms' simulated CPU time went, in nanoseconds, the way a CPU profile would
 * attribute it. Idle time (parked Ms, Ms blocked in netpoll) is not CPU time.
 *
 * @param userNs      the program's own code
 * @param runtimeNs   runtime work on the goroutine's stack (channel operations, newproc, goready, timers, semaphores)
 * @param mcallNs     work on g0 reached through runtime.mcall (park_m, gosched_m, goexit0 and the
 *                    schedule/findRunnable/execute that follow): pprof's cumulative runtime.mcall
 * @param schedulerOtherNs work on g0 reached otherwise (an M that woke up and looks for work)
 * @param syscallNs   Ms blocked in system calls
 * @param gcNs        GC mark workers and stop-the-world pauses
 */
public record CpuProfile(long userNs, long runtimeNs, long mcallNs, long schedulerOtherNs, long syscallNs, long gcNs) {
    public long totalNs() { return userNs + runtimeNs + mcallNs + schedulerOtherNs + syscallNs + gcNs; }

    /** A category's share of the total, 0..1. */
    public double share(long ns) { return totalNs() == 0 ? 0 : (double) ns / totalNs(); }
}
