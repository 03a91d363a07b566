package dev.schedlab.model.vm;

/** A Go pointer: something that can be read and written through. */
public interface Ref {
    Object get();

    void set(Object value);
}
