package dev.schedlab.model.vm;

/**
 * A pure library function implemented in Java ({@code strconv.Itoa}, {@code strings.Join},
 * {@code fmt.Sprintf}, {@code atomic.AddInt32} ...). Natives never block and never touch
 * the scheduler; those are {@link Host} operations. A native with several results returns
 * an {@code Object[]}.
 *
 * @param name Go's name for it, for listings ({@code strconv.Itoa})
 */
public record Native(String name, Body body) {
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args);
    }

    @Override public String toString() { return name; }
}
