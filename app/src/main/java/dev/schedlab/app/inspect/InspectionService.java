package dev.schedlab.app.inspect;

import dev.schedlab.model.inspect.Inspector;
import dev.schedlab.model.inspect.Moment;
import dev.schedlab.model.inspect.ReplayCursor;
import dev.schedlab.model.inspect.ReplayPlan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Computes inspections off the FX thread: a replay of the run to the asked event ({@link ReplayCursor},
 * which stays there, so stepping forward replays only the step), on daemon threads of its own (so the
 * playback's computation is not held up). Only the latest request is answered; the last few answers
 * are kept, so stepping back and forth costs nothing.
 */
public final class InspectionService {
    /** What to inspect: a run, a moment of it (an event count) and a goroutine (-1 for none). */
    public record Query(ReplayPlan plan, long events, int goid) {}

    private static final int CACHED = 16;

    private final Executor worker;
    private final Executor fx;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final Map<Query, Inspector> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Query, Inspector> e) { return size() > CACHED; }
    };

    private record Pending(Query query, Consumer<Inspector> onResult) {}

    public InspectionService(Executor fx) {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "schedlab-inspector");
            t.setDaemon(true);
            return t;
        }), fx);
    }

    /** Replays on {@code worker}: an export without a display runs it on the FX thread, when it asks. */
    public InspectionService(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
    }

    /**
     * Asks for {@code q}'s inspection; {@code onResult} gets it on the FX thread, unless a later
     * request came first. A failed replay gives null.
     */
    public void request(Query q, Consumer<Inspector> onResult) {
        if (pending.getAndSet(new Pending(q, onResult)) == null) worker.execute(this::serve);
    }

    private void serve() {
        Pending p = pending.getAndSet(null);
        if (p == null) return;
        Inspector result;
        try {
            result = inspect(p.query());
        } catch (RuntimeException e) {
            result = null; // the run stopped with an internal error; the playback reports it already
        }
        Inspector answer = result;
        fx.execute(() -> {
            if (pending.get() == null) p.onResult().accept(answer); // a newer request will answer instead
        });
    }

    private Inspector inspect(Query q) {
        synchronized (cache) {
            Inspector hit = cache.get(q);
            if (hit != null) return hit;
        }
        if (cursor == null || !cursor.plan().equals(q.plan())) {
            if (cursor != null) cursor.close();
            cursor = new ReplayCursor(q.plan());
        }
        Moment m;
        try {
            m = cursor.at(q.events(), q.goid());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (m == null) return null;
        Inspector in = new Inspector(m);
        synchronized (cache) {
            cache.put(q, in);
        }
        return in;
    }

    /** The replay kept at the last moment asked for: a step forward replays only the events in between. Worker only. */
    private ReplayCursor cursor;
}
