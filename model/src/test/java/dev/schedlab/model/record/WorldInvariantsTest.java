package dev.schedlab.model.record;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.WaitReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorldInvariantsTest {
    private static GoroutineView g(int goid, GStatus st, Location loc, int where) {
        return new GoroutineView(goid, st, st == GStatus.WAITING ? WaitReason.CHAN_RECEIVE : WaitReason.ZERO, loc, where, "f", 0, -1);
    }

    private static ProcessorView p(int id, int m, int runnext, List<Integer> local, boolean idle) {
        return new ProcessorView(id, m == -1 ? PStatus.IDLE : PStatus.RUNNING, m, runnext, local, 0, 0, idle);
    }

    private static WorldSnapshot world(List<GoroutineView> gs, List<ProcessorView> ps, List<MachineView> ms,
                                       List<Integer> global, List<Integer> idleP, List<Integer> idleM, int nmspinning) {
        return new WorldSnapshot(0, 0, gs, ps, ms, global, idleP, idleM, nmspinning, false, 0, 0, false, 0, "");
    }

    private static final MachineView M0 = new MachineView(0, 0, 1, false, false, false, false);

    /** M0 on P0 runs G1; G2 in runnext, G3 local, G4 global, G5 waiting, G6 held by M0; P1 idle. */
    private static WorldSnapshot consistent() {
        return world(List.of(g(1, GStatus.RUNNING, Location.RUNNING, 0), g(2, GStatus.RUNNABLE, Location.RUNNEXT, 0),
                g(3, GStatus.RUNNABLE, Location.LOCAL, 0), g(4, GStatus.RUNNABLE, Location.GLOBAL, -1),
                g(5, GStatus.WAITING, Location.WAITING, -1), g(6, GStatus.RUNNABLE, Location.HELD, 0)),
            List.of(p(0, 0, 2, List.of(3), false), p(1, -1, -1, List.of(), true)),
            List.of(M0), List.of(4), List.of(1), List.of(), 0);
    }

    @Test
    void aConsistentWorldHasNoViolations() {
        assertThat(WorldInvariants.check(consistent())).isEmpty();
    }

    @Test
    void detectsAGoroutineInTwoQueues() {
        WorldSnapshot s = consistent();
        WorldSnapshot bad = world(s.goroutines(), s.processors(), s.machines(), List.of(4, 3), s.idleProcessors(), List.of(), 0);
        assertThat(WorldInvariants.check(bad)).anyMatch(v -> v.contains("G3 is both in local queue of P0 and in global queue"));
    }

    @Test
    void detectsMissingAndMisplacedGoroutines() {
        WorldSnapshot s = consistent();
        List<GoroutineView> gs = new ArrayList<>(s.goroutines());
        gs.set(3, g(4, GStatus.RUNNABLE, Location.LOCAL, 1)); // claims P1's queue, sits in global
        gs.set(4, g(5, GStatus.RUNNABLE, Location.GLOBAL, -1)); // claims the global queue, is in none
        WorldSnapshot bad = world(gs, s.processors(), s.machines(), List.of(4, 99), s.idleProcessors(), List.of(), 0);
        assertThat(WorldInvariants.check(bad)).containsExactlyInAnyOrder(
            "global queue holds G4 whose location is LOCAL(1)", "global queue holds missing G99",
            "G5 claims GLOBAL(-1) but is not there");
    }

    @Test
    void detectsStatusesIllegalForThePlace() {
        WorldSnapshot s = consistent();
        List<GoroutineView> gs = new ArrayList<>(s.goroutines());
        gs.set(2, g(3, GStatus.WAITING, Location.LOCAL, 0));
        gs.set(5, g(6, GStatus.RUNNING, Location.HELD, 7));
        WorldSnapshot bad = world(gs, s.processors(), s.machines(), s.globalQueue(), s.idleProcessors(), List.of(), 0);
        assertThat(WorldInvariants.check(bad)).contains("G3 is WAITING at LOCAL", "G6 is RUNNING at HELD",
            "G6 is held by missing M7");
    }

    @Test
    void detectsBrokenBindingsIdleListsAndSpinningCount() {
        WorldSnapshot s = consistent();
        List<ProcessorView> ps = List.of(s.processor(0), new ProcessorView(1, PStatus.RUNNING, 0, -1, List.of(), 0, 0, true));
        List<MachineView> ms = List.of(M0, new MachineView(1, -1, -1, true, true, false, false));
        WorldSnapshot bad = world(s.goroutines(), ps, ms, s.globalQueue(), List.of(1, 1), List.of(), 0);
        assertThat(WorldInvariants.check(bad)).contains(
            "P1.m=M0 but M0.p=0", "P1 is on the idle-P list but RUNNING", "P1 is twice on the idle-P list",
            "M1 is flagged stopped but not on the idle-M list", "nmspinning is 0 but 1 Ms spin");
    }

    @Test
    void detectsAnOverfullLocalQueue() {
        List<Integer> local = new ArrayList<>(Collections.nCopies(0, 0));
        List<GoroutineView> gs = new ArrayList<>();
        for (int i = 1; i <= 257; i++) { local.add(i); gs.add(g(i, GStatus.RUNNABLE, Location.LOCAL, 0)); }
        WorldSnapshot bad = world(gs, List.of(p(0, -1, -1, local, false)), List.of(), List.of(), List.of(), List.of(), 0);
        assertThat(WorldInvariants.check(bad)).containsExactly("P0 local queue holds 257 > 256");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void holdAfterEveryEventOfASyntheticRun(long seed) {
        List<TraceEvent> events = SyntheticRun.events(seed, 4, 300, 30_000);
        WorldState state = new WorldState(4);
        int maxLocal = 0;
        for (TraceEvent e : events) {
            state.apply(e);
            WorldSnapshot s = state.snapshot();
            List<String> violations = WorldInvariants.check(s);
            assertThat(violations).as("after event #%d %s", s.eventIndex() - 1, e).isEmpty();
            for (ProcessorView p : s.processors()) maxLocal = Math.max(maxLocal, p.localQueue().size());
        }
        assertThat(state.liveGoroutines()).isBetween(100, 600);
        assertThat(maxLocal).as("the run exercises deep local queues").isGreaterThan(8);
    }
}
