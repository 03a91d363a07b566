package dev.schedlab.model.record;

import java.util.Arrays;

/** A growable byte array with varint writers: the scratch space of the {@link EventCodec}. Not thread-safe. */
final class ByteBuf {
    private byte[] bytes = new byte[64];
    private int length;

    int length() { return length; }

    byte[] array() { return bytes; }

    void clear() { length = 0; }

    byte[] toByteArray() { return Arrays.copyOf(bytes, length); }

    void writeByte(int b) {
        if (length == bytes.length) bytes = Arrays.copyOf(bytes, length * 2);
        bytes[length++] = (byte) b;
    }

    void writeBytes(byte[] src) {
        if (length + src.length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length * 2, length + src.length));
        System.arraycopy(src, 0, bytes, length, src.length);
        length += src.length;
    }

    /** LEB128: 7 bits per byte, low first, high bit set on all but the last. */
    void writeVarLong(long v) {
        while ((v & ~0x7FL) != 0) {
            writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        writeByte((int) v);
    }

    /** Zigzag then LEB128, so small negative numbers (such as -1 for "none") stay one byte. */
    void writeSigned(long v) {
        writeVarLong((v << 1) ^ (v >> 63));
    }
}
