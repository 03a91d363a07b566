package dev.schedlab.views.board;

import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.record.Location;
import dev.schedlab.model.record.MachineView;
import dev.schedlab.model.record.ProcessorView;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.WaitReason;

import java.util.ArrayList;
import java.util.List;

/**
 * A busy, made-up world of any size, for the render benchmark and for tests of the level of
 * detail: every P runs a goroutine with one in runnext and a full-ish local ring, a tenth of the
 * goroutines sit in the global queue, a few are in system calls, the rest wait for various reasons.
 */
public final class SyntheticWorld {
    private static final WaitReason[] REASONS = {WaitReason.CHAN_RECEIVE, WaitReason.CHAN_SEND, WaitReason.SELECT,
            WaitReason.SLEEP, WaitReason.SYNC_MUTEX_LOCK, WaitReason.SEMACQUIRE, WaitReason.IO_WAIT};

    private SyntheticWorld() {}

    public static WorldSnapshot busy(int gomaxprocs, int goroutines) {
        List<GoroutineView> gs = new ArrayList<>(goroutines);
        List<ProcessorView> ps = new ArrayList<>(gomaxprocs);
        List<MachineView> ms = new ArrayList<>();
        List<Integer> global = new ArrayList<>();
        int next = 1;
        int localPerP = Math.max(0, Math.min(128, (goroutines / 2 - 2 * gomaxprocs) / Math.max(1, gomaxprocs)));
        for (int p = 0; p < gomaxprocs && next <= goroutines; p++) {
            ms.add(new MachineView(p, p, next, false, false, false, false));
            gs.add(g(next++, GStatus.RUNNING, WaitReason.ZERO, Location.RUNNING, p));
            int runnext = -1;
            if (next <= goroutines) {
                runnext = next;
                gs.add(g(next++, GStatus.RUNNABLE, WaitReason.ZERO, Location.RUNNEXT, p));
            }
            List<Integer> local = new ArrayList<>();
            for (int i = 0; i < localPerP && next <= goroutines; i++) {
                local.add(next);
                gs.add(g(next++, GStatus.RUNNABLE, WaitReason.ZERO, Location.LOCAL, p));
            }
            ps.add(new ProcessorView(p, PStatus.RUNNING, p, runnext, local, 1000L + p, p % 3, false));
        }
        int inGlobal = goroutines / 10;
        for (int i = 0; i < inGlobal && next <= goroutines; i++) {
            global.add(next);
            gs.add(g(next++, GStatus.RUNNABLE, WaitReason.ZERO, Location.GLOBAL, -1));
        }
        for (int i = 0; i < 5 && next <= goroutines; i++) {
            int m = ms.size();
            ms.add(new MachineView(m, -1, next, false, false, false, false));
            gs.add(g(next++, GStatus.SYSCALL, WaitReason.ZERO, Location.SYSCALL, m));
        }
        for (int i = 0; next <= goroutines; i++) {
            gs.add(g(next++, GStatus.WAITING, REASONS[i % REASONS.length], Location.WAITING, -1));
        }
        ms.add(new MachineView(ms.size(), -1, -1, false, true, false, false));
        return new WorldSnapshot(1_000_000, 10_000, gs, ps, ms, global, List.of(), List.of(ms.size() - 1), 0,
                false, 0, 0, false, 0, "");
    }

    private static GoroutineView g(int goid, GStatus status, WaitReason reason, Location location, int where) {
        return new GoroutineView(goid, status, reason, location, where, "main.worker", 0, 1);
    }
}
