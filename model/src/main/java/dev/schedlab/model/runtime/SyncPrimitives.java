package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.SyncKind;
import dev.schedlab.model.vm.SyncOp;

/**
 * sync.WaitGroup, sync.Mutex and sync.RWMutex over runtime semaphores (reference 9.3, 9.4).
 * A semaphore release readies the first waiter into the releaser's runnext (readyWithTime).
 */
final class SyncPrimitives {
    private final Scheduler s;

    SyncPrimitives(Scheduler s) { this.s = s; }

    Object make(SyncKind kind) {
        return switch (kind) {
            case WAIT_GROUP -> new WaitGroupState();
            case MUTEX -> new MutexState();
            case ONCE -> new OnceState();
            case COND -> new CondState();
            case RW_MUTEX -> new RWMutexState();
        };
    }

    boolean apply(Frame frame, SyncOp op, Object target, long arg) {
        return switch (op) {
            case WG_ADD -> wgAdd((WaitGroupState) target, arg);
            case WG_DONE -> wgAdd((WaitGroupState) target, -1);
            case WG_WAIT -> wgWait((WaitGroupState) target);
            case LOCK -> target instanceof RWMutexState rw ? rwLock(frame, rw) : lock(frame, (MutexState) target, target);
            case UNLOCK -> target instanceof RWMutexState rw ? rwUnlock(rw) : unlock((MutexState) target);
            case RLOCK -> rLock((RWMutexState) target);
            case RUNLOCK -> rUnlock((RWMutexState) target);
            case ONCE_BEGIN -> onceBegin(frame, (OnceState) target);
            case ONCE_END -> {
                OnceState o = (OnceState) target;
                o.done = true;
                yield unlock(o.m);
            }
            case COND_ADD -> {
                CondState c = cond(target);
                s.charge(s.costs.semaOp());
                frame.push(c.wait++);
                Object locker = ((dev.schedlab.model.vm.StructValue) ((dev.schedlab.model.vm.Ref) target).get()).fields[0];
                if (locker == null) throw RuntimeHost.panic("runtime error: invalid memory address or nil pointer dereference");
                frame.push(((dev.schedlab.model.vm.Ref) locker).get());
                yield true;
            }
            case COND_WAIT -> condWait(cond(target), arg);
            case COND_SIGNAL -> condSignal(cond(target));
            case COND_BROADCAST -> condBroadcast(cond(target));
        };
    }

    /**
     * Once.Do (sync/once.go doSlow): done means return at once; else take the Once's mutex
     * (waiting there while another caller runs f) and run f unless it completed meanwhile.
     */
    private boolean onceBegin(Frame frame, OnceState o) {
        if (o.done && s.curM.curg.mutexWait == null) { // a woken waiter must finish its Lock
            frame.push(false);
            return true;
        }
        if (!lock(frame, o.m, o)) return false; // parked: ONCE_BEGIN runs again when woken
        if (o.done) {
            frame.push(false);
            return unlock(o.m);
        }
        frame.push(true);
        return true;
    }

    /**
     * The notifyList of a *sync.Cond: a pointer to {L, notifyList}. A Cond written as a literal
     * ({@code sync.Cond{L: &mu}}) or a zero value gets its list at first use, as Go's zero
     * notifyList is ready to use.
     */
    private static CondState cond(Object ptr) {
        if (ptr == null) throw RuntimeHost.panic("runtime error: invalid memory address or nil pointer dereference");
        dev.schedlab.model.vm.StructValue v = (dev.schedlab.model.vm.StructValue) ((dev.schedlab.model.vm.Ref) ptr).get();
        if (v.fields[1] == null) v.fields[1] = new CondState();
        return (CondState) v.fields[1];
    }

    /** notifyListWait: return if the ticket was already notified, else park in ticket order. */
    private boolean condWait(CondState c, long ticket) {
        s.charge(s.costs.semaOp());
        if (ticket < c.notify) return true;
        c.waiters.addLast(new CondState.Waiter(s.curM.curg, ticket));
        s.gopark(WaitReason.SYNC_COND_WAIT);
        return false;
    }

    /** notifyListNotifyOne: the waiter holding ticket notify (if it parked already) is readied. */
    private boolean condSignal(CondState c) {
        s.charge(s.costs.semaOp());
        if (c.wait == c.notify) return true;
        long t = c.notify++;
        for (var it = c.waiters.iterator(); it.hasNext(); ) {
            CondState.Waiter w = it.next();
            if (w.ticket() == t) {
                it.remove();
                s.goready(w.g());
                break;
            }
        }
        return true;
    }

    /** notifyListNotifyAll: every parked waiter is readied in list (ticket) order. */
    private boolean condBroadcast(CondState c) {
        s.charge(s.costs.semaOp());
        if (c.wait == c.notify) return true;
        c.notify = c.wait;
        CondState.Waiter w;
        while ((w = c.waiters.pollFirst()) != null) s.goready(w.g());
        return true;
    }

    /** WaitGroup.Add: when the counter reaches zero, semrelease each waiter in queue order. */
    private boolean wgAdd(WaitGroupState wg, long delta) {
        s.charge(s.costs.semaOp());
        wg.counter += delta;
        if (wg.counter < 0) throw RuntimeHost.panic("sync: negative WaitGroup counter");
        if (wg.counter == 0) {
            G w;
            while ((w = wg.waiters.pollFirst()) != null) {
                s.charge(s.costs.semaOp());
                s.goready(w);
            }
        }
        return true;
    }

    /** WaitGroup.Wait: semacquire parks with reason "semacquire" (Go 1.23). */
    private boolean wgWait(WaitGroupState wg) {
        s.charge(s.costs.semaOp());
        if (wg.counter == 0) return true;
        wg.waiters.addLast(s.curM.curg);
        s.gopark(WaitReason.SEMACQUIRE);
        return false;
    }

    /**
     * Mutex.Lock. Normal mode: grab it if unlocked, else queue (first wait at the back,
     * re-waits at the front) and retry when woken, competing with newcomers. A waiter that
     * waited over 1 ms switches the mutex to starvation mode, where Unlock hands ownership
     * straight to the head waiter. Active spinning is not modelled (see MODEL_NOTES.md).
     */
    private boolean lock(Frame frame, MutexState mu, Object retryOperand) {
        s.charge(s.costs.semaOp());
        G g = s.curM.curg;
        long now = s.now();
        G.MutexWait wait = g.mutexWait;
        if (wait != null && wait.handedOff) {
            g.mutexWait = null;
            boolean starvingWaiter = now - wait.since > MutexState.STARVATION_THRESHOLD_NS;
            if (!starvingWaiter || mu.waiters.isEmpty()) mu.starving = false;
            return true;
        }
        boolean awoke = wait != null;
        if (awoke) mu.woken = false;
        if (!mu.locked && !mu.starving) {
            mu.locked = true;
            g.mutexWait = null;
            return true;
        }
        if (awoke && mu.locked && now - wait.since > MutexState.STARVATION_THRESHOLD_NS) mu.starving = true;
        if (awoke) {
            mu.waiters.addFirst(g);
        } else {
            g.mutexWait = new G.MutexWait(now);
            mu.waiters.addLast(g);
        }
        frame.push(retryOperand); // Lock is retried when the goroutine wakes: re-run the instruction with its operand
        frame.pc--;
        s.gopark(WaitReason.SYNC_MUTEX_LOCK);
        return false;
    }

    /** RWMutex.RLock: a reader enters unless a writer is pending or holds the lock; then it waits on readerSem. */
    private boolean rLock(RWMutexState rw) {
        s.charge(s.costs.semaOp());
        if (++rw.readerCount >= 0) return true;
        rw.readers.addLast(s.curM.curg);
        s.gopark(WaitReason.SYNC_RWMUTEX_RLOCK);
        return false;
    }

    /** RWMutex.RUnlock: the last reader a pending writer waits for releases writerSem. */
    private boolean rUnlock(RWMutexState rw) {
        s.charge(s.costs.semaOp());
        long r = --rw.readerCount;
        if (r >= 0) return true;
        if (r + 1 == 0 || r + 1 == -RWMutexState.MAX_READERS) {
            s.fatal("sync: RUnlock of unlocked RWMutex");
            return false;
        }
        if (--rw.readerWait == 0 && rw.writer != null) {
            G w = rw.writer;
            rw.writer = null;
            s.goready(w);
        }
        return true;
    }

    /**
     * RWMutex.Lock: take the writers' mutex (parking and retrying as Mutex.Lock does), announce
     * the writer by making readerCount negative, and wait on writerSem for the readers inside.
     */
    private boolean rwLock(Frame frame, RWMutexState rw) {
        if (!lock(frame, rw.w, rw)) return false; // parked: the LOCK instruction runs again when woken
        long r = rw.readerCount;
        rw.readerCount -= RWMutexState.MAX_READERS;
        if (r == 0) return true;
        rw.readerWait += r;
        if (rw.readerWait == 0) return true;
        rw.writer = s.curM.curg;
        s.gopark(WaitReason.SYNC_RWMUTEX_LOCK);
        return false; // readied by the last RUnlock, holding the lock
    }

    /** RWMutex.Unlock: let in every reader that arrived while the writer held it, then release the writers' mutex. */
    private boolean rwUnlock(RWMutexState rw) {
        s.charge(s.costs.semaOp());
        long r = rw.readerCount + RWMutexState.MAX_READERS;
        if (r >= RWMutexState.MAX_READERS) {
            s.fatal("sync: Unlock of unlocked RWMutex");
            return false;
        }
        rw.readerCount = r;
        for (long i = 0; i < r; i++) {
            G reader = rw.readers.pollFirst();
            if (reader != null) s.goready(reader);
        }
        return unlock(rw.w);
    }

    /** Mutex.Unlock: normal mode wakes one waiter to compete; starvation mode hands off and yields. */
    private boolean unlock(MutexState mu) {
        s.charge(s.costs.semaOp());
        if (!mu.locked) {
            s.fatal("sync: unlock of unlocked mutex");
            return false;
        }
        if (!mu.starving) {
            mu.locked = false;
            if (!mu.waiters.isEmpty() && !mu.woken) {
                mu.woken = true;
                s.goready(mu.waiters.pollFirst());
            }
            return true;
        }
        G w = mu.waiters.pollFirst();
        w.mutexWait.handedOff = true;
        s.goready(w);
        s.goyield();
        return false;
    }
}
