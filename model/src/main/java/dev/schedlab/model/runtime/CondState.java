package dev.schedlab.model.runtime;

import java.util.ArrayDeque;

/**
 * sync.Cond's notifyList (runtime/sema.go:notifyList): tickets handed out by Wait
 * ({@code wait}), the next ticket to notify ({@code notify}), and the parked waiters in
 * ticket order. A waiter whose ticket was notified before it parked does not park.
 */
final class CondState {
    long wait;
    long notify;
    final ArrayDeque<Waiter> waiters = new ArrayDeque<>(2);

    record Waiter(G g, long ticket) {}
}
