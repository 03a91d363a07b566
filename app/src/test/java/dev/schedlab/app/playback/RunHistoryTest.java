package dev.schedlab.app.playback;

import dev.schedlab.model.profile.StackProfile;
import dev.schedlab.model.record.LatencyHistogram;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the views get at a playhead: the last moment at or before it, and the reports printed by then. */
class RunHistoryTest {
    private static StackProfile profile(long ns) {
        return new StackProfile(List.of(new StackProfile.Stack(List.of("main.main"), ns)));
    }

    private static final RunHistory HISTORY = new RunHistory(
            List.of(new RunHistory.Moment(100, profile(10), LatencyHistogram.of(5)),
                    new RunHistory.Moment(200, profile(20), LatencyHistogram.of(5, 6)),
                    new RunHistory.Moment(400, profile(40), LatencyHistogram.of(5, 6, 7))),
            List.of(new RunHistory.SchedTraceReport(0, "SCHED 0ms: a\n"),
                    new RunHistory.SchedTraceReport(1_000_000, "SCHED 1ms: b\n"),
                    new RunHistory.SchedTraceReport(2_000_000, "SCHED 2ms: c\n")));

    @Test
    void theProfileAndLatenciesAreTheLastMomentAtOrBeforeThePlayhead() {
        assertThat(HISTORY.profileAt(99).totalNs()).isZero();
        assertThat(HISTORY.profileAt(100).totalNs()).isEqualTo(10);
        assertThat(HISTORY.profileAt(399).totalNs()).isEqualTo(20);
        assertThat(HISTORY.profileAt(10_000).totalNs()).isEqualTo(40);
        assertThat(HISTORY.latencyAt(250).count()).isEqualTo(2);
    }

    @Test
    void schedtraceShowsTheReportsPrintedUpToThePlayhead() {
        assertThat(HISTORY.schedtraceUpTo(0)).isEqualTo("SCHED 0ms: a\n");
        assertThat(HISTORY.schedtraceUpTo(1_999_999)).isEqualTo("SCHED 0ms: a\nSCHED 1ms: b\n");
        assertThat(HISTORY.reportsUpTo(5_000_000)).isEqualTo(3);
        assertThat(HISTORY.schedtraceText(1, 3)).isEqualTo("SCHED 1ms: b\nSCHED 2ms: c\n");
        assertThat(RunHistory.EMPTY.schedtraceUpTo(1_000)).isEmpty();
    }
}
