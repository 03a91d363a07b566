package dev.schedlab.model.vm;

/**
 * The raw system calls a program can make ({@link Op#SYSCALL}). Operands are listed as the
 * stack before the instruction; the {@link Host} pushes the results on the frame (at once,
 * or when a blocking call completes). {@code errno} is a Long (0 = success); Go's
 * {@code err} is nil for 0 and the compiler turns it into an error value.
 */
public enum SyscallKind {
    /** [] -> [tid Long]  syscall.Gettid: the id of the M (thread) running the goroutine. */
    GETTID(0, 1),
    /** [] -> [pid Long]  syscall.Getpid. */
    GETPID(0, 1),
    /** [] -> [readFd Long, writeFd Long, errno Long]  pipe2(2); the compiler stores the fds into p[0], p[1]. */
    PIPE(0, 3),
    /** [fd Long, buf SliceValue of Long bytes] -> [n Long, errno Long]  read(2): blocks the M while no data is available. */
    READ(2, 2),
    /** [fd Long, buf SliceValue of Long bytes] -> [n Long, errno Long]  write(2): fds 1 and 2 are the program's output. */
    WRITE(2, 2),
    /** [ns Long] -> [errno Long]  nanosleep(2): blocks the M (not only the goroutine) for ns of simulated time. */
    NANOSLEEP(1, 1),
    /** [path String] -> [contents SliceValue of Long bytes or null, errno Long]  os.ReadFile (open+read+close). */
    READ_FILE(1, 2),
    /**
     * [] -> [start Boolean]  os/signal.Notify's bookkeeping: true the first time, when the
     * caller must start the {@code os/signal.loop} goroutine (watchSignalLoopOnce).
     */
    SIGNAL_WATCH(0, 1),
    /**
     * [] -> []  os/signal.Notify enabling a signal (runtime.signal_enable -> sigenable): the first
     * time, ensureSigM starts its goroutine, which locks itself to a thread of its own.
     */
    SIGNAL_ENABLE(0, 0),
    /**
     * [] -> [signal Long]  os/signal's signal_recv: waits for a signal in notetsleepg, that is
     * entersyscallblock: the P is handed off at once and the goroutine keeps its M in the
     * system call. Signals never arrive in the lab, so it never returns.
     */
    SIGNAL_RECV(0, 1);

    private final int operands;
    private final int results;

    SyscallKind(int operands, int results) {
        this.operands = operands;
        this.results = results;
    }

    public int operands() { return operands; }

    public int results() { return results; }
}
