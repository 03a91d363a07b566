package dev.schedlab.model.trace;

/** Go 1.23's goroutine statuses (runtime/runtime2.go), with the numbers schedtrace prints. */
public enum GStatus {
    IDLE(0), RUNNABLE(1), RUNNING(2), SYSCALL(3), WAITING(4), DEAD(6), COPYSTACK(8), PREEMPTED(9);

    private final int code;

    GStatus(int code) { this.code = code; }

    public int code() { return code; }
}
