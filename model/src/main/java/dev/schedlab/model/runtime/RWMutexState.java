package dev.schedlab.model.runtime;

import java.util.ArrayDeque;

/**
 * sync.RWMutex (sync/rwmutex.go): the writers' mutex, the reader count (made negative by
 * rwmutexMaxReaders while a writer is pending or holds the lock), the readers a pending writer
 * still waits for, and the two semaphores' waiters.
 */
final class RWMutexState {
    static final long MAX_READERS = 1L << 30;

    final MutexState w = new MutexState();
    long readerCount;
    long readerWait;
    /** Readers parked on readerSem until the writer unlocks. */
    final ArrayDeque<G> readers = new ArrayDeque<>(2);
    /** The writer parked on writerSem until the last reader leaves, or null. */
    G writer;
}
