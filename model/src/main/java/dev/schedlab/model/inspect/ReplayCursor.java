package dev.schedlab.model.inspect;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.vm.Program;

/**
 * A replay that stays where it was asked last, for stepping: the simulation runs on a thread of its
 * own and waits inside its event sink at the moment asked for, so the next step forward costs only
 * the events in between, and another goroutine at the same moment costs nothing. A moment earlier
 * than the current one starts a new replay. Gives the same {@link Moment}s as {@link Replay#at}.
 * Thread-safe; {@link #close} ends the replay thread.
 */
public final class ReplayCursor implements AutoCloseable {
    private final ReplayPlan plan;
    private final Object lock = new Object();
    private Follower follower; // the running replay, or null

    public ReplayCursor(ReplayPlan plan) { this.plan = plan; }

    public ReplayPlan plan() { return plan; }

    /**
     * The state just after {@code events} events (or at the end of the run), with goroutine
     * {@code goid}'s detail; null if the model failed on the way (an internal error).
     */
    public Moment at(long events, int goid) throws InterruptedException {
        synchronized (lock) {
            if (follower == null || follower.isDead() || !follower.canReach(events)) {
                if (follower != null) follower.stop();
                follower = new Follower(plan);
            }
            return follower.ask(Math.max(0, events), goid);
        }
    }

    @Override public void close() {
        synchronized (lock) {
            if (follower != null) follower.stop();
            follower = null;
        }
    }

    /** Unwinds the replay thread out of the simulation. */
    private static final class Stopped extends RuntimeException {
        Stopped() { super(null, null, false, false); }
    }

    /** The replay thread and its event sink, which waits for requests at each asked-for moment. */
    private static final class Follower implements EventSink {
        private final Program program;
        private final SwitchHistory switches = new SwitchHistory();
        private Simulation simulation; // replay thread only
        // written by the replay thread; read by the asking thread under this lock while the replay waits
        private long count;
        private TraceEvent last;
        // guarded by this
        private long target = -1;
        /** {@link #target} for the unlocked check in accept(): a request's moment, or MAX_VALUE while there is none. */
        private volatile long wanted = Long.MAX_VALUE;
        private int goid = -1;
        private Moment answer;
        private boolean answered = true;
        private boolean stopped;
        private boolean dead;
        private boolean ended; // the run is over: any later moment is its end

        Follower(ReplayPlan plan) {
            this.program = plan.program();
            Thread t = new Thread(() -> replay(plan), "schedlab-replay");
            t.setDaemon(true);
            t.start();
        }

        /**
         * Whether this replay can still give the moment after {@code events} events: not one it has
         * passed, nor, once the run ended, its last event (seen from inside the sink, as Replay does).
         */
        synchronized boolean canReach(long events) { return ended ? events > count : events >= count; }

        synchronized boolean isDead() { return dead; }

        synchronized Moment ask(long events, int g) throws InterruptedException {
            if (dead) return null;
            target = events;
            wanted = events;
            goid = g;
            answered = false;
            notifyAll();
            while (!answered && !dead) wait();
            return answered ? answer : null;
        }

        synchronized void stop() {
            stopped = true;
            notifyAll();
        }

        private void replay(ReplayPlan plan) {
            try {
                simulation = new Simulation(plan.program(), plan.settings(), this, ProgramOutput.DISCARD);
                synchronized (this) {
                    serve(); // waits for the first request; a moment during the boot gets the state after it
                }
                for (ReplayPlan.GomaxprocsAt c : plan.changes()) {
                    simulation.runUntil(c.time());
                    if (!simulation.finished()) simulation.setGomaxprocs(c.gomaxprocs());
                }
                simulation.run();
                synchronized (this) {
                    ended = true;
                    serve();
                }
            } catch (Stopped s) {
                // asked to end
            } catch (RuntimeException e) {
                // the model failed: the caller gets null, and the next request starts afresh
            } finally {
                synchronized (this) {
                    dead = true;
                    notifyAll();
                }
            }
        }

        @Override public void accept(TraceEvent e) {
            // No lock per event: the asking thread reads these only while this one waits in serve().
            count++;
            last = e;
            switches.follow(e);
            if (count >= wanted && simulation != null) {
                synchronized (this) {
                    serve();
                }
            }
        }

        /** Answers requests while the replay is at their moment; returns when the next one is later. */
        private void serve() {
            while (true) {
                if (stopped) throw new Stopped();
                if (!answered) {
                    if (target > count && !ended) return; // simulate on to it
                    // target == count, or a moment this replay cannot go back to (answered as now)
                    answer = new Moment(program, count, last, simulation.detail(goid), switches.onG0(),
                            switches.lastSwitch(goid), switches.preemptedAsync(goid));
                    answered = true;
                    wanted = Long.MAX_VALUE;
                    notifyAll();
                }
                try {
                    wait();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new Stopped();
                }
            }
        }
    }
}
