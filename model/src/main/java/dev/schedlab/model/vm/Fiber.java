package dev.schedlab.model.vm;

/** The VM side of a goroutine: its stack of frames. The runtime's G extends it. */
public abstract class Fiber {
    /** The innermost frame; null before the goroutine starts and after it exits. */
    public Frame frame;
}
