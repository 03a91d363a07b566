package dev.schedlab.model.inspect;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.WaitReason;

import java.util.List;

/**
 * Everything the inspector shows about one goroutine at one moment. Immutable.
 *
 * @param where       where it is (running on M0 with P1, P2's runnext, waiting ...)
 * @param address     its runtime.g
 * @param stackLo     stack.lo: the lowest address, the limit
 * @param stackHi     stack.hi: the highest address; the stack grows down from here
 * @param stackguard0 lo + 928, or stackPreempt when a preemption is requested
 * @param frames      its call stack, innermost first: runtime frames it is parked in, then the program's
 * @param registers   the registers of the thread running it now (R14 is the g0 during mcall), or null
 * @param memory      its g struct, field by field at the ABI's offsets
 * @param listing     the current program function with the current instruction marked, or null
 * @param parkedIn    the runtime routine its saved context is in (gopark's listing, marked), or null
 * @param machine     the M it is on, or -1
 */
public record GoroutineInspection(int goid, String startFunction, GStatus status, WaitReason waitReason, long waitSince,
                                  String where, long address, long stackLo, long stackHi, long stackguard0,
                                  Gobuf gobuf, List<CallFrame> frames, Registers registers, List<MemoryWord> memory,
                                  Listing listing, Listing parkedIn, int machine) {
    public GoroutineInspection {
        frames = List.copyOf(frames);
        memory = List.copyOf(memory);
    }

    public long stackSize() { return stackHi - stackLo; }
}
