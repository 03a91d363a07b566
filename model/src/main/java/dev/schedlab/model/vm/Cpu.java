package dev.schedlab.model.vm;

/**
 * The clock of the machine (thread) an interpreter runs on: {@code now} advances by
 * each instruction's cost, and the interpreter stops when it reaches {@code limit},
 * so the simulation can interleave machines in time order.
 */
public final class Cpu {
    public long now;
    public long limit;
    /** Bytes the program allocated on this machine (mallocgc), and the total at which the runtime wants control back. */
    public long allocated;
    public long allocLimit = Long.MAX_VALUE;
    /** Cost in nanoseconds of each {@link Op}, indexed by ordinal. */
    public final long[] opCost;

    public Cpu(long[] opCost) {
        if (opCost.length != Op.values().length) throw new IllegalArgumentException("one cost per Op expected");
        this.opCost = opCost.clone();
    }
}
