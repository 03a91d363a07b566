package dev.schedlab.app.playback;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Runs tasks only when told, on the calling thread, in order: the playback's executors made deterministic. */
final class QueuedExecutor implements Executor {
    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override public void execute(Runnable task) { tasks.add(task); }

    /** Runs tasks (including those they queue) until none is left; returns how many ran. */
    int runAll() {
        int n = 0;
        for (Runnable t; (t = tasks.poll()) != null; n++) t.run();
        return n;
    }
}
