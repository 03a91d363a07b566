package dev.schedlab.model.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The network poller's state (runtime/netpoll.go, netpoll_epoll.go): goroutines parked in
 * "IO wait" on a descriptor, each becoming ready at a known time (the lab's workloads say how
 * long the peer takes). netpoll never runs anything itself: it hands back the goroutines
 * whose descriptors are ready, and its callers decide where they go (reference section 7).
 */
final class Netpoller {
    private record Waiter(long readyAt, long seq, G g) {}

    private final PriorityQueue<Waiter> waiting = new PriorityQueue<>((a, b) ->
            a.readyAt != b.readyAt ? Long.compare(a.readyAt, b.readyAt) : Long.compare(a.seq, b.seq));
    private long seq;

    /** netpollWaiters. */
    int waiters() { return waiting.size(); }

    /** netpollblock + netpollblockcommit: g waits until {@code readyAt}. */
    void block(G g, long readyAt) { waiting.add(new Waiter(readyAt, seq++, g)); }

    /** The earliest time a descriptor becomes ready, or Long.MAX_VALUE. */
    long nextReady() { return waiting.isEmpty() ? Long.MAX_VALUE : waiting.peek().readyAt; }

    /** netpoll: the goroutines whose descriptors are ready at {@code now} (at most 128, epoll's batch). */
    List<G> poll(long now) {
        List<G> ready = new ArrayList<>();
        while (!waiting.isEmpty() && waiting.peek().readyAt <= now && ready.size() < 128) ready.add(waiting.poll().g);
        return ready;
    }
}
