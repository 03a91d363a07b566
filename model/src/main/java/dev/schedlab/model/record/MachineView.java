package dev.schedlab.model.record;

/**
 * One M as of a snapshot. Immutable.
 *
 * @param id          the M id
 * @param p           the P it owns, or -1
 * @param curg        the user goroutine running on it, or -1
 * @param spinning    looking for work without having found any
 * @param idle        parked on the idle-M list
 * @param inScheduler switched to g0 and not yet executing a goroutine again
 * @param inNetpoll   blocked in netpoll
 */
public record MachineView(int id, int p, int curg, boolean spinning, boolean idle, boolean inScheduler,
                          boolean inNetpoll) {
    static MachineView created(int id) {
        return new MachineView(id, -1, -1, false, false, false, false);
    }

    MachineView withP(int newP) { return new MachineView(id, newP, curg, spinning, idle, inScheduler, inNetpoll); }

    MachineView withCurg(int g, boolean scheduler) { return new MachineView(id, p, g, spinning, idle, scheduler, inNetpoll); }

    MachineView withSpinning(boolean s) { return new MachineView(id, p, curg, s, idle, inScheduler, inNetpoll); }

    MachineView withIdle(boolean i) { return new MachineView(id, p, curg, spinning, i, inScheduler, inNetpoll); }

    MachineView withScheduler(boolean s) { return new MachineView(id, p, curg, spinning, idle, s, inNetpoll); }

    MachineView withNetpoll(boolean n) { return new MachineView(id, p, curg, spinning, idle, inScheduler, n); }
}
