package dev.schedlab.model.vm;

/** A Go slice: a window {@code [offset, offset+length)} onto a shared backing array of capacity {@code capacity}. */
public final class SliceValue {
    public final Object[] array;
    public final int offset;
    public final int length;
    public final int capacity;

    public SliceValue(Object[] array, int offset, int length, int capacity) {
        this.array = array;
        this.offset = offset;
        this.length = length;
        this.capacity = capacity;
    }

    public Object get(int i) {
        if (i < 0 || i >= length) throw GoPanic.indexOutOfRange(i, length);
        return array[offset + i];
    }

    public void set(int i, Object v) {
        if (i < 0 || i >= length) throw GoPanic.indexOutOfRange(i, length);
        array[offset + i] = v;
    }
}
