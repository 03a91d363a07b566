package dev.schedlab.model.runtime;

import java.util.ArrayDeque;

/** sync.WaitGroup: a counter and the goroutines parked in Wait on its semaphore (FIFO). */
final class WaitGroupState {
    long counter;
    final ArrayDeque<G> waiters = new ArrayDeque<>(2);
}
