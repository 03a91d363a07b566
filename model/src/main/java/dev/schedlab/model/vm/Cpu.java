package dev.schedlab.model.vm;

/**
 * The clock of the machine (thread) an interpreter runs on: {@code now} advances by
 * each instruction's cost, and the interpreter stops when it reaches {@code limit},
 * so the simulation can interleave machines in time order.
 */
public final class Cpu {
    public long now;
    public long limit;
    /** The process's heap allocation counter, shared by every machine's Cpu. */
    public final Heap heap;

    /**
     * Bytes the program allocated (mallocgc), all machines together, and the total at which
     * the runtime wants control back (the GC trigger).
     */
    public static final class Heap {
        public long allocated;
        public long trigger = Long.MAX_VALUE;
    }
    /** Where the program's own time goes frame by frame (the simulated CPU profile), or null. */
    public ProfileSink profile;
    /** Cost in nanoseconds of each {@link Op}, indexed by ordinal. */
    public final long[] opCost;

    public Cpu(long[] opCost, Heap heap) {
        if (opCost.length != Op.values().length) throw new IllegalArgumentException("one cost per Op expected");
        this.opCost = opCost.clone();
        this.heap = heap;
    }

    public Cpu(long[] opCost) { this(opCost, new Heap()); }
}
