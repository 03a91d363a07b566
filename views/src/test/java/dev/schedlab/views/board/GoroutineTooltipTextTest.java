package dev.schedlab.views.board;

import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.record.Location;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.WaitReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoroutineTooltipTextTest {
    @Test void aWaitingGoroutineSaysWhyWhereAndForHowLong() {
        GoroutineView g = new GoroutineView(7, GStatus.WAITING, WaitReason.CHAN_RECEIVE, Location.WAITING, -1, "main.worker", 1_500_000, 1);

        assertThat(GoroutineTooltipText.of(g, 4_000_000)).isEqualTo("""
                g7 · waiting (chan receive)
                started as main.worker by g1
                parked: chan receive lane
                since 1.5 ms, for 2.5 ms""");
    }

    @Test void aQueuedGoroutineNamesItsPAndARuntimeGoroutineItsCreator() {
        GoroutineView g = new GoroutineView(3, GStatus.RUNNABLE, WaitReason.ZERO, Location.LOCAL, 2, "runtime.bgsweep", 0, -1);

        assertThat(GoroutineTooltipText.of(g, 250)).isEqualTo("""
                g3 · runnable
                started as runtime.bgsweep by the runtime
                in P2's local run queue
                since 0, for 250 ns""");
    }

    @Test void inChineseTheTooltipKeepsGosWaitReasonAndFunctionAndTranslatesTheRest() {
        GoroutineView g = new GoroutineView(7, GStatus.WAITING, WaitReason.CHAN_RECEIVE, Location.WAITING, -1, "main.worker", 1_500_000, 1);

        assertThat(GoroutineTooltipText.of(g, 4_000_000, dev.schedlab.views.text.ViewText.of(java.util.Locale.SIMPLIFIED_CHINESE))).isEqualTo("""
                g7 · 等待中（chan receive）
                由 g1 以 main.worker 启动
                已停放：chan 接收泳道
                自 1.5 ms 起，已持续 2.5 ms""");
    }

    @Test void aGoroutineInASyscallSaysItsMHasNoP() {
        GoroutineView g = new GoroutineView(9, GStatus.SYSCALL, WaitReason.ZERO, Location.SYSCALL, 3, "main.main", 10, -1);

        assertThat(GoroutineTooltipText.of(g, 10)).contains("g9 · syscall").contains("in a system call on M3, which has no P");
    }
}
