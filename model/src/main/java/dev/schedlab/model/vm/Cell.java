package dev.schedlab.model.vm;

/**
 * A boxed variable. The compiler boxes a local when a closure captures it or its
 * address is taken, so that every closure sees the same variable, as in Go.
 */
public final class Cell implements Ref {
    public Object value;

    public Cell(Object value) { this.value = value; }

    @Override public Object get() { return value; }

    @Override public void set(Object value) { this.value = value; }
}
