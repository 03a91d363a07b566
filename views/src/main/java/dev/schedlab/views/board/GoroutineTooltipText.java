package dev.schedlab.views.board;

import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.views.timeline.TimeAxis;

import java.util.Locale;

/** What hovering a goroutine's token says: who it is, what it is doing, where, and since when. */
public final class GoroutineTooltipText {
    private GoroutineTooltipText() {}

    /** The text for {@code g} in a snapshot taken at {@code now} (ns). */
    public static String of(GoroutineView g, long now) {
        String status = g.status().name().toLowerCase(Locale.ROOT);
        if (g.status() == GStatus.WAITING && !g.reason().text().isEmpty()) status += " (" + g.reason().text() + ")";
        return "g" + g.goid() + " · " + status + "\n"
                + "started as " + g.function() + (g.parent() >= 0 ? " by g" + g.parent() : " by the runtime") + "\n"
                + place(g) + "\n"
                + "since " + TimeAxis.label(g.since()) + ", for " + TimeAxis.label(Math.max(0, now - g.since()));
    }

    private static String place(GoroutineView g) {
        return switch (g.location()) {
            case RUNNING -> "running on M" + g.where();
            case RUNNEXT -> "in P" + g.where() + "'s runnext slot";
            case LOCAL -> "in P" + g.where() + "'s local run queue";
            case GLOBAL -> "in the global run queue";
            case HELD -> "held by M" + g.where() + ", about to run";
            case WAITING -> "parked: " + WaitGroup.of(g.reason()).title() + " lane";
            case SYSCALL -> "in a system call on M" + g.where() + ", which has no P";
        };
    }
}
