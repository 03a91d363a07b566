package dev.schedlab.model.runtime;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.vm.Function;
import dev.schedlab.model.vm.Program;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Run-queue mechanics of reference sections 2 and 3, on the scheduler's own state. */
class RunQueueTest {
    private final List<TraceEvent> events = new ArrayList<>();
    private Scheduler s;
    private M m0;

    Scheduler scheduler(int procs) {
        Function main = new Asm("main.main", 0, 0).op(dev.schedlab.model.vm.Op.RETURN, 0).build();
        Program p = new Program(List.of(main), List.of(), null, main, Set.of(), "test.go");
        Scheduler sch = new Scheduler(p, Settings.of(procs), events::add, (fd, t) -> { }, new Object[0]);
        m0 = sch.newm(false);
        sch.curM = m0;
        sch.acquirep(m0, sch.allp[0]);
        for (int i = procs - 1; i >= 1; i--) sch.pidleput(sch.allp[i]);
        return sch;
    }

    G g(Scheduler sch) { return sch.newG(sch.allp[0], false, "main.f"); }

    @BeforeEach
    void setUp() { s = scheduler(1); }

    @Test
    void runqputKicksTheOldRunnextToTheTail() {
        G a = g(s), b = g(s), c = g(s);
        s.runqput(s.allp[0], a, false);
        s.runqput(s.allp[0], b, true);
        s.runqput(s.allp[0], c, true);
        P p = s.allp[0];
        assertThat(p.runnext).isSameAs(c);
        assertThat(List.of(s.runqget(p), s.runqget(p), s.runqget(p))).containsExactly(c, a, b);
    }

    @Test
    void fullLocalQueueMovesHalfPlusTheNewGoroutineToTheGlobalQueue() {
        P p = s.allp[0];
        List<G> gs = new ArrayList<>();
        for (int i = 0; i < 257; i++) {
            G x = g(s);
            gs.add(x);
            s.runqput(p, x, false);
        }
        assertThat(s.runq).hasSize(129);
        assertThat(p.runqSize()).isEqualTo(128);
        assertThat(new ArrayList<>(s.runq)).containsExactlyElementsOf(
                concat(gs.subList(0, 128), List.of(gs.get(256))));
        assertThat(events).filteredOn(e -> e instanceof TraceEvent.LocalQueueOverflowed).singleElement()
                .satisfies(e -> assertThat(((TraceEvent.LocalQueueOverflowed) e).count()).isEqualTo(128));
    }

    @Test
    void globrunqgetTakesABatchOfSizeOverGomaxprocsPlusOne() {
        s = scheduler(2);
        P p = s.allp[0];
        for (int i = 0; i < 10; i++) s.globrunqput(g(s), false);
        G first = s.globrunqget(p, 0);
        assertThat(first).isNotNull();
        assertThat(p.runqSize()).as("10/2+1 = 6 taken: one to run, five to the local queue").isEqualTo(5);
        assertThat(s.runq).hasSize(4);
    }

    @Test
    void everySixtyFirstTickTakesOneFromTheGlobalQueueBeforeTheLocalOne() {
        P p = s.allp[0];
        G local = g(s), global = g(s);
        s.runqput(p, local, false);
        s.globrunqput(global, false);
        p.schedtick = 61;
        assertThat(s.findRunnable(m0)).isSameAs(global);
        s.globrunqput(global, false);
        s.runqput(p, local, false);
        p.schedtick = 62;
        G next = s.findRunnable(m0);
        assertThat(next).isSameAs(local);
    }

    @Test
    void stealTakesTheCeilingOfHalfAndSkipsIdleProcessors() {
        s = scheduler(3);
        P victim = s.allp[1];
        s.pidleget(); // P1 off the idle list
        M m1 = s.newm(false);
        s.acquirep(m1, victim);
        List<G> gs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            G x = g(s);
            gs.add(x);
            s.runqput(victim, x, false);
        }
        s.setSpinning(m0, true);
        G stolen = s.findRunnable(m0);
        assertThat(stolen).as("ceil(5/2)=3 taken, the last runs").isSameAs(gs.get(2));
        assertThat(s.allp[0].runqSize()).isEqualTo(2);
        assertThat(victim.runqSize()).isEqualTo(2);
        assertThat(events).filteredOn(e -> e instanceof TraceEvent.Stolen)
                .singleElement().satisfies(e -> assertThat(((TraceEvent.Stolen) e).count()).isEqualTo(3));
        assertThat(s.allp[2].idle).isTrue();
        assertThat(events).noneSatisfy(e -> assertThat(e).isInstanceOfAny(TraceEvent.StealFailed.class)
                .matches(x -> ((TraceEvent.StealFailed) x).victim() == 2));
    }

    @Test
    void nonSpinningMachineSkipsStealingWhenHalfTheBusyProcessorsAlreadySpin() {
        s = scheduler(4);
        // All four Ps busy, two spinners already: 2*2 < 4-0 is false, so m0 must not steal.
        for (int i = 1; i < 4; i++) {
            P p = s.pidleget();
            M m = s.newm(false);
            s.acquirep(m, p);
            if (i <= 2) s.setSpinning(m, true);
        }
        s.runqput(s.allp[3], g(s), false);
        s.runqput(s.allp[3], g(s), false);
        long stealsBefore = events.stream().filter(e -> e instanceof TraceEvent.Stolen || e instanceof TraceEvent.StealFailed).count();
        assertThat(s.findRunnable(m0)).isNull();
        long stealsAfter = events.stream().filter(e -> e instanceof TraceEvent.Stolen || e instanceof TraceEvent.StealFailed).count();
        assertThat(stealsAfter).isEqualTo(stealsBefore);
        assertThat(s.allp[0].status).isEqualTo(PStatus.IDLE);
    }

    @Test
    void procresizeMovesARemovedProcessorsQueueToTheGlobalHeadInOrder() {
        s = scheduler(2);
        P p1 = s.allp[1];
        s.pidleget(); // P1 off the idle list, as if stopped
        G old = g(s), a = g(s), b = g(s), c = g(s), next = g(s);
        s.globrunqput(old, false);
        s.runqput(p1, a, false);
        s.runqput(p1, b, false);
        s.runqput(p1, c, false);
        s.runqput(p1, next, true);
        s.releasep(m0);
        s.allp[0].status = PStatus.GCSTOP;
        p1.status = PStatus.GCSTOP;
        s.gcwaiting = true;
        s.curM = null;
        s.procresizeAndStart(1);
        assertThat(new ArrayList<>(s.runq)).containsExactly(next, a, b, c, old);
        assertThat(s.allp).hasSize(1);
        assertThat(p1.status).isEqualTo(PStatus.DEAD);
        assertThat(s.gcwaiting).isFalse();
    }

    @Test
    void stealOrderVisitsEveryProcessorOnce() {
        RandomOrder order = new RandomOrder();
        for (int n = 1; n <= 12; n++) {
            order.reset(n);
            for (long r = 0; r < 200; r++) {
                assertThat(order.order(r * 2654435761L)).as("n=%d r=%d", n, r)
                        .containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, n).toArray());
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
