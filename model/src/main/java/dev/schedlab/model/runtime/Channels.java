package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.SelectShape;
import dev.schedlab.model.vm.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * Channel operations (runtime/chan.go) and select (runtime/select.go), reference 9.1-9.2.
 * Wake-ups go through goready, so a woken goroutine lands in the waker's runnext.
 */
final class Channels {
    private final Scheduler s;
    private long nextId;
    /** Set by the runtime: channel timers' lazy sends and heap membership. */
    Timers timers;

    Channels(Scheduler s) { this.s = s; }

    Chan make(long size, Object zero) {
        s.charge(s.costs.allocation());
        return new Chan(++nextId, (int) size, zero);
    }

    /** chansend: hand off to a waiting receiver, else buffer, else park on sendq. */
    boolean send(Frame frame, Chan c, Object v) {
        s.charge(s.costs.chanOp());
        G g = s.curM.curg;
        if (c == null) {
            s.gopark(WaitReason.CHAN_SEND_NIL_CHAN);
            return false;
        }
        if (c.closed) throw RuntimeHost.panic("send on closed channel");
        Sudog r = Chan.dequeue(c.recvq);
        if (r != null) {
            deliverToReceiver(r, v, true);
            return true;
        }
        if (c.buf.size() < c.dataqsiz) {
            c.buf.addLast(v);
            return true;
        }
        c.sendq.addLast(new Sudog(g, frame, c, v, false, 0));
        s.gopark(WaitReason.CHAN_SEND);
        return false;
    }

    /** chanrecv: from a waiting sender (through the buffer if any), else the buffer, else closed, else park. */
    boolean recv(Frame frame, Chan c, boolean withOk) {
        s.charge(s.costs.chanOp());
        G g = s.curM.curg;
        if (c == null) {
            s.gopark(WaitReason.CHAN_RECEIVE_NIL_CHAN);
            return false;
        }
        if (c.timer != null) timers.maybeRunChan(c.timer);
        if (c.closed && c.buf.isEmpty()) {
            push(frame, Values.copy(c.zero), false, withOk);
            return true;
        }
        Sudog sender = Chan.dequeue(c.sendq);
        if (sender != null) {
            Object v;
            if (c.dataqsiz == 0) {
                v = sender.elem;
            } else {
                v = c.buf.pollFirst();
                c.buf.addLast(sender.elem);
            }
            push(frame, v, true, withOk);
            wakeSender(sender);
            return true;
        }
        if (!c.buf.isEmpty()) {
            push(frame, c.buf.pollFirst(), true, withOk);
            return true;
        }
        c.recvq.addLast(new Sudog(g, frame, c, null, withOk, 0));
        s.gopark(WaitReason.CHAN_RECEIVE);
        if (c.timer != null) timers.block(c.timer, g);
        return false;
    }

    /** closechan: wake every receiver (zero value, ok=false) then every sender (they panic), in reverse dequeue order. */
    boolean close(Chan c) {
        s.charge(s.costs.chanOp());
        if (c == null) throw RuntimeHost.panic("close of nil channel");
        if (c.closed) throw RuntimeHost.panic("close of closed channel");
        c.closed = true;
        List<G> glist = new ArrayList<>();
        Sudog sg;
        while ((sg = Chan.dequeue(c.recvq)) != null) {
            completeReceive(sg, Values.copy(c.zero), false);
            glist.add(sg.g);
        }
        while ((sg = Chan.dequeue(c.sendq)) != null) {
            sg.g.pendingPanic = RuntimeHost.panic("send on closed channel");
            claimSelect(sg);
            glist.add(sg.g);
        }
        // The gList is a stack: the last pushed is readied first.
        for (int i = glist.size() - 1; i >= 0; i--) s.goready(glist.get(i));
        return true;
    }

    private void deliverToReceiver(Sudog r, Object v, boolean ok) {
        completeReceive(r, v, ok);
        s.goready(r.g);
    }

    /** A timer's send to a waiting receiver: the value goes onto its frame, then goready. */
    void wakeReceiver(Sudog r, Object v) { deliverToReceiver(r, v, true); }

    private void completeReceive(Sudog r, Object v, boolean ok) {
        if (r.isSelect()) {
            claimSelect(r);
            r.frame.push((long) r.caseIndex);
            r.frame.push(v);
            r.frame.push(ok);
        } else {
            if (r.c.timer != null) timers.unblock(r.c.timer);
            push(r.frame, v, ok, r.withOk);
        }
    }

    private void wakeSender(Sudog sender) {
        if (sender.isSelect()) {
            claimSelect(sender);
            sender.frame.push((long) sender.caseIndex);
            sender.frame.push(null);
            sender.frame.push(false);
        }
        s.goready(sender.g);
    }

    /** The select's winning case: mark it done and dequeue its other sudogs (selectgo pass 3). */
    private void claimSelect(Sudog w) {
        if (!w.isSelect()) return;
        w.g.selectDone = true;
        for (Sudog other : w.selectGroup) {
            if (other.c.timer != null) timers.unblock(other.c.timer); // selectgo pass 3
            if (other == w) continue;
            other.c.recvq.remove(other);
            other.c.sendq.remove(other);
        }
    }

    private static void push(Frame f, Object v, boolean ok, boolean withOk) {
        f.push(v);
        if (withOk) f.push(ok);
    }

    /** selectgo: poll the cases in random order; else default; else enqueue on every channel and park. */
    boolean select(Frame frame, SelectShape shape, Object[] operands) {
        int n = shape.cases();
        s.charge(s.costs.chanOp() * Math.max(1, n));
        G g = s.curM.curg;
        Chan[] chans = new Chan[n];
        Object[] values = new Object[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            chans[i] = (Chan) operands[k++];
            if (shape.sends()[i]) values[i] = operands[k++];
        }
        int[] pollorder = pollOrder(chans);
        for (int i : pollorder) if (chans[i].timer != null) timers.maybeRunChan(chans[i].timer);
        for (int i : pollorder) {
            Chan c = chans[i];
            if (shape.sends()[i]) {
                if (c.closed) throw RuntimeHost.panic("send on closed channel");
                Sudog r = Chan.dequeue(c.recvq);
                if (r != null) { selected(frame, i, null, false); deliverToReceiver(r, values[i], true); return true; }
                if (c.buf.size() < c.dataqsiz) { c.buf.addLast(values[i]); selected(frame, i, null, false); return true; }
            } else {
                Sudog sender = Chan.dequeue(c.sendq);
                if (sender != null) {
                    Object v;
                    if (c.dataqsiz == 0) v = sender.elem;
                    else { v = c.buf.pollFirst(); c.buf.addLast(sender.elem); }
                    selected(frame, i, v, true);
                    wakeSender(sender);
                    return true;
                }
                if (!c.buf.isEmpty()) { selected(frame, i, c.buf.pollFirst(), true); return true; }
                if (c.closed) { selected(frame, i, Values.copy(c.zero), false); return true; }
            }
        }
        if (shape.hasDefault()) { selected(frame, -1, null, false); return true; }
        if (pollorder.length == 0) {
            s.gopark(WaitReason.SELECT_NO_CASES);
            return false;
        }
        g.selectDone = false;
        List<Sudog> group = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Chan c = chans[i];
            if (c == null) continue;
            Sudog sg = new Sudog(g, frame, c, shape.sends()[i] ? values[i] : null, true, i);
            group.add(sg);
            if (shape.sends()[i]) c.sendq.addLast(sg); else c.recvq.addLast(sg);
        }
        Sudog[] arr = group.toArray(new Sudog[0]);
        for (Sudog sg : arr) sg.selectGroup = arr;
        s.gopark(WaitReason.SELECT);
        for (Sudog sg : arr) if (sg.c.timer != null) timers.block(sg.c.timer, g);
        return false;
    }

    /** pollorder: a random permutation of the non-nil cases by insertion shuffle (cheaprandn). */
    private int[] pollOrder(Chan[] chans) {
        int[] order = new int[chans.length];
        int norder = 0;
        for (int i = 0; i < chans.length; i++) {
            if (chans[i] == null) continue;
            int j = s.rand.cheaprandn(norder + 1);
            order[norder] = order[j];
            order[j] = i;
            norder++;
        }
        return java.util.Arrays.copyOf(order, norder);
    }

    private static void selected(Frame f, int index, Object v, boolean ok) {
        f.push((long) index);
        f.push(v);
        f.push(ok);
    }

}
