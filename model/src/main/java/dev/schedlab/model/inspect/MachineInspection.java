package dev.schedlab.model.inspect;

import java.util.List;

/**
 * Everything the inspector shows about one M (thread) at one moment. Immutable.
 *
 * @param doing     what it does, in words
 * @param onG0      running on its g0 stack (the scheduler), not a goroutine's
 * @param registers its registers now
 * @param g0Frames  the g0 stack's frames, innermost first (empty while it runs a goroutine)
 * @param listing   the runtime step it is at (marked), or its goroutine's current function; null if neither
 * @param memory    the g struct R14 points at
 */
public record MachineInspection(int id, long address, long g0Address, long g0StackLo, long g0StackHi, int curg, int p,
                                boolean spinning, boolean blocked, boolean idle, boolean sysmon, int lockedg, String doing,
                                boolean onG0, Registers registers, List<CallFrame> g0Frames, Listing listing,
                                List<MemoryWord> memory) {
    public MachineInspection {
        g0Frames = List.copyOf(g0Frames);
        memory = List.copyOf(memory);
    }
}
