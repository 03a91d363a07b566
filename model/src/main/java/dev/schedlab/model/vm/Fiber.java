package dev.schedlab.model.vm;

/**
 * The VM side of a goroutine: its stack of frames, and what a function prologue compares
 * against (Go's {@code stackguard0}): the stack space in use, the limit below which the
 * stack must grow, and the preemption request that makes every prologue check fail.
 * The runtime's G extends it.
 */
public abstract class Fiber {
    /** The innermost frame; null before the goroutine starts and after it exits. */
    public Frame frame;
    /** Bytes of stack the frames take (from stack.hi down to SP). */
    public int stackUsed;
    /** stack size - stackGuard: a call whose frame would pass this grows the stack (morestack). */
    public int stackLimit = Integer.MAX_VALUE;
    /** stackguard0 == stackPreempt: the next non-leaf prologue calls into the runtime. */
    public boolean stackguardPreempt;
}
