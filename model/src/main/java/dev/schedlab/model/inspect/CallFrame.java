package dev.schedlab.model.inspect;

import dev.schedlab.model.runtime.LiveDetail.Local;

import java.util.List;

/**
 * One frame of a call stack, innermost first in a list. Immutable.
 *
 * @param function  its function ({@code main.worker}, {@code runtime.gopark})
 * @param where     file:line for a program frame; "runtime" for the runtime's frames
 * @param sp        its simulated SP: the lowest address of the frame
 * @param frameSize bytes from sp up to and including the return address
 * @param returnPc  the return address stored at the top of the frame (sp + frameSize - 8)
 * @param returnTo  the function that return address is in
 * @param runtime   a runtime (or standard library) frame, not the program's
 * @param locals    the program frame's local variables (empty for runtime frames)
 */
public record CallFrame(String function, String where, long sp, int frameSize, long returnPc, String returnTo,
                        boolean runtime, List<Local> locals) {
    public CallFrame { locals = List.copyOf(locals); }

    /** The frame pointer the function sets up: just under the return address. */
    public long bp() { return frameSize >= 16 ? sp + frameSize - 16 : sp; }
}
