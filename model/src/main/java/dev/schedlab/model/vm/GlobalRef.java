package dev.schedlab.model.vm;

/** A pointer to a package-level variable. */
public record GlobalRef(Object[] globals, int index) implements Ref {
    @Override public Object get() { return globals[index]; }

    @Override public void set(Object value) { globals[index] = value; }
}
