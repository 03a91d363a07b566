package dev.schedlab.model.inspect;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.runtime.LiveDetail;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.TraceEvent;


/**
 * Replays a run to an event and reads the live state there. A recording holds events, not VM
 * frames; the model is deterministic, so running the same plan again gives the same events and,
 * at the moment the n-th one is emitted, the same runtime state, which is copied then (from inside
 * the event sink, so the state is the one the event describes). Costs a run up to that event.
 */
public final class Replay {
    private Replay() {}

    /** Thrown from the sink once the state is copied: the replay has nothing more to do. */
    private static final class Reached extends RuntimeException {
        Reached() { super(null, null, false, false); }
    }

    /**
     * The state just after {@code events} events of the plan's run (or at its end, if it has fewer),
     * with goroutine {@code goid}'s detail (-1 for none).
     */
    public static Moment at(ReplayPlan plan, long events, int goid) {
        Follower f = new Follower(Math.max(0, events), goid);
        Simulation sim = new Simulation(plan.program(), plan.settings(), f, ProgramOutput.DISCARD);
        f.simulation = sim;
        try {
            if (f.count >= f.target) { // reached while the runtime booted
                f.capture();
                throw new Reached();
            }
            for (ReplayPlan.GomaxprocsAt c : plan.changes()) {
                sim.runUntil(c.time());
                if (!sim.finished()) sim.setGomaxprocs(c.gomaxprocs());
            }
            sim.run();
            f.capture(); // the run ended first
        } catch (Reached done) {
            // the state was copied when the target event was emitted
        }
        return f.moment(plan.program());
    }

    /**
     * How many events the plan's run has at or before simulated time {@code timeNs}: the event
     * count of the state at that time, for {@link #at}.
     */
    public static long eventsUntil(ReplayPlan plan, long timeNs) {
        long[] count = {0};
        EventSink counter = e -> {
            if (e.time() > timeNs) throw new Reached();
            count[0]++;
        };
        try {
            Simulation sim = new Simulation(plan.program(), plan.settings(), counter, ProgramOutput.DISCARD);
            for (ReplayPlan.GomaxprocsAt c : plan.changes()) {
                sim.runUntil(c.time());
                if (!sim.finished()) sim.setGomaxprocs(c.gomaxprocs());
            }
            sim.run();
        } catch (Reached done) {
            // the first event after timeNs
        }
        return count[0];
    }

    /** Counts events and follows the g0 switches until the target, then copies the state. */
    private static final class Follower implements EventSink {
        final long target;
        final int goid;
        Simulation simulation;
        long count;
        TraceEvent last;
        LiveDetail detail;
        final SwitchHistory switches = new SwitchHistory();

        Follower(long target, int goid) {
            this.target = target;
            this.goid = goid;
        }

        @Override
        public void accept(TraceEvent e) {
            if (detail != null) return;
            count++;
            last = e;
            switches.follow(e);
            if (count == target && simulation != null) {
                capture();
                throw new Reached();
            }
        }

        void capture() {
            if (detail == null) detail = simulation.detail(goid);
        }

        Moment moment(dev.schedlab.model.vm.Program program) {
            return new Moment(program, count, last, detail, switches.onG0(), switches.lastSwitch(goid),
                    switches.preemptedAsync(goid));
        }
    }
}
