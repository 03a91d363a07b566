package dev.schedlab.model.runtime;

import dev.schedlab.model.vm.Frame;

/**
 * A goroutine waiting on a channel (runtime/runtime2.go:sudog). Received values are
 * pushed straight onto the waiter's {@link Frame}, as Go copies them into its stack slot.
 */
final class Sudog {
    final G g;
    final Frame frame;
    final Chan c;
    /** The value a waiting sender offers. */
    final Object elem;
    /** Receivers: also push ok. */
    final boolean withOk;
    /** For select: the case index, and the group of sudogs of the same select. */
    final int caseIndex;
    Sudog[] selectGroup;

    Sudog(G g, Frame frame, Chan c, Object elem, boolean withOk, int caseIndex) {
        this.g = g;
        this.frame = frame;
        this.c = c;
        this.elem = elem;
        this.withOk = withOk;
        this.caseIndex = caseIndex;
    }

    boolean isSelect() { return selectGroup != null; }
}
