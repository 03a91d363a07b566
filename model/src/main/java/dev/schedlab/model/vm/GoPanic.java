package dev.schedlab.model.vm;

/**
 * A Go panic raised by the VM or a native (index out of range, nil map write,
 * explicit panic). The runtime turns an unrecovered one into Go's panic message.
 */
public final class GoPanic extends RuntimeException {
    private final transient Object value;
    private final boolean runtimeError;
    /** Where the panic started: the frames Go's traceback shows if no deferred call recovers it. */
    transient Frame site;

    public GoPanic(Object value, boolean runtimeError) {
        super(String.valueOf(value), null, false, false);
        this.value = value;
        this.runtimeError = runtimeError;
    }

    public Object value() { return value; }

    /** True for the runtime's own errors, printed as {@code panic: runtime error: ...}. */
    public boolean runtimeError() { return runtimeError; }

    public static GoPanic indexOutOfRange(long i, long length) {
        return new GoPanic("index out of range [" + i + "] with length " + length, true);
    }

    public static GoPanic runtime(String message) { return new GoPanic(message, true); }

    /** What recover() returns: the value, or for a runtime error its message as Go's runtime.Error prints it. */
    Object recovered() { return runtimeError ? "runtime error: " + value : value; }
}
