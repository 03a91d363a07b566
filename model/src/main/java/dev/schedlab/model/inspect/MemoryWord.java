package dev.schedlab.model.inspect;

/**
 * One field of a struct in memory, at its real Go 1.23 offset. Immutable.
 *
 * @param address the field's address
 * @param offset  its offset in the struct (from the ABI table)
 * @param field   its name, dotted for embedded structs (sched.sp)
 * @param size    its size in bytes
 * @param value   its value; meaningful only when {@code modelled}
 * @param meaning the value in words (a status name, "stackPreempt", a goroutine), or why it is not modelled
 */
public record MemoryWord(long address, int offset, String field, int size, long value, boolean modelled, String meaning) {}
