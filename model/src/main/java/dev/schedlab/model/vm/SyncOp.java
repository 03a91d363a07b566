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
    /** [rw] */ RUNLOCK,
    /**
     * [once] -> [run]  Once.Do's start: run=false if done (after waiting for a running Do on
     * the Once's mutex); run=true holds the mutex: the caller runs f, then ONCE_END.
     */
    ONCE_BEGIN,
    /** [once] -> []  Once.Do after f returned: done, unlock. */
    ONCE_END,
    /** [cond] -> [ticket, mutex]  Cond.Wait's notifyListAdd; the caller unlocks the mutex, then COND_WAIT. */
    COND_ADD,
    /** [cond, ticket] -> []  notifyListWait: park with reason sync.Cond.Wait unless the ticket was notified. */
    COND_WAIT,
    /** [cond] -> []  Cond.Signal: wake the longest waiting goroutine. */
    COND_SIGNAL,
    /** [cond] -> []  Cond.Broadcast: wake every waiter. */
    COND_BROADCAST;

    /** Number of stack operands, the target included. */
    public int operands() { return this == WG_ADD || this == COND_WAIT ? 2 : 1; }
}
