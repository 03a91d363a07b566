package dev.schedlab.views.board;

import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.record.Location;
import dev.schedlab.model.record.MachineView;
import dev.schedlab.model.record.ProcessorView;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.model.trace.WaitReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BoardViewModelTest {
    private final BoardViewModel model = new BoardViewModel();

    /** P0 runs g1 on M0 with g2 in runnext and g3, g4 queued; P1 idle; g5 global; g6 sleeps; g7 in a syscall on M1. */
    private static WorldSnapshot small() {
        List<GoroutineView> gs = List.of(
                g(1, GStatus.RUNNING, WaitReason.ZERO, Location.RUNNING, 0),
                g(2, GStatus.RUNNABLE, WaitReason.ZERO, Location.RUNNEXT, 0),
                g(3, GStatus.RUNNABLE, WaitReason.ZERO, Location.LOCAL, 0),
                g(4, GStatus.RUNNABLE, WaitReason.ZERO, Location.LOCAL, 0),
                g(5, GStatus.RUNNABLE, WaitReason.ZERO, Location.GLOBAL, -1),
                g(6, GStatus.WAITING, WaitReason.SLEEP, Location.WAITING, -1),
                g(7, GStatus.SYSCALL, WaitReason.ZERO, Location.SYSCALL, 1));
        List<ProcessorView> ps = List.of(
                new ProcessorView(0, PStatus.RUNNING, 0, 2, List.of(3, 4), 7, 1, false),
                new ProcessorView(1, PStatus.IDLE, -1, -1, List.of(), 0, 0, true));
        List<MachineView> ms = List.of(
                new MachineView(0, 0, 1, false, false, false, false),
                new MachineView(1, -1, 7, false, false, false, false),
                new MachineView(2, -1, -1, false, true, false, false));
        return new WorldSnapshot(5000, 42, gs, ps, ms, List.of(5), List.of(1), List.of(2), 0, false, 0, 0, false, 0, "");
    }

    private static GoroutineView g(int goid, GStatus s, WaitReason r, Location l, int where) {
        return new GoroutineView(goid, s, r, l, where, "main.f", 0, 1);
    }

    private static Token token(BoardLayout layout, int goid) {
        return layout.tokens().stream().filter(t -> t.goid() == goid).findFirst().orElseThrow();
    }

    @Test void aPointInsideATokenFindsThatGoroutineAndAPointBetweenTokensFindsNone() {
        BoardLayout layout = model.layout(small(), 1400, 800);
        Token runnext = token(layout, 2);

        assertThat(layout.tokenAt(runnext.x(), runnext.y())).isEqualTo(runnext);
        assertThat(layout.tokenAt(runnext.x() + runnext.size() * 0.45, runnext.y())).isEqualTo(runnext);
        assertThat(layout.tokenAt(runnext.x() + runnext.size() * 0.55, runnext.y() + runnext.size() * 0.55)).isNull();
        assertThat(layout.tokenAt(-10, -10)).isNull();
    }

    @Test void putsEveryGoroutineOfASmallWorldInItsPlace() {
        BoardLayout layout = model.layout(small(), 1400, 800);
        ProcessorCard p0 = layout.cards().get(0);

        assertThat(layout.cards()).extracting(ProcessorCard::id).containsExactly(0, 1);
        assertThat(token(layout, 1)).extracting(Token::kind, Token::x, Token::y)
                .containsExactly(TokenKind.RUNNING, p0.runSlot().x(), p0.runSlot().y());
        assertThat(token(layout, 2)).extracting(Token::x, Token::y).containsExactly(p0.runnextSlot().x(), p0.runnextSlot().y());
        assertThat(token(layout, 3)).extracting(Token::x).isEqualTo(p0.localSlots().get(0).x());
        assertThat(token(layout, 4)).extracting(Token::x).isEqualTo(p0.localSlots().get(1).x());
        assertThat(layout.globalQueue().slots()).hasSize(1);
        assertThat(token(layout, 5).x()).isEqualTo(layout.globalQueue().slots().get(0).x());
        assertThat(layout.waitLanes()).extracting(Lane::title).containsExactly(WaitGroup.SLEEP.title());
        assertThat(token(layout, 6).kind()).isEqualTo(TokenKind.WAITING);
        assertThat(layout.syscalls().total()).isEqualTo(1);
        assertThat(token(layout, 7).kind()).isEqualTo(TokenKind.SYSCALL);
        assertThat(layout.tokens()).hasSize(7);
        assertThat(layout.counts()).isEqualTo(new GoroutineCounts(1, 4, 1, 1));
        assertThat(layout.threads()).extracting(ThreadChip::state)
                .containsExactly(ThreadChip.ThreadState.RUNNING, ThreadChip.ThreadState.SYSCALL, ThreadChip.ThreadState.IDLE);
        assertThat(layout.idleProcessors()).containsExactly(1);
        assertThat(layout.worldStopped()).isFalse();
    }

    @Test void aLongLocalQueueDrawsItsHeadAndCountsTheRest() {
        WorldSnapshot busy = SyntheticWorld.busy(1, 100);
        BoardLayout layout = model.layout(busy, 1400, 800);
        ProcessorCard p0 = layout.cards().get(0);

        assertThat(p0.localCount()).isGreaterThan(BoardViewModel.LOCAL_SLOTS);
        int slots = p0.localSlots().size();
        assertThat(slots).isBetween(BoardViewModel.LOCAL_SLOTS, BoardViewModel.MAX_LOCAL_SLOTS);
        assertThat(p0.hiddenLocal()).isEqualTo(p0.localCount() - (slots - 1));
        List<Integer> head = busy.processor(0).localQueue().subList(0, slots - 1);
        assertThat(layout.tokens().stream().filter(t -> t.y() == p0.localSlots().get(0).y()).map(Token::goid))
                .containsExactlyElementsOf(head);
    }

    @Test void aHundredThousandGoroutinesOnSixtyFourPsStayWithinTheDrawingBudget() {
        BoardLayout layout = model.layout(SyntheticWorld.busy(64, 100_000), 1600, 900);

        assertThat(layout.cards()).hasSize(64);
        assertThat(layout.tokens()).hasSizeLessThanOrEqualTo(BoardViewModel.MAX_TOKENS);
        assertThat(layout.counts().total()).isEqualTo(100_000);
        assertThat(layout.globalQueue().hidden()).isEqualTo(10_000 - layout.globalQueue().slots().size());
        int drawnWaiting = layout.waitLanes().stream().mapToInt(l -> l.slots().size()).sum();
        int hiddenWaiting = layout.waitLanes().stream().mapToInt(Lane::hidden).sum();
        assertThat(drawnWaiting + hiddenWaiting).isEqualTo(layout.counts().waiting());
    }

    @Test void cardsDoNotOverlapAndStayOnTheBoard() {
        BoardLayout layout = model.layout(SyntheticWorld.busy(12, 500), 1400, 800);
        List<ProcessorCard> cards = layout.cards();
        for (ProcessorCard c : cards) {
            assertThat(c.x() + c.width()).isLessThanOrEqualTo(layout.globalQueue().x());
            assertThat(c.y() + c.height()).isLessThanOrEqualTo(800);
        }
        IntStream.range(0, cards.size()).forEach(i -> IntStream.range(i + 1, cards.size()).forEach(j -> {
            ProcessorCard a = cards.get(i), b = cards.get(j);
            boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                    || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
            assertThat(apart).as("P%d and P%d apart", a.id(), b.id()).isTrue();
        }));
    }

    @Test void aStoppedWorldRaisesTheBanner() {
        WorldSnapshot s = small();
        List<ProcessorView> stopped = s.processors().stream()
                .map(p -> new ProcessorView(p.id(), PStatus.GCSTOP, p.m(), p.runnext(), p.localQueue(), p.schedtick(), p.timers(), false))
                .toList();
        WorldSnapshot stw = new WorldSnapshot(s.time(), s.eventIndex(), s.goroutines(), stopped, s.machines(),
                s.globalQueue(), List.of(), s.idleMachines(), 0, false, 0, 0, false, 0, "", "off", "GC (mark termination)", List.of());

        assertThat(model.layout(stw, 1400, 800).worldStopped()).isTrue();
        assertThat(model.layout(stw, 1400, 800).banner()).isEqualTo("The world is stopped for GC (mark termination): every P is in GCSTOP");
    }

    @Test void inChineseTheBannerAndTheLanesReadChinese() {
        WorldSnapshot s = small();
        WorldSnapshot marking = new WorldSnapshot(s.time(), s.eventIndex(), s.goroutines(), s.processors(), s.machines(),
                s.globalQueue(), s.idleProcessors(), s.idleMachines(), 0, false, 0, 0, false, 0, "", "mark", "", List.of());
        var zh = dev.schedlab.views.text.ViewText.of(java.util.Locale.SIMPLIFIED_CHINESE);

        BoardLayout layout = model.layout(marking, 1400, 800, zh);
        assertThat(layout.banner()).isEqualTo("GC 周期：并发标记中，世界照常运行");
        assertThat(layout.globalQueue().title()).isEqualTo("全局运行队列");
        assertThat(layout.syscalls().title()).isEqualTo("系统调用（没有 P 的 M）");
        assertThat(model.layout(marking, 1400, 800).globalQueue().title()).isEqualTo("Global run queue");
    }

    @Test void theBannerSaysTheWorldIsStoppingBeforeEveryPHasStoppedThenShowsTheGcPhaseWhileTheWorldRuns() {
        WorldSnapshot s = small();
        WorldSnapshot stopping = new WorldSnapshot(s.time(), s.eventIndex(), s.goroutines(), s.processors(), s.machines(),
                s.globalQueue(), s.idleProcessors(), s.idleMachines(), 0, false, 0, 0, false, 0, "", "off", "GC (sweep termination)", List.of());
        WorldSnapshot marking = new WorldSnapshot(s.time(), s.eventIndex(), s.goroutines(), s.processors(), s.machines(),
                s.globalQueue(), s.idleProcessors(), s.idleMachines(), 0, false, 0, 0, false, 0, "", "mark", "", List.of());

        assertThat(model.layout(stopping, 1400, 800).banner()).startsWith("Stopping the world for GC (sweep termination)");
        assertThat(model.layout(stopping, 1400, 800).worldStopping()).isTrue();
        assertThat(model.layout(marking, 1400, 800).worldStopping()).isFalse();
        assertThat(model.layout(marking, 1400, 800).banner()).isEqualTo("GC cycle: concurrent mark, the world runs");
        WorldSnapshot worker = new WorldSnapshot(s.time(), s.eventIndex(), s.goroutines(), s.processors(), s.machines(),
                s.globalQueue(), s.idleProcessors(), s.idleMachines(), 0, false, 0, 0, false, 0, "", "mark", "", List.of(1));
        assertThat(model.layout(worker, 1400, 800).cards()).extracting(ProcessorCard::markWorker).containsExactly(false, true);
        assertThat(model.layout(s, 1400, 800).banner()).as("no GC, no stop: no banner").isEmpty();
    }

    @Test void groupsWaitReasonsAsALessonDoes() {
        assertThat(WaitGroup.of(WaitReason.CHAN_RECEIVE_NIL_CHAN)).isEqualTo(WaitGroup.CHAN_RECEIVE);
        assertThat(WaitGroup.of(WaitReason.SYNC_RWMUTEX_RLOCK)).isEqualTo(WaitGroup.MUTEX);
        assertThat(WaitGroup.of(WaitReason.SEMACQUIRE)).isEqualTo(WaitGroup.SEMACQUIRE);
        assertThat(WaitGroup.of(WaitReason.GC_SWEEP_WAIT)).isEqualTo(WaitGroup.RUNTIME);
    }
}
