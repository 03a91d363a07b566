package dev.schedlab.model.inspect;

/**
 * Where the lab places the runtime's objects in a simulated amd64 address space. The addresses
 * are invented but laid out as Go 1.23 lays them out: goroutine structs and their stacks in the
 * heap arena at 0xc000000000, stacks that grow down from {@code hi}, m0 and its g0 as static
 * variables with the g0 stack at the top of the main thread's stack, other g0 stacks of 16 KiB.
 * Deterministic: a goroutine's addresses depend only on its goid and stack size.
 */
public final class AddressSpace {
    private AddressSpace() {}

    /** sizeof(runtime.g) = 432, allocated from the 448-byte size class. */
    static final long G_SLOT = 448;
    static final long G_STRUCTS = 0xc000006000L;
    /** The g0 and m structs of Ms other than m0 (heap, size classes 448 and 1792). */
    static final long G0_STRUCTS = 0xc0f0000000L;
    static final long M_STRUCTS = 0xc0e0000000L;
    static final long M_SLOT = 1792;
    /** allp[i]: sizeof(runtime.p) = 8944, size class 9472. */
    static final long P_STRUCTS = 0xc0d0000000L;
    static final long P_SLOT = 9472;
    /** runtime.g0 and runtime.m0 are static variables in the data segment. */
    static final long RUNTIME_G0 = 0x5a8c40L;
    static final long RUNTIME_M0 = 0x5a9300L;
    /** m0's g0 stack: a 64 KiB window at the top of the main thread's stack. */
    static final long MAIN_THREAD_STACK_TOP = 0x7ffe3a5f0000L;
    static final int M0_G0_STACK = 64 * 1024;
    /** Other Ms' g0 stacks: malg(16384). */
    static final long G0_STACKS = 0xc0f8000000L;
    static final int G0_STACK = 16 * 1024;
    /** Goroutine stacks up to 32 KiB come from stack spans (a slot per goid and size)... */
    static final long SMALL_STACKS = 0xc100000000L;
    static final long SMALL_STACK_SLOT = 32 * 1024;
    /** ...larger ones (the lab stops a run at 64 MB) from dedicated spans. */
    static final long LARGE_STACKS = 0x20000000000L;
    static final long LARGE_STACK_SLOT = 64L << 20;

    /** The runtime.g of goroutine {@code goid}. */
    public static long g(long goid) { return G_STRUCTS + (goid - 1) * G_SLOT; }

    /** The g0 (scheduling goroutine) of M {@code m}. */
    public static long g0(int m) { return m == 0 ? RUNTIME_G0 : G0_STRUCTS + m * G_SLOT; }

    /** The runtime.m of M {@code m}. */
    public static long m(int m) { return m == 0 ? RUNTIME_M0 : M_STRUCTS + m * M_SLOT; }

    /** allp[p]. */
    public static long p(int p) { return P_STRUCTS + p * P_SLOT; }

    /** stack.lo of goroutine {@code goid} while its stack is {@code size} bytes (a grown stack is a new copy elsewhere). */
    public static long stackLo(long goid, int size) {
        if (size <= SMALL_STACK_SLOT) {
            int k = Integer.numberOfTrailingZeros(Math.max(2048, size) / 2048); // 2K:0, 4K:1 ... 32K:4
            return SMALL_STACKS + (goid * 5 + k) * SMALL_STACK_SLOT + (SMALL_STACK_SLOT - size);
        }
        // Halves of the goroutine's slot alternate with each doubling, so a copy never lands on the old stack.
        int k = Integer.numberOfTrailingZeros(size / (int) SMALL_STACK_SLOT); // 64K:1 ... 32M:10, 64M:11
        long half = size > LARGE_STACK_SLOT / 2 || k % 2 == 1 ? 0 : LARGE_STACK_SLOT / 2;
        return LARGE_STACKS + goid * LARGE_STACK_SLOT + half;
    }

    /** stack.lo of M {@code m}'s g0. */
    public static long g0StackLo(int m) { return g0StackHi(m) - g0StackSize(m); }

    public static long g0StackHi(int m) { return m == 0 ? MAIN_THREAD_STACK_TOP : G0_STACKS + (m + 1L) * G0_STACK; }

    public static int g0StackSize(int m) { return m == 0 ? M0_G0_STACK : G0_STACK; }
}
