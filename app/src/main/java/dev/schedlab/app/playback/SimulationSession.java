package dev.schedlab.app.playback;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.record.Recording;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.trace.EventText;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.views.timeline.TimelineModel;

import java.util.List;

/**
 * One run of a program: the simulation, its recording and its timeline, computed ahead in batches.
 * GOMAXPROCS changes are applied by re-simulating from the start up to each change's time and calling
 * {@link Simulation#setGomaxprocs} there (the simulation is deterministic, so the past is the same).
 *
 * <p>Threading: confined to the playback's single background executor.
 */
final class SimulationSession {
    private final Simulation simulation;
    private final Recording recording;
    private final TimelineModel timeline;
    private final ChapterTimes chapters;
    private final long generation;
    /** Events a slice of computation aims at: small enough to keep state requests answered quickly. */
    static final long EVENTS_PER_SLICE = 20_000;
    private static final long MAX_SLICE = 1_000_000_000;
    private long slice = 100_000;
    private boolean failed;
    private String failure = "";

    SimulationSession(LabProgram program, long seed, List<GomaxprocsChange> changes, long generation) {
        this.generation = generation;
        this.recording = new Recording(program.gomaxprocs());
        this.timeline = new TimelineModel(program.gomaxprocs());
        this.chapters = new ChapterTimes(program.chapters());
        this.simulation = new Simulation(program.program(), settings(program, seed),
                e -> { recording.accept(e); timeline.accept(e); chapters.accept(e); }, ProgramOutput.DISCARD);
        for (GomaxprocsChange c : changes) {
            guarded(() -> {
                simulation.runUntil(c.time());
                if (!simulation.finished()) simulation.setGomaxprocs(c.gomaxprocs());
            });
        }
    }

    /** The settings a program runs with in the window. */
    static Settings settings(LabProgram program, long seed) { return Settings.of(program.gomaxprocs()).withSeed(seed); }

    /**
     * Simulates until the simulation's clock reaches {@code targetTime}, in one slice of simulated time
     * sized so that a slice yields about {@link #EVENTS_PER_SLICE} events; true if more remains.
     */
    boolean computeAhead(long targetTime) {
        if (done() || simulation.now() >= targetTime) return false;
        guarded(() -> {
            long before = recording.eventCount();
            simulation.runUntil(Math.min(targetTime, simulation.now() + slice));
            adaptSlice(recording.eventCount() - before);
        });
        return !done() && simulation.now() < targetTime;
    }

    /** Simulates until at least {@code events} events are recorded, or the run ends. */
    void computeEvents(long events) {
        while (recording.eventCount() < events && !done()) computeAhead(Long.MAX_VALUE);
    }

    private void adaptSlice(long events) {
        if (events < EVENTS_PER_SLICE / 4) slice = Math.min(MAX_SLICE, slice * 2);
        else if (events > EVENTS_PER_SLICE * 4) slice = Math.max(1, slice / 2);
    }

    boolean done() { return failed || simulation.finished(); }

    String failure() { return failure; }

    RunProgress progress() {
        return new RunProgress(generation, recording.endTime(), recording.eventCount(), done(), timeline.data(), chapters.points());
    }

    Frame frameAt(long time) {
        return new Frame(generation, recording.stateAt(time), "", false);
    }

    Frame frameAtEvent(long index) {
        if (index > recording.eventCount()) computeEvents(index);
        long i = Math.max(0, Math.min(index, recording.eventCount()));
        WorldSnapshot s = recording.stateAtEvent(i);
        String text = i == 0 ? "start" : recording.events(i - 1, i).map(SimulationSession::describe).findFirst().orElse("");
        return new Frame(generation, s, text, true);
    }

    /**
     * The state just after the next scheduling decision at or after event {@code from}: the next time
     * an M's schedule() hands its P to a goroutine ({@code execute}). Looks at most
     * {@link #DECISION_HORIZON} events ahead, then stops there (or at the end of the run).
     */
    Frame frameAtNextDecision(long from) {
        long i = Math.max(0, from);
        long limit = i + DECISION_HORIZON;
        while (i < limit) {
            if (i >= recording.eventCount()) {
                if (done()) break;
                computeEvents(i + EVENTS_PER_SLICE);
                continue;
            }
            long end = Math.min(recording.eventCount(), limit);
            long found = firstDecision(i, end);
            if (found >= 0) return frameAtEvent(found + 1);
            i = end;
        }
        return frameAtEvent(Math.min(i, recording.eventCount()));
    }

    /** Events a "next scheduling decision" step looks through before giving up. */
    static final long DECISION_HORIZON = 1_000_000;

    private long firstDecision(long from, long to) {
        var events = recording.events(from, to).iterator();
        for (long i = from; events.hasNext(); i++) {
            if (events.next() instanceof TraceEvent.GoroutineExecuted) return i;
        }
        return -1;
    }

    private static String describe(TraceEvent e) { return EventText.line(e); }

    /** The model stops with an exception on an internal error: keep what was recorded and say so. */
    private void guarded(Runnable work) {
        if (failed) return;
        try {
            work.run();
        } catch (RuntimeException e) {
            failed = true;
            failure = "the simulation stopped: " + e.getMessage();
        }
    }
}
