package dev.schedlab.model.runtime;

/**
 * A timer of the time package (runtime/time.go:timer) other than a sleeping goroutine's:
 * a channel timer (time.NewTimer, After, NewTicker, Tick) or a function timer (AfterFunc).
 * Go 1.23 semantics (reference 8.4): a channel timer is in a P's heap only while some
 * goroutine is blocked on its channel; otherwise it fires lazily when the channel is looked
 * at (maybeRunChan). Stop and Reset only mark a heaped timer (zombie, or a new when); the
 * heap entry leaves when it reaches its time.
 */
final class Timer {
    /** The channel it sends the time on (1-element buffer reported as len/cap 0), or null for AfterFunc. */
    final Chan c;
    /** AfterFunc's function, started with {@code go f()} when the timer fires. */
    final Object fn;
    /** When it fires next; 0 when stopped or a fired one-shot. */
    long when;
    long period;
    /** Goroutines blocked on the channel (receive or select). */
    int blocked;
    /** In {@link #heapP}'s heap; the entry is keyed by {@link #heapWhen}. */
    boolean heaped;
    /** Stopped or no longer waited for, but still in the heap until its entry reaches its time. */
    boolean zombie;
    P heapP;
    long heapWhen;

    Timer(Chan c, Object fn) {
        this.c = c;
        this.fn = fn;
    }

    boolean isChan() { return c != null; }

    /** needsAdd: armed, not heaped, and a function timer or a channel someone is blocked on. */
    boolean needsAdd() { return !heaped && when > 0 && (!isChan() || blocked > 0); }
}
