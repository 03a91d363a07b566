package dev.schedlab.model.runtime;

import java.util.ArrayDeque;

/** A channel (runtime/chan.go:hchan): a ring buffer and FIFO queues of waiting receivers and senders. */
final class Chan {
    final long id;
    final int dataqsiz;
    final ArrayDeque<Object> buf;
    final Object zero;
    boolean closed;
    /** For a timer's channel (time.NewTimer, After, NewTicker, Tick): its timer. len and cap report 0. */
    Timer timer;
    final ArrayDeque<Sudog> recvq = new ArrayDeque<>(2);
    final ArrayDeque<Sudog> sendq = new ArrayDeque<>(2);

    Chan(long id, int size, Object zero) {
        this.id = id;
        this.dataqsiz = size;
        this.buf = new ArrayDeque<>(Math.max(1, Math.min(size, 64)));
        this.zero = zero;
    }

    /** waitq.dequeue: the first waiter, skipping select sudogs whose select already completed. */
    static Sudog dequeue(ArrayDeque<Sudog> q) {
        while (true) {
            Sudog s = q.pollFirst();
            if (s == null) return null;
            if (s.isSelect() && s.g.selectDone) continue;
            return s;
        }
    }

    @Override public String toString() { return "chan#" + id; }
}
