package dev.schedlab.model.record;

/** Sequential reading of encoded bytes, with the varint readers matching {@link ByteBuf}. Not thread-safe. */
abstract class ByteReader {
    /** The next byte, 0..255. */
    abstract int read();

    /** The offset of the next byte. */
    abstract long position();

    final long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = read();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new IllegalStateException("malformed varint at " + position());
    }

    final long readSigned() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    final int readInt() {
        return Math.toIntExact(readSigned());
    }

    final byte[] readBytes(int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = (byte) read();
        return out;
    }

    /** A reader over a whole array. */
    static ByteReader of(byte[] bytes, int length) {
        return new ByteReader() {
            private int pos;

            @Override int read() {
                if (pos >= length) throw new IllegalStateException("read past the end (" + length + " bytes)");
                return bytes[pos++] & 0xFF;
            }

            @Override long position() { return pos; }
        };
    }
}
