package dev.schedlab.views.board;

import dev.schedlab.model.trace.PStatus;

import java.util.List;

/**
 * The layout of one P's card.
 *
 * @param id          the P id
 * @param status      its status (the card's colour)
 * @param m           the M that owns it, or -1
 * @param mSpinning   whether that M is spinning
 * @param schedtick   its schedtick
 * @param timers      pending timers in its heap
 * @param runningGoid the goroutine running on it, or -1
 * @param markWorker  whether it runs a GC mark worker instead of a goroutine of the program
 * @param runnextGoid the goroutine in runnext, or -1
 * @param localCount  the length of its local run queue
 * @param hiddenLocal local-queue goroutines counted but not drawn
 * @param x           left edge
 * @param y           top edge
 * @param width       card width
 * @param height      card height
 * @param unit        the card's size unit (a token's diameter is about one unit)
 * @param runSlot     where the running goroutine goes
 * @param runnextSlot where the runnext goroutine goes
 * @param localSlots  the drawn slots of the local ring, head first
 */
public record ProcessorCard(int id, PStatus status, int m, boolean mSpinning, long schedtick, int timers,
                            int runningGoid, boolean markWorker, int runnextGoid, int localCount, int hiddenLocal, double x, double y, double width, double height,
                            double unit, Slot runSlot, Slot runnextSlot, List<Slot> localSlots) {
    public ProcessorCard { localSlots = List.copyOf(localSlots); }

    /** Whether the run slot is empty. */
    public boolean runFree() { return runningGoid < 0; }

    /** Whether the runnext slot is empty. */
    public boolean runnextFree() { return runnextGoid < 0; }
}
