package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.SyncKind;
import dev.schedlab.model.vm.SyncOp;

/**
 * sync.WaitGroup and sync.Mutex over runtime semaphores (reference 9.3, 9.4).
 * A semaphore release readies the first waiter into the releaser's runnext (readyWithTime).
 */
final class SyncPrimitives {
    private final Scheduler s;

    SyncPrimitives(Scheduler s) { this.s = s; }

    Object make(SyncKind kind) {
        return switch (kind) {
            case WAIT_GROUP -> new WaitGroupState();
            case MUTEX -> new MutexState();
            case RW_MUTEX, ONCE, COND -> throw RuntimeHost.panic("sync." + kind + " is not modelled yet");
        };
    }

    boolean apply(Frame frame, SyncOp op, Object target, long arg) {
        return switch (op) {
            case WG_ADD -> wgAdd((WaitGroupState) target, arg);
            case WG_DONE -> wgAdd((WaitGroupState) target, -1);
            case WG_WAIT -> wgWait((WaitGroupState) target);
            case LOCK -> lock(frame, (MutexState) target);
            case UNLOCK -> unlock((MutexState) target);
            case RLOCK, RUNLOCK -> throw RuntimeHost.panic("sync.RWMutex is not modelled yet");
        };
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
    private boolean lock(Frame frame, MutexState mu) {
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
        frame.push(mu); // Lock is retried when the goroutine wakes: re-run the instruction with its operand
        frame.pc--;
        s.gopark(WaitReason.SYNC_MUTEX_LOCK);
        return false;
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
