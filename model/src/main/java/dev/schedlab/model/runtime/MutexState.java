package dev.schedlab.model.runtime;

import java.util.ArrayDeque;

/**
 * sync.Mutex (sync/mutex.go): the locked, woken and starving bits, and the semaphore
 * queue of waiters (re-waiters go to the front).
 */
final class MutexState {
    static final long STARVATION_THRESHOLD_NS = 1_000_000;

    boolean locked;
    boolean woken;
    boolean starving;
    final ArrayDeque<G> waiters = new ArrayDeque<>(2);
}
