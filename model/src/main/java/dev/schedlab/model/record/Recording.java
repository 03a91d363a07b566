package dev.schedlab.model.record;

import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.TraceEvent;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The log of a run and the way back to any moment of it. Each accepted event is folded into a live
 * {@link WorldState} (which validates it) and appended, encoded by an {@link EventCodec}, to chunked
 * byte arrays; no per-event objects are kept. Every {@code max(minInterval, eventsPerGoroutine *
 * liveGoroutines)} events, but at least every {@link #MAX_INTERVAL}, a checkpoint (an immutable
 * {@link WorldSnapshot} plus the byte offset) is kept, so checkpoint memory per event stays roughly
 * constant however many goroutines live, and a seek is one checkpoint restore plus a replay of at
 * most one interval. The cap bounds that replay (about 30 ms on this project's 2-core machine)
 * when a million goroutines live; their checkpoints then cost about 4 bytes per goroutine each.
 *
 * <p>Event indices count events: {@code stateAtEvent(n)} is the state after the first {@code n}
 * events, so {@code stateAtEvent(0)} is the initial state and {@code stateAtEvent(eventCount())} the
 * current one.
 *
 * <p>Threading: not thread-safe. Writing ({@link #accept}, {@link #truncateAfter}) and reading
 * must happen on one thread (the simulation's executor); the snapshots returned are immutable and
 * may be handed to any thread. An {@link IllegalStateException} from {@link #accept} means the event
 * was illegal in the current state; the recording must not be used afterwards.
 */
public final class Recording implements EventSink {
    /** Default minimum number of events between checkpoints. */
    public static final int DEFAULT_MIN_INTERVAL = 16_384;
    /** Default checkpoint interval per live goroutine. */
    public static final int DEFAULT_EVENTS_PER_GOROUTINE = 4;
    /** The longest replay a seek may need, in events, whatever the number of goroutines. */
    public static final int MAX_INTERVAL = 400_000;

    private final EventCodec codec = new EventCodec();
    private final ChunkedBytes bytes = new ChunkedBytes();
    private final ByteBuf scratch = new ByteBuf();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final int minInterval;
    private final int eventsPerGoroutine;
    private WorldState state;
    private EventCodec.Encoder encoder;

    /** A checkpoint: the state after {@code state.eventIndex()} events, whose next event starts at {@code offset}. */
    private record Checkpoint(WorldSnapshot state, long offset) {}

    /** An empty recording of a program started with {@code gomaxprocs} Ps, with the default checkpoint policy. */
    public Recording(int gomaxprocs) {
        this(gomaxprocs, DEFAULT_MIN_INTERVAL, DEFAULT_EVENTS_PER_GOROUTINE);
    }

    /**
     * An empty recording with a checkpoint every {@code max(minInterval, eventsPerGoroutine * live
     * goroutines)} events.
     */
    public Recording(int gomaxprocs, int minInterval, int eventsPerGoroutine) {
        if (minInterval < 1 || eventsPerGoroutine < 0) throw new IllegalArgumentException("bad checkpoint policy");
        this.minInterval = minInterval;
        this.eventsPerGoroutine = eventsPerGoroutine;
        this.state = new WorldState(gomaxprocs);
        this.encoder = codec.encoder(0);
        checkpoints.add(new Checkpoint(state.snapshot(), 0));
    }

    /** Folds and appends one event. */
    @Override
    public void accept(TraceEvent event) {
        state.apply(event);
        scratch.clear();
        encoder.encode(event, scratch);
        bytes.append(scratch.array(), scratch.length());
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        long interval = Math.min(MAX_INTERVAL, Math.max(minInterval, (long) eventsPerGoroutine * state.liveGoroutines()));
        if (state.eventIndex() - last.state().eventIndex() >= interval) {
            checkpoints.add(new Checkpoint(state.snapshot(), bytes.length()));
        }
    }

    /** The number of events recorded. */
    public long eventCount() { return state.eventIndex(); }

    /** The time of the last event, 0 if none. */
    public long endTime() { return state.time(); }

    /** The number of checkpoints kept, including the initial state. */
    public int checkpointCount() { return checkpoints.size(); }

    /** The current state (after every recorded event). */
    public WorldSnapshot current() { return state.snapshot(); }

    /** The state after the first {@code eventIndex} events, {@code 0 <= eventIndex <= eventCount()}. */
    public WorldSnapshot stateAtEvent(long eventIndex) {
        checkIndex(eventIndex);
        if (eventIndex == eventCount()) return state.snapshot();
        return replayTo(eventIndex).state.snapshot();
    }

    /**
     * The state after every event with time {@code <= timeNs} (the initial state for a time before
     * the first event, the current state for one at or after {@link #endTime()}).
     */
    public WorldSnapshot stateAt(long timeNs) {
        if (timeNs >= endTime()) return state.snapshot();
        int lo = 0, hi = checkpoints.size() - 1;
        while (lo < hi) { // the last checkpoint whose time is <= timeNs (checkpoint 0 always qualifies)
            int mid = (lo + hi + 1) >>> 1;
            if (checkpoints.get(mid).state().time() <= timeNs) lo = mid; else hi = mid - 1;
        }
        Checkpoint cp = checkpoints.get(lo);
        WorldState s = WorldState.of(cp.state());
        ByteReader in = bytes.reader(cp.offset(), bytes.length());
        EventCodec.Decoder dec = codec.decoder(in, cp.state().time());
        while (s.eventIndex() < eventCount()) {
            TraceEvent e = dec.next();
            if (e.time() > timeNs) break;
            s.apply(e);
        }
        return s.snapshot();
    }

    /** The events with indices in {@code [fromIndex, toIndex)}, decoded lazily in order. */
    public Stream<TraceEvent> events(long fromIndex, long toIndex) {
        checkIndex(fromIndex);
        checkIndex(toIndex);
        if (fromIndex > toIndex) throw new IllegalArgumentException(fromIndex + " > " + toIndex);
        Checkpoint cp = checkpoints.get(checkpointBefore(fromIndex));
        EventCodec.Decoder dec = codec.decoder(bytes.reader(cp.offset(), bytes.length()), cp.state().time());
        for (long i = cp.state().eventIndex(); i < fromIndex; i++) dec.next();
        Iterator<TraceEvent> it = new Iterator<>() {
            private long next = fromIndex;

            @Override public boolean hasNext() { return next < toIndex; }

            @Override public TraceEvent next() {
                if (!hasNext()) throw new NoSuchElementException();
                next++;
                return dec.next();
            }
        };
        long size = toIndex - fromIndex;
        return StreamSupport.stream(Spliterators.spliterator(it, size, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Keeps exactly the first {@code eventIndex} events and forgets the rest, so recording can go on from there. */
    public void truncateAfter(long eventIndex) {
        checkIndex(eventIndex);
        if (eventIndex == eventCount()) return;
        Replay r = replayTo(eventIndex);
        while (checkpoints.get(checkpoints.size() - 1).state().eventIndex() > eventIndex) {
            checkpoints.remove(checkpoints.size() - 1);
        }
        bytes.truncate(r.offset);
        state = r.state;
        encoder = codec.encoder(state.time());
    }

    /** Approximate heap bytes held: the encoded log, the interned strings and the checkpoints; an upper bound, since goroutine views shared between checkpoints are counted once per checkpoint. */
    public long memoryBytes() {
        long total = bytes.allocatedBytes() + codec.approximateBytes();
        for (Checkpoint cp : checkpoints) total += approximateBytes(cp.state());
        return total;
    }

    private static long approximateBytes(WorldSnapshot s) {
        long b = 200 + 56L * s.goroutines().size() + 4L * s.globalQueue().size() + 48L * s.machines().size();
        for (ProcessorView p : s.processors()) b += 80 + 4L * p.localQueue().size();
        return b;
    }

    private record Replay(WorldState state, long offset) {}

    private Replay replayTo(long eventIndex) {
        Checkpoint cp = checkpoints.get(checkpointBefore(eventIndex));
        WorldState s = WorldState.of(cp.state());
        ByteReader in = bytes.reader(cp.offset(), bytes.length());
        EventCodec.Decoder dec = codec.decoder(in, cp.state().time());
        while (s.eventIndex() < eventIndex) s.apply(dec.next());
        return new Replay(s, in.position());
    }

    /** The position of the last checkpoint at or before {@code eventIndex}. */
    private int checkpointBefore(long eventIndex) {
        int lo = 0, hi = checkpoints.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (checkpoints.get(mid).state().eventIndex() <= eventIndex) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private void checkIndex(long eventIndex) {
        if (eventIndex < 0 || eventIndex > eventCount()) {
            throw new IndexOutOfBoundsException("event index " + eventIndex + " not in [0, " + eventCount() + "]");
        }
    }
}
