package dev.schedlab.model.record;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only byte store in 1 MiB chunks, so a long log never needs one huge array or a copy to
 * grow; addressed by a long offset. Not thread-safe.
 */
final class ChunkedBytes {
    private static final int CHUNK_BITS = 20;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    private final List<byte[]> chunks = new ArrayList<>();
    private long length;

    long length() { return length; }

    void append(byte[] src, int count) {
        int done = 0;
        while (done < count) {
            int in = (int) (length & CHUNK_MASK);
            if (in == 0 && (length >>> CHUNK_BITS) == chunks.size()) chunks.add(new byte[CHUNK_SIZE]);
            int n = Math.min(count - done, CHUNK_SIZE - in);
            System.arraycopy(src, done, chunks.get((int) (length >>> CHUNK_BITS)), in, n);
            done += n;
            length += n;
        }
    }

    /** Forgets everything from {@code newLength} on. */
    void truncate(long newLength) {
        if (newLength < 0 || newLength > length) throw new IllegalArgumentException("bad length " + newLength);
        length = newLength;
        int keep = (int) ((newLength + CHUNK_MASK) >>> CHUNK_BITS);
        while (chunks.size() > keep) chunks.remove(chunks.size() - 1);
    }

    /** Bytes allocated for the chunks. */
    long allocatedBytes() {
        return (long) chunks.size() * CHUNK_SIZE;
    }

    /** A reader from {@code offset} that refuses to read at or past {@code end}. */
    ByteReader reader(long offset, long end) {
        if (offset < 0 || end > length || offset > end) throw new IllegalArgumentException(offset + ".." + end);
        return new ByteReader() {
            private long pos = offset;
            private byte[] chunk = offset < length ? chunks.get((int) (offset >>> CHUNK_BITS)) : null;

            @Override int read() {
                if (pos >= end) throw new IllegalStateException("read past the end " + end);
                int in = (int) (pos & CHUNK_MASK);
                if (in == 0) chunk = chunks.get((int) (pos >>> CHUNK_BITS));
                pos++;
                return chunk[in] & 0xFF;
            }

            @Override long position() { return pos; }
        };
    }
}
