package dev.schedlab.model.vm;

/** A pointer to an element of an array or slice backing store, or to a struct field. */
public record ElementRef(Object[] elements, int index) implements Ref {
    @Override public Object get() { return elements[index]; }

    @Override public void set(Object value) { elements[index] = value; }
}
