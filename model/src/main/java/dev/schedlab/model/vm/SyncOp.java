package dev.schedlab.model.vm;

/**
 * Operations on {@link SyncKind} objects, executed by {@link Op#SYNC}.
 * Operands are listed as the stack before the instruction; none pushes a result.
 */
public enum SyncOp {
    /** [wg, delta] */ WG_ADD,
    /** [wg] */ WG_DONE,
    /** [wg] */ WG_WAIT,
    /** [mu] */ LOCK,
    /** [mu] */ UNLOCK,
    /** [rw] */ RLOCK,
    /** [rw] */ RUNLOCK;

    /** Number of stack operands, the target included. */
    public int operands() { return this == WG_ADD ? 2 : 1; }
}
