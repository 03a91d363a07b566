package dev.schedlab.model.vm;

import java.util.Arrays;

/**
 * One activation of a {@link Function} on a goroutine's stack: its locals, its
 * operand stack and its pc. Frames link to their caller; the goroutine's
 * {@link Fiber#frame} is the innermost one.
 *
 * <p>Runtime operations that complete later (a receive that parks, say) deliver
 * their results by pushing onto the parked goroutine's frame, the way Go's
 * {@code sendDirect} writes into the receiver's stack slot.
 */
public final class Frame {
    public final Function function;
    public final Closure closure;
    public final Frame caller;
    public final Object[] locals;
    /** True for a deferred call: its results are discarded and the caller's RETURN resumes. */
    final boolean deferred;
    public int pc;
    Object[] stack;
    int sp;
    Deferred defers;
    /** The panic this frame's deferred calls are running for, or null. */
    GoPanic panic;
    /** Set by recover() in one of this frame's deferred calls: the frame then returns normally. */
    boolean recovered;
    /** The CPU profile's stack node for this frame, once looked up (-1: not yet); kept by the profiler. */
    public int profileNode = -1;

    record Deferred(Object fn, Object[] args, Deferred next) {}

    public Frame(Function function, Closure closure, Frame caller, boolean deferred) {
        this.function = function;
        this.closure = closure;
        this.caller = caller;
        this.deferred = deferred;
        this.locals = function.localCount() == 0 ? NO_LOCALS : new Object[function.localCount()];
        this.stack = new Object[2]; // grows on demand: a parked goroutine's frame stays small
    }

    private static final Object[] NO_LOCALS = new Object[0];

    public void push(Object v) {
        if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
        stack[sp++] = v;
    }

    public Object pop() {
        Object v = stack[--sp];
        stack[sp] = null;
        return v;
    }

    /** Depth of this frame's operand stack. */
    public int stackDepth() { return sp; }

    /** The operand at {@code depth} from the top (0 = top), for the inspector. */
    public Object peek(int depth) { return stack[sp - 1 - depth]; }

    /** A deferred call's frame: it takes no stack of its own in the model (the inspector skips its size). */
    public boolean isDeferred() { return deferred; }

    /** Source line the frame is at. */
    public int line() { return function.lineAt(Math.max(0, pc - 1)); }
}
