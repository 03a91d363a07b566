package dev.schedlab.model.trace;

/** Go 1.23's P statuses (runtime/runtime2.go), with the numbers schedtrace prints. */
public enum PStatus {
    IDLE, RUNNING, SYSCALL, GCSTOP, DEAD;

    public int code() { return ordinal(); }
}
