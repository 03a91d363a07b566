package dev.schedlab.app.playback;

import java.util.Arrays;

/** An append-only array of shorts, shared with readers of a prefix the way {@link GrowingLongs} is. */
final class GrowingShorts {
    private short[] values = new short[64];
    private int size;

    void add(short v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    int size() { return size; }

    short[] array() { return values; }
}
