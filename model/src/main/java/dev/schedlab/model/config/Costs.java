package dev.schedlab.model.config;

import dev.schedlab.model.vm.Op;

import java.util.Arrays;

/**
 * How long things take in the model, in nanoseconds of simulated time. Time passes only
 * through these costs, so they decide every interleaving at GOMAXPROCS > 1.
 *
 * <p>Defaults are set from Go 1.23.5 on a 2-core machine of the kind this lab is
 * developed on: {@code shared/bench/pingpong} (1,000,000 unbuffered round trips,
 * GOMAXPROCS=1) took 0.32-0.34 s there, about 165 ns per goroutine switch, which the
 * send, ready, mcall, park_m, schedule and execute costs below add up to. A parked M takes
 * about 20 µs to wake (futex wake-up on these VMs: 8 µs plus an exponential tail): that is what makes a
 * 10 µs time.Sleep take 20 µs in real Go (the spinning M woken by wakep arrives just after the
 * timer expired) and 1 ms in one run of ten (it arrived too early, and epoll waits 1 ms); epoll's timeout overshoot follows the sleep-precision table of
 * the reference (Appendix A).
 *
 * @param instruction         one plain VM instruction (a few machine instructions of real Go)
 * @param call                a call or return
 * @param nativeCall          a library call (strconv.Itoa, fmt.Sprint ...)
 * @param allocation          making a slice, map, struct, closure or channel
 * @param newproc             go statement: newproc1 with a G from the free list or a new 2 KiB stack
 * @param runqput             runqput / globrunqput / runqget and similar queue operations
 * @param ready               goready: status change plus runqput on the waker's P
 * @param chanOp              a channel operation's lock, checks and copy
 * @param mcall               mcall: save gobuf, switch SP and R14 to g0
 * @param parkM               park_m: status change, dropg, unlockf
 * @param schedule            schedule + findRunnable up to a local hit
 * @param execute             execute + gogo into the chosen G
 * @param stealVictim         looking at one victim in stealWork
 * @param stealRunnextPause   usleep(3) before stealing a running P's runnext
 * @param timerOp             adding or running a timer
 * @param semaOp              semacquire/semrelease bookkeeping (WaitGroup, Mutex slow paths)
 * @param wakeM               futex wake-up of a parked M until it runs (notewakeup latency)
 * @param newThread           creating a new M (clone) until it runs
 * @param epollOvershoot      how late a timed epoll_wait returns past its timeout
 * @param write               write(2) of program output
 * @param nanotime            reading the clock (time.Now)
 * @param entersyscall        entersyscall or exitsyscall's bookkeeping (each)
 * @param preemptSignal       from preemptM's tgkill until the goroutine stops at an async safe point
 * @param coreWait            mean extra wait of a woken thread when every CPU of the machine is busy
 *                            (the kernel runs it only once it preempts someone or a CPU frees up)
 */
public record Costs(long instruction, long call, long nativeCall, long allocation, long newproc, long runqput,
                    long ready, long chanOp, long mcall, long parkM, long schedule, long execute, long stealVictim,
                    long stealRunnextPause, long timerOp, long semaOp, long wakeM, long newThread,
                    long epollOvershoot, long write, long nanotime, long entersyscall, long preemptSignal,
                    long coreWait) {

    public static Costs defaults() {
        return new Costs(1, 3, 25, 25, 260, 5, 20, 20, 15, 25, 35, 25, 15,
                3_000, 50, 25, 20_000, 40_000, 80_000, 1_500, 20, 40, 5_000, 1_000_000);
    }

    /** Per-opcode costs for the interpreter's {@link dev.schedlab.model.vm.Cpu}. */
    public long[] opCosts() {
        long[] c = new long[Op.values().length];
        Arrays.fill(c, instruction);
        for (Op op : new Op[] {Op.CALL, Op.CALL_VALUE, Op.RETURN, Op.DEFER}) c[op.ordinal()] = call;
        c[Op.CALL_NATIVE.ordinal()] = nativeCall;
        for (Op op : new Op[] {Op.MAKE_SLICE, Op.MAKE_SLICE_LIT, Op.NEW_ARRAY, Op.MAKE_ARRAY_LIT, Op.MAKE_STRUCT,
                Op.MAKE_MAP, Op.MAKE_CLOSURE, Op.NEW_CELL, Op.APPEND, Op.MAKE_CHAN, Op.NEW_SYNC, Op.MAP_KEYS}) {
            c[op.ordinal()] = allocation;
        }
        // Runtime operations charge their own costs in the runtime.
        for (Op op : new Op[] {Op.GO, Op.SEND, Op.RECV, Op.CLOSE, Op.SELECT, Op.SLEEP, Op.GOSCHED, Op.SYNC,
                Op.WRITE, Op.EXIT, Op.PANIC, Op.NANOTIME, Op.CHAN_LEN, Op.CHAN_CAP,
                Op.GOMAXPROCS, Op.GC, Op.LOCK_OS_THREAD, Op.GOYIELD, Op.SYSCALL, Op.NET_WAIT}) {
            c[op.ordinal()] = 0;
        }
        return c;
    }
}
