package dev.schedlab.model.record;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of ints that boxes only on access, so snapshots of long queues cost one array
 * copy. Safe to share across threads.
 */
public final class IntList extends AbstractList<Integer> implements RandomAccess {
    private static final IntList EMPTY = new IntList(new int[0]);

    private final int[] values;

    private IntList(int[] values) {
        this.values = values;
    }

    /** A list of the given values (copied). */
    public static IntList of(int... values) {
        return values.length == 0 ? EMPTY : new IntList(values.clone());
    }

    /** An immutable copy; an {@code IntList} is returned as is. Null elements are rejected. */
    public static IntList copyOf(List<Integer> list) {
        if (list instanceof IntList l) return l;
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = list.get(i);
        return a.length == 0 ? EMPTY : new IntList(a);
    }

    /** Takes ownership of {@code values}; the caller must not change it afterwards. */
    static IntList wrap(int[] values) {
        return values.length == 0 ? EMPTY : new IntList(values);
    }

    @Override public Integer get(int index) { return values[index]; }

    /** The element at {@code index}, unboxed. */
    public int getInt(int index) { return values[index]; }

    @Override public int size() { return values.length; }

    /** A copy of the elements. */
    public int[] toIntArray() { return values.clone(); }

    @Override public boolean equals(Object o) {
        if (o instanceof IntList l) return Arrays.equals(values, l.values);
        return super.equals(o);
    }

    @Override public int hashCode() { return super.hashCode(); }
}
