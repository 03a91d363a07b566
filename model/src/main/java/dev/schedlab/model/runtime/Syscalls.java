package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.TraceEvent.OutputWritten;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.SliceValue;
import dev.schedlab.model.vm.SyscallKind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The raw system calls a program makes (package syscall, os.ReadFile): each is an
 * entersyscall/exitsyscall pair around a kernel call that takes simulated time. The
 * process is pid 4242; thread ids are 4242 + the M's id, so the main thread's tid is the
 * pid, as on Linux. Pipes are kernel buffers: a read on an empty pipe blocks its M (not
 * only its goroutine) until a write arrives, which is what makes sysmon hand the P off.
 */
final class Syscalls {
    static final long PID = 4242;
    /** A cheap call (getpid, a write to a pipe with room) in the kernel. */
    static final long FAST_CALL_NS = 200;

    private final Scheduler s;
    private final Map<Long, Pipe> pipes = new HashMap<>();
    private long nextFd = 3;
    /** Whether os/signal's loop goroutine was started (watchSignalLoopOnce). */
    private boolean signalLoopStarted;
    /** Whether ensureSigM's goroutine was started. */
    private boolean sigMStarted;

    /** One pipe: buffered bytes and the Ms blocked reading it. */
    private static final class Pipe {
        final ArrayDeque<Long> bytes = new ArrayDeque<>();
        final ArrayDeque<BlockedRead> readers = new ArrayDeque<>();
    }

    private record BlockedRead(M m, Frame frame, SliceValue buf) {}

    Syscalls(Scheduler s) { this.s = s; }

    /** Carries out {@code kind}; false when the goroutine left the CPU (it is in the system call). */
    boolean call(Frame frame, SyscallKind kind, Object[] args) {
        M m = s.curM;
        switch (kind) {
            case GETTID -> { frame.push(PID + m.id); return true; } // vDSO-fast in spirit: no entersyscall
            case GETPID -> { frame.push(PID); return true; }
            case PIPE -> {
                long r = nextFd++;
                long w = nextFd++;
                Pipe p = new Pipe();
                pipes.put(r, p);
                pipes.put(w, p);
                frame.push(r);
                frame.push(w);
                frame.push(0L);
                s.syscall("pipe2", FAST_CALL_NS);
                return false;
            }
            case NANOSLEEP -> {
                frame.push(0L);
                s.syscall("nanosleep", Math.max(0, (Long) args[0]) + s.costs.epollOvershoot() / 2);
                return false;
            }
            case WRITE -> { return write(frame, (Long) args[0], (SliceValue) args[1]); }
            case READ -> { return read(frame, (Long) args[0], (SliceValue) args[1]); }
            case SIGNAL_WATCH -> {
                frame.push(!signalLoopStarted);
                signalLoopStarted = true;
                return true;
            }
            case SIGNAL_ENABLE -> {
                if (!sigMStarted) {
                    sigMStarted = true;
                    s.newSystemGoroutine(SystemGoroutines.ENSURE_SIGM);
                }
                return true;
            }
            case SIGNAL_RECV -> {
                s.syscallBlock("signal_recv");
                return false;
            }
            case READ_FILE -> {
                String path = (String) args[0];
                if ("/proc/self/status".equals(path)) {
                    frame.push(bytes(procStatus()));
                    frame.push(0L);
                } else {
                    frame.push(null);
                    frame.push(2L); // ENOENT: the simulated process has no other files
                }
                s.syscall("read", FAST_CALL_NS * 3);
                return false;
            }
        }
        throw new IllegalStateException("unknown syscall " + kind);
    }

    private boolean write(Frame frame, long fd, SliceValue buf) {
        byte[] data = toBytes(buf);
        if (fd == 1 || fd == 2) {
            String text = new String(data, StandardCharsets.UTF_8);
            s.output.write((int) fd, text);
            G g = s.curM.curg;
            s.emit(new OutputWritten(s.now(), g == null ? -1 : g.id(), (int) fd, text));
        } else {
            Pipe p = pipes.get(fd);
            if (p == null) {
                frame.push(0L);
                frame.push(9L); // EBADF
                return true;
            }
            for (byte b : data) p.bytes.addLast((long) (b & 0xff));
            BlockedRead r;
            while (!p.bytes.isEmpty() && (r = p.readers.pollFirst()) != null) {
                int n = fill(r.frame, r.buf, p);
                r.frame.push((long) n);
                r.frame.push(0L);
                s.wakeAt(r.m, s.now() + s.costs.wakeM(), M.Resume.AFTER_SYSCALL);
            }
        }
        frame.push((long) data.length);
        frame.push(0L);
        s.syscall("write", s.costs.write());
        return false;
    }

    private boolean read(Frame frame, long fd, SliceValue buf) {
        Pipe p = pipes.get(fd);
        if (p == null) {
            frame.push(0L);
            frame.push(9L); // EBADF
            return true;
        }
        if (!p.bytes.isEmpty()) {
            frame.push((long) fill(frame, buf, p));
            frame.push(0L);
            s.syscall("read", FAST_CALL_NS);
            return false;
        }
        // Nothing to read: the M blocks in the kernel until a write wakes it.
        p.readers.addLast(new BlockedRead(s.curM, frame, buf));
        s.syscall("read", -1);
        return false;
    }

    private static int fill(Frame frame, SliceValue buf, Pipe p) {
        int n = 0;
        while (n < buf.length && !p.bytes.isEmpty()) buf.set(n++, p.bytes.pollFirst());
        return n;
    }

    /** /proc/self/status as Linux prints it, the parts programs look at. Threads: the number of Ms. */
    private String procStatus() {
        return "Name:\tmain\nState:\tR (running)\nTgid:\t" + PID + "\nPid:\t" + PID + "\nPPid:\t1\n"
                + "Threads:\t" + s.mcount() + "\n";
    }

    private static byte[] toBytes(SliceValue buf) {
        byte[] out = new byte[buf.length];
        for (int i = 0; i < buf.length; i++) out[i] = (byte) (long) (Long) buf.get(i);
        return out;
    }

    private static SliceValue bytes(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Object[] arr = new Object[b.length];
        for (int i = 0; i < b.length; i++) arr[i] = (long) (b[i] & 0xff);
        return new SliceValue(arr, 0, arr.length, arr.length);
    }
}
