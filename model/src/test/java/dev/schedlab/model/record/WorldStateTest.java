package dev.schedlab.model.record;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.*;
import dev.schedlab.model.trace.WaitReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorldStateTest {
    private final WorldState state = new WorldState(2);

    private void fold(TraceEvent... events) {
        for (TraceEvent e : events) {
            state.apply(e);
            assertThat(WorldInvariants.check(state)).as("after %s", e).isEmpty();
        }
    }

    /** M0 on P0 running G1 (main). */
    private void boot() {
        fold(new MachineCreated(0, 0), new ProcessorAcquired(0, 0, 0), new ProcessorIdled(0, 1),
            new GoroutineCreated(1, 0, 1, -1, "main.main"), new PutOnRunnext(1, 0, 1),
            new TakenFromRunnext(2, 0, 0, 1), new GoroutineExecuted(3, 0, 0, 1, true));
    }

    private void spawnToLocal(int... goids) {
        for (int g : goids) fold(new GoroutineCreated(4, 0, g, 1, "main.worker"), new PutOnLocalQueue(4, 0, g));
    }

    private GoroutineView g(int goid) {
        return state.snapshot().goroutine(goid).orElseThrow();
    }

    @Test
    void initialStateHasIdleUnlistedPsAndNothingElse() {
        WorldSnapshot s = state.snapshot();
        assertThat(s.processors()).extracting(ProcessorView::status).containsExactly(PStatus.IDLE, PStatus.IDLE);
        assertThat(s.processors()).noneMatch(ProcessorView::idle);
        assertThat(s.idleProcessors()).isEmpty();
        assertThat(s.machines()).isEmpty();
        assertThat(s.goroutines()).isEmpty();
        assertThat(s.eventIndex()).isZero();
    }

    @Test
    void executeRunsTheHeldGoroutineAndTicksOnlyWithoutInheritance() {
        boot();
        WorldSnapshot s = state.snapshot();
        assertThat(g(1)).isEqualTo(new GoroutineView(1, GStatus.RUNNING, WaitReason.ZERO, Location.RUNNING, 0, "main.main", 3, -1));
        assertThat(s.machine(0).orElseThrow().curg()).isEqualTo(1);
        assertThat(s.processor(0).schedtick()).isZero();
        fold(new SwitchedToG0(4, 0, 1, "gosched_m"), new GoroutineYielded(5, 0, 1));
        assertThat(state.snapshot().machine(0).orElseThrow()).extracting(MachineView::curg, MachineView::inScheduler)
            .containsExactly(-1, true);
        fold(new PutOnLocalQueue(5, 0, 1), new TakenFromLocalQueue(6, 0, 0, 1), new GoroutineExecuted(6, 0, 0, 1, false));
        assertThat(state.snapshot().processor(0).schedtick()).isEqualTo(1);
        assertThat(state.snapshot().machine(0).orElseThrow().inScheduler()).isFalse();
    }

    @Test
    void kickedRunnextGoesToTheLocalTail() {
        boot();
        spawnToLocal(2);
        fold(new GoroutineCreated(5, 0, 3, 1, "f"), new PutOnRunnext(5, 0, 3),
            new GoroutineCreated(6, 0, 4, 1, "f"), new RunnextKicked(6, 0, 3), new PutOnRunnext(6, 0, 4));
        ProcessorView p = state.snapshot().processor(0);
        assertThat(p.localQueue()).containsExactly(2, 3);
        assertThat(p.runnext()).isEqualTo(4);
        assertThat(g(3).location()).isEqualTo(Location.LOCAL);
        assertThat(g(4)).extracting(GoroutineView::location, GoroutineView::where).containsExactly(Location.RUNNEXT, 0);
    }

    @Test
    void overflowMovesTheHeadInOrderToTheGlobalTail() {
        boot();
        fold(new GoroutineCreated(4, 0, 9, 1, "f"), new PutOnGlobalQueue(4, 9, false));
        spawnToLocal(2, 3, 4, 5, 6);
        fold(new LocalQueueOverflowed(7, 0, 3));
        WorldSnapshot s = state.snapshot();
        assertThat(s.globalQueue()).containsExactly(9, 2, 3, 4);
        assertThat(s.processor(0).localQueue()).containsExactly(5, 6);
        assertThat(g(3).location()).isEqualTo(Location.GLOBAL);
        fold(new GoroutineCreated(8, 0, 10, 1, "f"), new PutOnGlobalQueue(8, 10, true));
        assertThat(state.snapshot().globalQueue()).containsExactly(10, 9, 2, 3, 4);
    }

    @Test
    void globalTakeHoldsTheFirstAndQueuesTheRest() {
        boot();
        spawnToLocal(2, 3, 4);
        fold(new LocalQueueOverflowed(5, 0, 3), new TakenFromGlobalQueue(6, 0, 0, 2));
        WorldSnapshot s = state.snapshot();
        assertThat(g(2)).extracting(GoroutineView::location, GoroutineView::where).containsExactly(Location.HELD, 0);
        assertThat(s.processor(0).localQueue()).containsExactly(3);
        assertThat(s.globalQueue()).containsExactly(4);
    }

    @Test
    void stealAppendsToTheThiefAndHoldsTheLastOne() {
        boot();
        spawnToLocal(2, 3, 4, 5);
        fold(new ProcessorUnidled(6, 1), new MachineCreated(6, 1), new ProcessorAcquired(6, 1, 1),
            new MachineSpinning(6, 1, true), new Stolen(7, 1, 1, 0, 3, false));
        WorldSnapshot s = state.snapshot();
        assertThat(s.nmspinning()).isEqualTo(1);
        assertThat(s.processor(1).localQueue()).containsExactly(2, 3);
        assertThat(s.processor(0).localQueue()).containsExactly(5);
        assertThat(g(4)).extracting(GoroutineView::location, GoroutineView::where).containsExactly(Location.HELD, 1);
        assertThat(g(2).where()).isEqualTo(1);
        fold(new PutOnLocalQueue(8, 1, 4), new GoroutineCreated(8, 0, 6, 1, "f"), new PutOnRunnext(8, 0, 6),
            new Stolen(9, 1, 1, 0, 1, true));
        assertThat(state.snapshot().processor(0).runnext()).isEqualTo(-1);
        assertThat(g(6).location()).isEqualTo(Location.HELD);
    }

    @Test
    void idleStacksAreLifoAndUnidlingMayTakeFromTheMiddle() {
        WorldState s4 = new WorldState(4);
        for (int p = 0; p < 4; p++) s4.apply(new ProcessorIdled(0, p));
        assertThat(s4.snapshot().idleProcessors()).containsExactly(3, 2, 1, 0);
        s4.apply(new ProcessorUnidled(1, 2));
        assertThat(s4.snapshot().idleProcessors()).containsExactly(3, 1, 0);
        assertThat(s4.snapshot().processor(2).idle()).isFalse();
        s4.apply(new MachineCreated(2, 0));
        s4.apply(new MachineCreated(2, 1));
        s4.apply(new MachineStopped(3, 0));
        s4.apply(new MachineStopped(3, 1));
        assertThat(s4.snapshot().idleMachines()).containsExactly(1, 0);
        s4.apply(new MachineWoken(4, 1, 2));
        assertThat(s4.snapshot().idleMachines()).containsExactly(0);
        assertThat(WorldInvariants.check(s4)).isEmpty();
    }

    @Test
    void parkReadyExitTimersOutputAndExit() {
        boot();
        fold(new GoroutineCreated(4, 0, 2, 1, "main.sleeper"), new PutOnRunnext(4, 0, 2),
            new TimerAdded(5, 0, 1, 100), new SwitchedToG0(5, 0, 1, "park_m"), new GoroutineParked(6, 0, 1, WaitReason.SLEEP));
        assertThat(g(1)).extracting(GoroutineView::status, GoroutineView::reason, GoroutineView::location, GoroutineView::since)
            .containsExactly(GStatus.WAITING, WaitReason.SLEEP, Location.WAITING, 6L);
        assertThat(state.snapshot().processor(0).timers()).isEqualTo(1);
        fold(new TakenFromRunnext(7, 0, 0, 2), new GoroutineExecuted(7, 0, 0, 2, true),
            new OutputWritten(8, 2, 1, "hi\n"), new TimerFired(9, 0, 0, 1), new GoroutineReadied(9, 0, 1, -1),
            new PutOnLocalQueue(9, 0, 1), new GoroutineExited(10, 0, 2), new ProgramExited(11, 3, "boom"));
        WorldSnapshot s = state.snapshot();
        assertThat(s.processor(0).timers()).isZero();
        assertThat(s.goroutine(2)).isEmpty();
        assertThat(s.exitedGoroutines()).isEqualTo(1);
        assertThat(s.outputWrites()).isEqualTo(1);
        assertThat(g(1)).extracting(GoroutineView::status, GoroutineView::reason).containsExactly(GStatus.RUNNABLE, WaitReason.ZERO);
        assertThat(s).extracting(WorldSnapshot::finished, WorldSnapshot::exitCode, WorldSnapshot::exitMessage, WorldSnapshot::time)
            .containsExactly(true, 3, "boom", 11L);
    }

    @Test
    void illegalEventsAreRejected() {
        boot();
        spawnToLocal(2);
        assertThatThrownBy(() -> state.apply(new GoroutineExecuted(5, 0, 0, 2, false)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("M0 is already running G1");
        assertThatThrownBy(() -> state.apply(new TakenFromLocalQueue(5, 0, 0, 3)))
            .hasMessageContaining("not at the head");
        assertThatThrownBy(() -> state.apply(new GoroutineReadied(5, 0, 2, 1))).hasMessageContaining("expected WAITING");
        fold(new SwitchedToG0(5, 0, 1, "park_m"), new GoroutineParked(5, 0, 1, WaitReason.CHAN_RECEIVE));
        assertThatThrownBy(() -> state.apply(new GoroutineExecuted(5, 0, 0, 2, false))).hasMessageContaining("G2 is LOCAL(0)");
        assertThatThrownBy(() -> state.apply(new ProcessorAcquired(5, 0, 1))).hasMessageContaining("already owns");
        assertThatThrownBy(() -> state.apply(new MachineStopped(5, 7))).hasMessageContaining("M7 does not exist");
        assertThatThrownBy(() -> state.apply(new ProcessorIdled(1, 0))).hasMessageContaining("backwards");
        fold(new GoroutineCreated(5, 0, 3, 1, "f"), new PutOnRunnext(5, 0, 3), new GoroutineCreated(5, 0, 4, 1, "f"));
        assertThatThrownBy(() -> state.apply(new PutOnRunnext(5, 0, 4))).hasMessageContaining("runnext of P0 holds G3");
    }

    @Test
    void restoringASnapshotContinuesIdentically() {
        List<TraceEvent> events = SyntheticRun.events(7, 3, 50, 5_000);
        WorldState a = new WorldState(3);
        for (TraceEvent e : events.subList(0, 2_500)) a.apply(e);
        WorldState b = WorldState.of(a.snapshot());
        for (TraceEvent e : events.subList(2_500, events.size())) { a.apply(e); b.apply(e); }
        assertThat(b.snapshot()).isEqualTo(a.snapshot());
    }
}
