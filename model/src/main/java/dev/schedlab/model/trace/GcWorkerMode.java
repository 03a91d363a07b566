package dev.schedlab.model.trace;

/** runtime/mgc.go: gcMarkWorkerMode, why a P runs a mark worker instead of a goroutine. */
public enum GcWorkerMode {
    /** One of the pacer's dedicated workers: marks until there is no mark work left. */
    DEDICATED,
    /** Runs for a fraction of the P's time (the pacer's remainder after the dedicated ones). */
    FRACTIONAL,
    /** The P had nothing else to run: marks until a goroutine becomes runnable. */
    IDLE
}
