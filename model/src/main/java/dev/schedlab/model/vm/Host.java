package dev.schedlab.model.vm;

/**
 * The runtime as the interpreter sees it: the operations that touch the scheduler.
 * Each acts for the goroutine currently running on this machine, advances the
 * machine's {@link Cpu#now} by its own cost, and returns {@code true} if that goroutine
 * keeps running, {@code false} if it left the CPU (parked, yielded, exited); in that
 * case the interpreter returns at once and the goroutine later resumes at the next
 * instruction, with any result already pushed on its frame.
 */
public interface Host {
    boolean go(Object fn, Object[] args);

    Object makeChan(long size, Object zero);

    boolean send(Frame frame, Object ch, Object value);

    boolean recv(Frame frame, Object ch, boolean withOk);

    boolean close(Object ch);

    long chanLen(Object ch);

    long chanCap(Object ch);

    boolean select(Frame frame, SelectShape shape, Object[] operands);

    boolean sleep(long ns);

    boolean gosched();

    Object newSync(SyncKind kind);

    boolean sync(Frame frame, SyncOp op, Object target, long arg);

    long nanotime();

    boolean write(int fd, String text);

    boolean exit(int code);

    /** The goroutine's outermost function returned. Always leaves the CPU. */
    boolean goexit();
}
