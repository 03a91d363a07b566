package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.TraceEvent.TimerAdded;
import dev.schedlab.model.trace.TraceEvent.TimerFired;
import dev.schedlab.model.vm.Cell;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.StructValue;
import dev.schedlab.model.vm.TimerOp;

/**
 * The time package's channel and function timers with Go 1.23's synchronous timer channels
 * (runtime/time.go: newTimer, stop, modify, maybeRunChan, blockTimerChan, unblockTimerChan,
 * unlockAndRun; reference 8.4). A channel timer's value is the time it was due (Go sends
 * {@code Now().Add(-delay)}), as simulated nanoseconds like time.Now.
 */
final class Timers {
    private final Scheduler s;
    private final Channels channels;

    Timers(Scheduler s, Channels channels) {
        this.s = s;
        this.channels = channels;
    }

    boolean apply(Frame frame, TimerOp op, Object[] args) {
        s.charge(s.costs.timerOp());
        switch (op) {
            case NEW_TIMER -> frame.push(pointer(newChanTimer((Long) args[0], 0)));
            case AFTER -> frame.push(newChanTimer((Long) args[0], 0).c);
            case NEW_TICKER -> {
                long d = (Long) args[0];
                if (d <= 0) throw RuntimeHost.panic("non-positive interval for NewTicker");
                frame.push(pointer(newChanTimer(d, d)));
            }
            case TICK -> {
                long d = (Long) args[0];
                frame.push(d <= 0 ? null : newChanTimer(d, d).c);
            }
            case AFTER_FUNC -> {
                Timer t = new Timer(null, args[1]);
                t.when = when((Long) args[0]);
                s.addTimer(t, s.curM.curg.id());
                frame.push(pointer(t));
            }
            case STOP -> frame.push(stop(timerOf(args[0])));
            case RESET -> frame.push(reset(timerOf(args[0]), (Long) args[1], 0));
            case TICKER_STOP -> stop(timerOf(args[0]));
            case TICKER_RESET -> {
                long d = (Long) args[1];
                if (d <= 0) throw RuntimeHost.panic("non-positive interval for Ticker.Reset");
                reset(timerOf(args[0]), d, d);
            }
        }
        return true;
    }

    /** newTimer with a 1-element channel: not in any heap until someone blocks on the channel. */
    private Timer newChanTimer(long d, long period) {
        Chan c = channels.make(1, 0L);
        Timer t = new Timer(c, null);
        c.timer = t;
        t.when = when(d);
        t.period = period;
        return t;
    }

    /** time.when: nanotime()+d, or now for d &lt;= 0. */
    private long when(long d) {
        long now = s.now();
        return d <= 0 ? now : now + d;
    }

    private static Object pointer(Timer t) { return new Cell(new StructValue(new Object[] {t.c, t})); }

    private static Timer timerOf(Object ptr) {
        if (ptr == null) throw RuntimeHost.panic("runtime error: invalid memory address or nil pointer dereference");
        Object v = ((Cell) ptr).value;
        if (!(((StructValue) v).fields[1] instanceof Timer t)) throw RuntimeHost.panic("time: Stop called on uninitialized Timer");
        return t;
    }

    /** (*timer).stop: true if it was armed (or a value was waiting); afterwards no stale value can be received. */
    private boolean stop(Timer t) {
        maybeRunChan(t); // a due value not yet looked at is sent, then drained: Stop reports it
        boolean pending = t.when > 0;
        t.when = 0;
        if (t.heaped) t.zombie = true;
        if (t.isChan() && !t.c.buf.isEmpty()) {
            t.c.buf.clear(); // timerchandrain
            pending = true;
        }
        return pending;
    }

    /** (*timer).modify: re-arm at now+d; a heaped timer is re-keyed in its heap; drains the channel. */
    private boolean reset(Timer t, long d, long period) {
        boolean pending = t.when > 0;
        t.when = when(d);
        t.period = period;
        if (t.heaped) {
            t.zombie = false;
            TimerHeap heap = t.heapP.timers;
            long oldWake = heap.wakeTime();
            heap.remove(t);
            heap.add(t, t.when);
            t.heapWhen = t.when;
            if (t.when < oldWake) s.wakeNetPoller(t.when);
        }
        if (t.isChan() && !t.c.buf.isEmpty()) {
            t.c.buf.clear();
            pending = true;
        }
        if (t.needsAdd()) s.addTimer(t, s.curM.curg.id());
        return pending;
    }

    /** maybeRunChan: a due timer not in a heap sends its value now (chanrecv and select call this first). */
    void maybeRunChan(Timer t) {
        if (!t.isChan() || t.heaped || t.when == 0) return;
        long now = s.now();
        if (t.when > now) return;
        long due = t.when;
        t.when = next(t, now);
        send(t, due, null);
    }

    /** blockTimerChan: a goroutine is about to park on t's channel; the timer must be in a heap. */
    void block(Timer t, G g) {
        t.blocked++;
        if (t.heaped && t.zombie && t.when > 0) t.zombie = false;
        if (t.needsAdd()) s.addTimer(t, g.id());
    }

    /** unblockTimerChan: the last blocked goroutine left: the heap entry becomes a zombie. */
    void unblock(Timer t) {
        t.blocked--;
        if (t.blocked == 0 && t.heaped && !t.zombie) t.zombie = true;
    }

    /**
     * A heap entry of pp reached its time and was polled from the heap: a zombie just leaves;
     * otherwise unlockAndRun: a ticker is re-added at its next period, then f runs (send the
     * time to the channel, or {@code go f()} for AfterFunc).
     */
    void runFromHeap(P pp, Timer t, long now) {
        t.heaped = false;
        int m = s.curM.id;
        if (t.zombie) {
            t.zombie = false;
            s.emit(new TimerFired(s.now(), m, pp.id, -1));
            return;
        }
        long due = t.when;
        t.when = next(t, now);
        Sudog r = t.isChan() ? Chan.dequeue(t.c.recvq) : null;
        int g = r != null ? r.g.id() : -1;
        s.emit(new TimerFired(s.now(), m, pp.id, g));
        if (t.when > 0) {
            t.heaped = true;
            t.heapP = pp;
            t.heapWhen = t.when;
            pp.timers.add(t, t.when);
            s.emit(new TimerAdded(s.now(), pp.id, g, t.when));
        }
        if (t.isChan()) {
            send(t, due, r);
        } else {
            s.newproc(t.fn, new Object[0]);
        }
    }

    /** The next when: a ticker skips the periods it missed; a one-shot is done (0). */
    private static long next(Timer t, long now) {
        if (t.period <= 0) return 0;
        long delay = now - t.when;
        return t.when + t.period * (1 + delay / t.period);
    }

    /** sendTime: a non-blocking send of the due time: to the receiver r if any, else into the empty buffer, else dropped. */
    private void send(Timer t, long due, Sudog r) {
        if (r == null) r = Chan.dequeue(t.c.recvq);
        if (r != null) {
            channels.wakeReceiver(r, due);
            return;
        }
        if (t.c.buf.isEmpty()) t.c.buf.addLast(due);
    }
}
