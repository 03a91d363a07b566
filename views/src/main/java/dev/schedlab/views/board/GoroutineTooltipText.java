package dev.schedlab.views.board;

import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.views.text.ViewText;
import dev.schedlab.views.timeline.TimeAxis;

/** What hovering a goroutine's token says: who it is, what it is doing, where, and since when. */
public final class GoroutineTooltipText {
    private GoroutineTooltipText() {}

    /** The text for {@code g} in a snapshot taken at {@code now} (ns), in English. */
    public static String of(GoroutineView g, long now) { return of(g, now, ViewText.ENGLISH); }

    /** The text for {@code g} in a snapshot taken at {@code now} (ns), in the given words. */
    public static String of(GoroutineView g, long now, ViewText text) {
        String status = text.get("tooltip.status." + g.status().name());
        // The wait reason stays Go's own words ("chan receive"), as tracebacks print it.
        if (g.status() == GStatus.WAITING && !g.reason().text().isEmpty()) status = text.get("tooltip.waitingFor", status, g.reason().text());
        String started = g.parent() >= 0 ? text.get("tooltip.startedBy", g.function(), Integer.toString(g.parent()))
                : text.get("tooltip.startedByRuntime", g.function());
        return "g" + g.goid() + " · " + status + "\n"
                + started + "\n"
                + place(g, text) + "\n"
                + text.get("tooltip.since", TimeAxis.label(g.since()), TimeAxis.label(Math.max(0, now - g.since())));
    }

    private static String place(GoroutineView g, ViewText text) {
        String lane = g.location() == dev.schedlab.model.record.Location.WAITING ? WaitGroup.of(g.reason()).title(text) : "";
        return text.get("tooltip.place." + g.location().name(), Integer.toString(g.where()), lane);
    }
}
