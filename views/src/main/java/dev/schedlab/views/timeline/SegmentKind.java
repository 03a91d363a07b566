package dev.schedlab.views.timeline;

/** What a P was doing during a timeline segment; the gaps between segments are idle time. */
public enum SegmentKind {
    /** Running a goroutine. */
    RUNNING,
    /** Held by a goroutine in a system call (until the call returns or sysmon retakes the P). */
    SYSCALL,
    /** An M on its g0 stack, in the scheduler (mcall, schedule, findRunnable): M lanes only. */
    SCHEDULER,
    /** An M spinning, looking for work to steal: M lanes only. */
    SPINNING
}
