package dev.schedlab.model.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole visible scheduler state at one moment: what views draw and exports write. Immutable
 * and safe to share across threads. Built by {@link WorldState#snapshot()}; consecutive snapshots
 * share unchanged goroutine views, so taking one costs one pass over the live goroutines.
 *
 * @param time             simulated time (ns) of the last folded event, 0 before any
 * @param eventIndex       the number of events folded in (the index of the next event)
 * @param goroutines       live goroutines in increasing goid order
 * @param processors       all Ps by id
 * @param machines         all Ms in increasing id order
 * @param globalQueue      the global run queue, head first
 * @param idleProcessors   the idle-P stack, top first
 * @param idleMachines     the idle-M stack, top first
 * @param nmspinning       the number of spinning Ms
 * @param needSpinning     sched.needspinning
 * @param exitedGoroutines goroutines that have exited so far
 * @param outputWrites     OutputWritten events so far
 * @param finished         whether the program has exited
 * @param exitCode         its exit code once finished
 * @param exitMessage      its last words once finished, or empty
 * @param gcPhase          the GC phase as the last GcPhaseChanged said ("off" before any, "mark")
 * @param stopReason       why the world is stopping or stopped (WorldStopping's reason), empty while it runs
 * @param markWorkerPs     the Ps running a GC mark worker now, in increasing order
 */
public record WorldSnapshot(long time, long eventIndex, List<GoroutineView> goroutines,
                            List<ProcessorView> processors, List<MachineView> machines,
                            List<Integer> globalQueue, List<Integer> idleProcessors, List<Integer> idleMachines,
                            int nmspinning, boolean needSpinning, long exitedGoroutines, long outputWrites,
                            boolean finished, int exitCode, String exitMessage, String gcPhase, String stopReason,
                            List<Integer> markWorkerPs) {
    public WorldSnapshot {
        goroutines = List.copyOf(goroutines);
        processors = List.copyOf(processors);
        machines = List.copyOf(machines);
        globalQueue = IntList.copyOf(globalQueue);
        idleProcessors = IntList.copyOf(idleProcessors);
        idleMachines = IntList.copyOf(idleMachines);
        Objects.requireNonNull(exitMessage, "exitMessage");
        Objects.requireNonNull(gcPhase, "gcPhase");
        Objects.requireNonNull(stopReason, "stopReason");
        markWorkerPs = List.copyOf(markWorkerPs);
    }

    /** A snapshot with the GC off and the world running. */
    public WorldSnapshot(long time, long eventIndex, List<GoroutineView> goroutines,
                         List<ProcessorView> processors, List<MachineView> machines,
                         List<Integer> globalQueue, List<Integer> idleProcessors, List<Integer> idleMachines,
                         int nmspinning, boolean needSpinning, long exitedGoroutines, long outputWrites,
                         boolean finished, int exitCode, String exitMessage) {
        this(time, eventIndex, goroutines, processors, machines, globalQueue, idleProcessors, idleMachines,
                nmspinning, needSpinning, exitedGoroutines, outputWrites, finished, exitCode, exitMessage, "off", "", List.of());
    }

    /** The live goroutine {@code goid}, if any (binary search). */
    public Optional<GoroutineView> goroutine(int goid) {
        int lo = 0, hi = goroutines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            GoroutineView v = goroutines.get(mid);
            if (v.goid() < goid) lo = mid + 1;
            else if (v.goid() > goid) hi = mid - 1;
            else return Optional.of(v);
        }
        return Optional.empty();
    }

    /** The M {@code id}, if it exists (binary search). */
    public Optional<MachineView> machine(int id) {
        int lo = 0, hi = machines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            MachineView v = machines.get(mid);
            if (v.id() < id) lo = mid + 1;
            else if (v.id() > id) hi = mid - 1;
            else return Optional.of(v);
        }
        return Optional.empty();
    }

    /** The P {@code id}. */
    public ProcessorView processor(int id) {
        return processors.get(id);
    }
}
