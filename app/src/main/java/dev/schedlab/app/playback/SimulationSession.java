package dev.schedlab.app.playback;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.record.ChartRecorder;
import dev.schedlab.model.record.Recording;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.trace.EventText;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.views.timeline.TimelineModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private final RunFigures figures = new RunFigures();
    private final ChartRecorder charts;
    private final List<RunHistory.Moment> moments = new ArrayList<>();
    private final List<RunHistory.SchedTraceReport> schedtrace = new ArrayList<>();
    private final long generation;
    /** Events a slice of computation aims at: small enough to keep state requests answered quickly. */
    static final long EVENTS_PER_SLICE = 20_000;
    private static final long MAX_SLICE = 1_000_000_000;
    private long slice = 100_000;
    private boolean failed;
    private String failure = "";

    SimulationSession(LabProgram program, long seed, List<GomaxprocsChange> changes, long generation) {
        this(program, seed, changes, generation, Map.of());
    }

    /** A session whose run has {@code godebug} set (schedtrace reports are kept with their times). */
    SimulationSession(LabProgram program, long seed, List<GomaxprocsChange> changes, long generation, Map<String, String> godebug) {
        this.generation = generation;
        this.recording = new Recording(program.gomaxprocs());
        this.timeline = new TimelineModel(program.gomaxprocs());
        this.chapters = new ChapterTimes(program.chapters());
        this.charts = new ChartRecorder(program.gomaxprocs());
        ProgramOutput output = new ProgramOutput() {
            @Override public void write(int fd, String text) { }
            @Override public void schedtrace(long timeNs, String text) { schedtrace.add(new RunHistory.SchedTraceReport(timeNs, text)); }
        };
        this.simulation = new Simulation(program.program(), settings(program, seed, godebug),
                e -> {
                    recording.accept(e);
                    timeline.accept(e);
                    chapters.accept(e);
                    charts.accept(e);
                    figures.accept(e);
                    remember(e.time());
                }, output);
        simulation.enableStackProfile();
        for (GomaxprocsChange c : changes) {
            guarded(() -> {
                simulation.runUntil(c.time());
                if (!simulation.finished()) simulation.setGomaxprocs(c.gomaxprocs());
            });
        }
    }

    /** The settings a program runs with in the window. */
    static Settings settings(LabProgram program, long seed, java.util.Map<String, String> godebug) {
        return Settings.of(program.gomaxprocs()).withSeed(seed).withGodebug(godebug);
    }

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
            remember(simulation.finished() ? recording.endTime() : simulation.now());
        });
        return !done() && simulation.now() < targetTime;
    }

    /** Simulates until at least {@code events} events are recorded, or the run ends. */
    void computeEvents(long events) {
        while (recording.eventCount() < events && !done()) computeAhead(Long.MAX_VALUE);
    }

    private static final int MAX_MOMENTS = 2048;
    private int momentStride = 1;
    private long momentCalls;

    /**
     * Keeps the profile and latencies as of {@code time} (called after every event), for the views
     * that show them up to the playhead. Past {@link #MAX_MOMENTS}, every other one is dropped and
     * only every other call is kept from then on: a short run keeps every event, memory stays
     * bounded for a long one, and the snapshots taken grow only with the logarithm of the events.
     */
    private void remember(long time) {
        if (simulation == null) return; // the boot's events, emitted while the simulation is constructed
        if (momentCalls++ % momentStride != 0 && !simulation.finished()) return;
        RunHistory.Moment last = moments.isEmpty() ? null : moments.get(moments.size() - 1);
        if (last != null && last.time() >= time) moments.remove(moments.size() - 1);
        moments.add(new RunHistory.Moment(time, simulation.stackProfile(), charts.latency()));
        if (moments.size() > MAX_MOMENTS) {
            List<RunHistory.Moment> kept = new ArrayList<>();
            for (int i = 0; i < moments.size(); i += 2) kept.add(moments.get(i));
            if ((moments.size() - 1) % 2 != 0) kept.add(moments.get(moments.size() - 1));
            moments.clear();
            moments.addAll(kept);
            momentStride *= 2;
        }
    }

    private void adaptSlice(long events) {
        if (events < EVENTS_PER_SLICE / 4) slice = Math.min(MAX_SLICE, slice * 2);
        else if (events > EVENTS_PER_SLICE * 4) slice = Math.max(1, slice / 2);
    }

    boolean done() { return failed || simulation.finished(); }

    String failure() { return failure; }

    RunProgress progress() {
        return new RunProgress(generation, recording.endTime(), recording.eventCount(), done(), timeline.data(), chapters.points(),
                charts.data(), new RunHistory(moments, schedtrace));
    }

    FigureTrack figures() { return figures.track(); }

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
