package dev.schedlab.app.playback;

import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.scenario.Chapter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places a scenario's chapters on a run as its events are recorded: a chapter set at a time is
 * placed at once, one set at an event type when that event first happens. Not thread-safe.
 */
final class ChapterTimes {
    private final List<Chapter> chapters;
    private final long[] times;
    private int unplaced;

    ChapterTimes(List<Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
        this.times = new long[chapters.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = chapters.get(i).trigger() instanceof Chapter.AtTime t ? t.nanos() : -1;
            if (times[i] < 0) unplaced++;
        }
    }

    void accept(TraceEvent e) {
        if (unplaced == 0) return;
        String type = e.getClass().getSimpleName();
        for (int i = 0; i < times.length; i++) {
            if (times[i] < 0 && chapters.get(i).trigger() instanceof Chapter.FirstEvent f && f.eventType().equals(type)) {
                times[i] = e.time();
                unplaced--;
            }
        }
    }

    /** The chapters placed so far, in time order. */
    List<NarrationPoint> points() {
        List<NarrationPoint> placed = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= 0) placed.add(new NarrationPoint(times[i], chapters.get(i)));
        }
        placed.sort(Comparator.comparingLong(NarrationPoint::time));
        return List.copyOf(placed);
    }
}
