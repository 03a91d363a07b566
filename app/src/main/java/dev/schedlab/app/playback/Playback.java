package dev.schedlab.app.playback;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.schedlab.model.inspect.ReplayPlan;
import dev.schedlab.views.timeline.TimelineMarker;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The window's view-model for playing a run: the playhead (simulated ns), play/pause, speed, steps
 * by event, GOMAXPROCS changes, and the latest {@link Frame} and {@link RunProgress} to show.
 *
 * <p>Threading: its properties and methods belong to the FX thread. The simulation lives on the
 * {@code background} executor (which must run one task at a time), which computes ahead of the
 * playhead and answers state requests; results come back through {@code fx}. State requests are
 * coalesced: only the latest one pending is computed. The playhead moves only through {@link #tick}
 * (from the window's one AnimationTimer), seeks and steps: the playback owns no clock.
 */
public final class Playback {
    /** Speeds, in simulated ns per second of wall time: from 1 µs/s to real time. */
    public static final double SLOWEST = 1e3, FASTEST = 1e9;
    /** Seconds of playing ahead that the background keeps computed. */
    private static final double AHEAD_SECONDS = 10;
    /** A program this short (in events) is computed whole as soon as it is opened. */
    private static final long EAGER_EVENTS = 200_000;

    private final Executor background;
    private final Executor fx;

    private final ObjectProperty<LabProgram> program = new SimpleObjectProperty<>(this, "program");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<RunProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final LongProperty playhead = new SimpleLongProperty(this, "playhead");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1e5);
    private final StringProperty failure = new SimpleStringProperty(this, "failure", "");
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper(this, "narration", "");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Locale.ENGLISH);
    private final ReadOnlyObjectWrapper<FigureTrack> figures = new ReadOnlyObjectWrapper<>(this, "figures", FigureTrack.EMPTY);
    /** Seed of the runtime's random choices (steal order, select). */
    private long seed = 1;
    /** Another run shown beside this one (A/B): playing goes on until both have ended. */
    private Playback companion;

    private final List<GomaxprocsChange> changes = new ArrayList<>();
    /** GODEBUG settings of the run (the schedtrace console sets schedtrace and scheddetail). */
    private java.util.Map<String, String> godebug = java.util.Map.of();
    private final List<TimelineMarker> knobChanges = new ArrayList<>();
    /** Derived: {@code changes} and {@code knobChanges} as the timeline shows them, in time order. */
    private final ObservableList<TimelineMarker> markers = FXCollections.observableArrayList();
    // One wrapper kept for good: it hears the list through a weak listener.
    private final ObservableList<TimelineMarker> readOnlyMarkers = FXCollections.unmodifiableObservableList(markers);
    private volatile long generation;
    private boolean settingPlayhead;
    /** The seed of the current run (the one the last rebuild used), for {@link #replayPlan()}. */
    private long runSeed = 1;
    /** The GODEBUG settings of the current run (the schedtrace console's), for {@link #replayPlan()}. */
    private java.util.Map<String, String> runGodebug = java.util.Map.of();

    // Shared with the background executor.
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean serviceQueued = new AtomicBoolean();
    private volatile long aheadTarget;
    private SimulationSession session; // background executor only
    private boolean unpublished; // background executor only
    private long lastPublish; // background executor only
    private static final long PUBLISH_EVERY_NS = 50_000_000;

    private sealed interface Request permits AtTime, AtEvent, AtNextDecision {}

    private record AtTime(long time) implements Request {}

    private record AtEvent(long index) implements Request {}

    /** The first scheduling decision after event {@code from}. */
    private record AtNextDecision(long from) implements Request {}

    public Playback(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        playhead.addListener((o, was, now) -> {
            if (!settingPlayhead) requestFrame(new AtTime(now.longValue()));
            aheadTarget = aheadOf(now.longValue());
            wake();
            updateNarration();
        });
        progress.addListener((o, was, now) -> updateNarration());
        language.addListener((o, was, now) -> updateNarration());
    }

    private void updateNarration() {
        RunProgress r = progress.get();
        narration.set(r == null ? "" : r.narrationAt(playhead.get(), language.get()));
    }

    // ---- properties (FX thread)

    public ObjectProperty<LabProgram> programProperty() { return program; }
    public ReadOnlyObjectProperty<Frame> frameProperty() { return frame.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RunProgress> progressProperty() { return progress.getReadOnlyProperty(); }
    public LongProperty playheadProperty() { return playhead; }
    public BooleanProperty playingProperty() { return playing; }
    /** Simulated ns per second of wall time. */
    public DoubleProperty speedProperty() { return speed; }
    /** The GOMAXPROCS and knob changes made during the run, for the timeline (read-only). */
    public ObservableList<TimelineMarker> markers() { return readOnlyMarkers; }
    /** The language the narration is read in (a scenario's translation, else its original). */
    public ObjectProperty<Locale> languageProperty() { return language; }
    /** The scenario's chapter being read at the playhead, or empty. */
    public ReadOnlyStringProperty narrationProperty() { return narration.getReadOnlyProperty(); }
    /** Why the simulation stopped early, or empty. */
    public StringProperty failureProperty() { return failure; }
    /** The run's key figures so far, answerable at any time up to the computed end. */
    public ReadOnlyObjectProperty<FigureTrack> figuresProperty() { return figures.getReadOnlyProperty(); }
    public long seed() { return seed; }

    /** Another playback on the same executors: its simulation shares this one's background thread. */
    public Playback sibling() { return new Playback(background, fx); }

    /**
     * Plays on past this run's end while {@code other} (shown beside it, sharing the playhead) has
     * not ended; null for none. Only this playback's clock moves the shared playhead.
     */
    public void setCompanion(Playback other) { companion = other; }

    /**
     * How the current run is made (program, settings, GOMAXPROCS changes), for replaying it to a
     * moment: the inspector reads the live state there. Null before a program is open. FX thread.
     */
    public ReplayPlan replayPlan() {
        LabProgram p = program.get();
        if (p == null) return null;
        List<ReplayPlan.GomaxprocsAt> at = new ArrayList<>();
        for (GomaxprocsChange c : changes) at.add(new ReplayPlan.GomaxprocsAt(c.time(), c.gomaxprocs()));
        return new ReplayPlan(p.program(), SimulationSession.settings(p, runSeed, runGodebug), at);
    }

    // ---- commands (FX thread)

    /** The seed of the runtime's random choices for the runs opened from now on (1 unless set). */
    public void setSeed(long seed) { this.seed = seed; }

    /** Runs {@code p} from the start, paused at time 0. */
    public void open(LabProgram p) { open(p, seed); }

    /** Runs {@code p} from the start with the runtime's random choices seeded by {@code seed}. */
    public void open(LabProgram p, long seed) { open(p, seed, 0); }

    /**
     * Runs {@code p} from the start with {@code seed}, showing it at time {@code at}: a run opened
     * beside another (A/B) joins the shared playhead where it is.
     */
    public void open(LabProgram p, long seed, long at) {
        this.seed = seed;
        changes.clear();
        knobChanges.clear();
        remark();
        program.set(p);
        rebuild(Math.max(0, at));
    }

    /**
     * The same program recompiled with another knob value: re-run with the same seed up to the
     * playhead, so the state before it is what the new load gives; GOMAXPROCS changes stay. The
     * change is marked on the timeline at the playhead as {@code change} (e.g. "Jobs: 64").
     */
    public void reload(LabProgram p, String change) {
        program.set(p);
        long at = playhead.get();
        knobChanges.removeIf(m -> m.time() >= at);
        if (at > 0) knobChanges.add(new TimelineMarker(at, change));
        remark();
        rebuild(at);
    }

    private void remark() {
        List<TimelineMarker> all = new ArrayList<>(knobChanges);
        for (GomaxprocsChange c : changes) all.add(new TimelineMarker(c.time(), "GOMAXPROCS " + c.gomaxprocs()));
        all.sort(Comparator.comparingLong(TimelineMarker::time));
        markers.setAll(all);
    }

    public void play() {
        RunProgress r = progress.get();
        if (r != null && r.finished() && playhead.get() >= r.endTime()) seek(0);
        playing.set(true);
    }

    public void pause() { playing.set(false); }

    public void togglePlay() {
        if (playing.get()) pause(); else play();
    }

    /** Back to time 0, paused. */
    public void restart() {
        pause();
        seek(0);
    }

    /**
     * Chapter {@code n} of the scenario's narration (counted from 1, in time order): the playhead
     * goes to its start, paused, so the teacher can talk it over. False when there is no such chapter.
     */
    public boolean jumpToChapter(int n) {
        RunProgress r = progress.get();
        if (r == null || n < 1 || n > r.narration().size()) return false;
        pause();
        seek(r.narration().get(n - 1).time());
        return true;
    }

    /** Moves the playhead to {@code time}, clamped to what can be computed. */
    public void seek(long time) { playhead.set(Math.max(0, time)); }

    /** One event forward, paused. */
    public void stepForward() {
        pause();
        Frame f = frame.get();
        requestFrame(new AtEvent(f == null ? 1 : f.snapshot().eventIndex() + 1));
    }

    /**
     * Forward to just after the next scheduling decision (an M giving its P a goroutine to run),
     * paused: the step a teacher wants, skipping the bookkeeping between decisions.
     */
    public void stepToNextDecision() {
        pause();
        Frame f = frame.get();
        requestFrame(new AtNextDecision(f == null ? 0 : f.snapshot().eventIndex()));
    }

    /** One event back, paused. */
    public void stepBack() {
        pause();
        Frame f = frame.get();
        if (f != null && f.snapshot().eventIndex() > 0) requestFrame(new AtEvent(f.snapshot().eventIndex() - 1));
    }

    /**
     * Sets GOMAXPROCS at the playhead: the run is rebuilt by re-simulating from the start up to the
     * playhead and calling setGomaxprocs there; later changes are forgotten. At time 0 the program
     * simply starts with {@code n} Ps.
     */
    public void changeGomaxprocs(int n) {
        LabProgram p = program.get();
        if (p == null) return;
        long at = playhead.get();
        changes.removeIf(c -> c.time() >= at);
        if (at == 0) program.set(p.withGomaxprocs(n));
        else {
            changes.add(new GomaxprocsChange(at, n));
        }
        remark();
        rebuild(at);
    }

    /**
     * Runs with {@code GODEBUG=schedtrace=periodMs} (and {@code scheddetail=1} if {@code detail}), or
     * without when {@code periodMs} is 0: the run is computed again, as with any GODEBUG change (Go's
     * sysmon never sleeps deeply while schedtrace is on), and the playhead stays where it is.
     */
    public void setSchedtrace(int periodMs, boolean detail) {
        java.util.Map<String, String> g = new java.util.TreeMap<>();
        if (periodMs > 0) {
            g.put("schedtrace", String.valueOf(periodMs));
            if (detail) g.put("scheddetail", "1");
        }
        if (g.equals(godebug)) return;
        godebug = java.util.Map.copyOf(g);
        if (program.get() != null) rebuild(playhead.get());
    }

    /** Advances the playhead by {@code seconds} of wall time at the current speed, while playing. */
    public void tick(double seconds) {
        if (!playing.get() || seconds <= 0) return;
        RunProgress r = progress.get();
        if (r == null) return;
        long now = playhead.get();
        long next = now + Math.max(1, Math.round(seconds * speed.get()));
        long end = r.endTime();
        boolean finished = r.finished();
        RunProgress other = companion == null ? null : companion.progress.get();
        if (other != null) {
            end = Math.max(end, other.endTime());
            finished &= other.finished();
        }
        if (next >= end) {
            next = end;
            if (finished) pause();
        }
        NarrationPoint stop = r.pauseBetween(now, next);
        if (stop != null) { // a chapter the teacher wants to talk over: stop on it
            next = stop.time();
            pause();
        }
        playhead.set(next);
    }

    // ---- the background side

    private void rebuild(long keepTime) {
        LabProgram p = program.get();
        long gen = ++generation;
        List<GomaxprocsChange> replay = List.copyOf(changes);
        runSeed = seed;
        runGodebug = godebug;
        long sessionSeed = runSeed;
        java.util.Map<String, String> debug = godebug;
        aheadTarget = aheadOf(keepTime);
        background.execute(() -> {
            session = new SimulationSession(p, sessionSeed, replay, gen, debug);
            publishProgress(session);
            wake(); // requests that came before this session existed
        });
        settingPlayhead = true;
        playhead.set(keepTime);
        settingPlayhead = false;
        requestFrame(new AtTime(keepTime));
    }

    private long aheadOf(long time) { return time + (long) (speed.get() * AHEAD_SECONDS); }

    private void requestFrame(Request r) {
        pending.set(r);
        wake();
    }

    private void wake() {
        if (serviceQueued.compareAndSet(false, true)) background.execute(this::service);
    }

    /** On the background executor: answer the latest state request, then compute a batch ahead. */
    private void service() {
        try {
            serviceRequests();
        } catch (RuntimeException e) {
            // An executor swallows exceptions: say what went wrong instead of leaving the board blank.
            String why = "the lab failed: " + e;
            if ("1".equals(System.getenv("SCHEDLAB_DEBUG"))) e.printStackTrace();
            fx.execute(() -> failure.set(why));
        }
    }

    private void serviceRequests() {
        serviceQueued.set(false);
        SimulationSession s = session;
        if (s == null || s.progress().generation() != generation) return; // its session is still being built
        Request r = pending.getAndSet(null);
        if (r != null) {
            Frame f = answer(s, r);
            fx.execute(() -> show(f));
            // A moment not computed yet: show what there is now, and answer again as the run catches up.
            if (r instanceof AtTime t && t.time() > s.progress().endTime() && !s.done()) pending.compareAndSet(null, r);
            if (!(r instanceof AtTime)) publishProgress(s); // a step may have computed more
        }
        long before = s.progress().eventCount();
        boolean more = s.computeAhead(aheadTarget)
                || (!s.done() && before < EAGER_EVENTS && s.computeAhead(Long.MAX_VALUE));
        if (s.progress().eventCount() != before) unpublished = true;
        // At most PUBLISH_EVERY_NS apart while computing, and always once it pauses: the FX thread
        // repaints the timeline for each, and a long run would otherwise send hundreds a second.
        long now = System.nanoTime();
        if (unpublished && (!more || s.done() || now - lastPublish >= PUBLISH_EVERY_NS)) {
            unpublished = false;
            lastPublish = now;
            publishProgress(s);
        }
        if (more || pending.get() != null) wake();
    }

    // Java 17 has no pattern switch; the sealed Request keeps this list short and complete.
    private static Frame answer(SimulationSession s, Request r) {
        if (r instanceof AtEvent e) return s.frameAtEvent(e.index());
        if (r instanceof AtNextDecision d) return s.frameAtNextDecision(d.from());
        return s.frameAt(((AtTime) r).time());
    }

    private void publishProgress(SimulationSession s) {
        RunProgress p = s.progress();
        FigureTrack f = s.figures();
        String why = s.failure();
        fx.execute(() -> {
            if (p.generation() != generation) return;
            figures.set(f);
            progress.set(p);
            failure.set(why);
        });
    }

    private void show(Frame f) {
        if (f.generation() != generation) return;
        frame.set(f);
        if (f.byEvent()) {
            settingPlayhead = true;
            playhead.set(f.snapshot().time());
            settingPlayhead = false;
        }
    }
}
