package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.GoPanic;
import dev.schedlab.model.vm.Native;
import dev.schedlab.model.vm.Ref;
import dev.schedlab.model.vm.SliceValue;
import dev.schedlab.model.vm.StructValue;

/** Glue between Go's os/syscall/atomic signatures and the VM's SYSCALL results. */
final class SystemNatives {
    private SystemNatives() {}

    /** errno (Long) -> Go error: nil for 0, else a message. */
    static final Native ERRNO = new Native("syscall.Errno", a -> (Long) a[0] == 0 ? null : "errno " + a[0]);
    /** syscall.NsecToTimespec */
    static final Native NSEC_TO_TIMESPEC = new Native("syscall.NsecToTimespec", a -> {
        long ns = (Long) a[0];
        return new StructValue(new Object[] {Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)});
    });
    /** [ts *Timespec, rem *Timespec] -> ns: what nanosleep(2) is asked to sleep. */
    static final Native TIMESPEC_NS = new Native("syscall.Timespec.Nano", a -> {
        Object[] ts = fields(a[0]);
        return (Long) ts[0] * 1_000_000_000L + (Long) ts[1];
    });
    /** [p []int, readFd, writeFd, errno] -> errno, after storing the fds into p[0], p[1] as pipe(2) does. */
    static final Native PIPE_STORE = new Native("syscall.Pipe", a -> {
        SliceValue p = (SliceValue) a[0];
        if (p == null || p.length != 2) return 22L; // EINVAL, as Go's syscall.Pipe
        if ((Long) a[3] == 0) {
            p.set(0, a[1]);
            p.set(1, a[2]);
        }
        return a[3];
    });

    /** The single value field of an atomic.Bool/Int32/Int64 behind a pointer. */
    static Object[] fields(Object ref) {
        if (ref == null) throw GoPanic.runtime("invalid memory address or nil pointer dereference");
        return ((StructValue) ((Ref) ref).get()).fields;
    }

    static final Native ATOMIC_LOAD = new Native("sync/atomic.Load", a -> fields(a[0])[0]);
    static final Native ATOMIC_STORE = new Native("sync/atomic.Store", a -> { fields(a[0])[0] = a[1]; return null; });
    static final Native ATOMIC_SWAP = new Native("sync/atomic.Swap", a -> {
        Object[] f = fields(a[0]);
        Object old = f[0];
        f[0] = a[1];
        return old;
    });
    static final Native ATOMIC_CAS = new Native("sync/atomic.CompareAndSwap", a -> {
        Object[] f = fields(a[0]);
        if (!f[0].equals(a[1])) return false;
        f[0] = a[2];
        return true;
    });
    static final Native ATOMIC_ADD_64 = new Native("sync/atomic.Add", a -> {
        Object[] f = fields(a[0]);
        f[0] = (Long) f[0] + (Long) a[1];
        return f[0];
    });
    static final Native ATOMIC_ADD_32 = new Native("sync/atomic.Add", a -> {
        Object[] f = fields(a[0]);
        f[0] = (long) (int) ((Long) f[0] + (Long) a[1]);
        return f[0];
    });

    /** syscall.Signal.String: Linux's names from Go's signal table, else "signal N". */
    static final Native SIGNAL_STRING = new Native("syscall.Signal.String", a -> switch ((int) (long) (Long) a[0]) {
        case 1 -> "hangup";
        case 2 -> "interrupt";
        case 3 -> "quit";
        case 9 -> "killed";
        case 10 -> "user defined signal 1";
        case 12 -> "user defined signal 2";
        case 15 -> "terminated";
        default -> "signal " + a[0];
    });
}
