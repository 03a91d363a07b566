package dev.schedlab.model.inspect;

import dev.schedlab.model.vm.Function;
import dev.schedlab.model.vm.Program;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's text segment: an entry address and a frame size for the runtime functions the
 * inspector names, then the program's functions, whose VM instructions take 8 bytes each after
 * a 16-byte prologue (the stack check). Invented addresses in the usual place (0x401000 on);
 * frame sizes of the runtime functions are the lab's, of a plausible size (8 bytes, the return
 * address, for assembly functions without a frame).
 */
public final class CodeAddresses {
    static final long TEXT = 0x401000L;
    static final long RUNTIME_STRIDE = 0x2c0;
    static final long PROGRAM_TEXT = 0x480000L;
    /** The prologue before a program function's first instruction. */
    static final int PROLOGUE = 16;

    /** A runtime (or standard library) function: its entry, its frame and where it calls the next one down. */
    public record RuntimeFunction(String name, long entry, int frameSize, int callOffset) {
        /** The return address of the call this function makes. */
        public long returnAddress() { return entry + callOffset; }
    }

    private static final Map<String, RuntimeFunction> RUNTIME = runtimeTable();
    private final Map<Function, Long> entries = new IdentityHashMap<>();

    public CodeAddresses(Program program) {
        long at = PROGRAM_TEXT;
        for (Function f : program.functions()) {
            entries.put(f, at);
            at += (PROLOGUE + 8L * f.code().length + 31) & ~31L;
        }
        if (!entries.containsKey(program.main())) entries.put(program.main(), at);
    }

    /** A runtime function by name ({@code runtime.gopark}); an unknown name is a bug in the inspector. */
    public static RuntimeFunction runtime(String name) {
        RuntimeFunction f = RUNTIME.get(name);
        if (f == null) throw new IllegalArgumentException("no runtime function " + name);
        return f;
    }

    public long entry(Function f) {
        Long e = entries.get(f);
        return e == null ? PROGRAM_TEXT - 0x1000 : e;
    }

    /** The address of the VM instruction at {@code pc} of {@code f}. */
    public long instruction(Function f, int pc) { return entry(f) + PROLOGUE + 8L * pc; }

    private static Map<String, RuntimeFunction> runtimeTable() {
        Object[][] table = {
            {"runtime.goexit", 8, 1}, {"runtime.mcall", 8, 0x5c}, {"runtime.gogo", 8, 0x40},
            {"runtime.systemstack", 8, 0x6a}, {"runtime.morestack", 8, 0x7e}, {"runtime.asyncPreempt", 368, 0xe8},
            {"runtime.asyncPreempt2", 40, 0x45}, {"runtime.gopark", 48, 0xd5}, {"runtime.goparkunlock", 40, 0x3a},
            {"runtime.park_m", 72, 0x1c9}, {"runtime.goready", 32, 0x39}, {"runtime.ready", 64, 0x116},
            {"runtime.schedule", 96, 0xa7}, {"runtime.findRunnable", 280, 0x6e4}, {"runtime.stealWork", 128, 0x1f2},
            {"runtime.stopm", 40, 0x78}, {"runtime.mPark", 24, 0x25}, {"runtime.notesleep", 56, 0x8f},
            {"runtime.futexsleep", 48, 0x66}, {"runtime.futex", 8, 0x21}, {"runtime.netpoll", 200, 0x11d},
            {"runtime.epollwait", 8, 0x1e}, {"runtime.mstart", 8, 0xb}, {"runtime.mstart0", 56, 0x6d},
            {"runtime.mstart1", 40, 0xb4}, {"runtime.execute", 48, 0x1a3}, {"runtime.chanrecv1", 32, 0x12},
            {"runtime.chanrecv", 120, 0x3b7}, {"runtime.chansend1", 32, 0x1d}, {"runtime.chansend", 136, 0x49c},
            {"runtime.selectgo", 336, 0xaf0}, {"runtime.block", 24, 0x2d}, {"time.Sleep", 64, 0x11f},
            {"sync.(*WaitGroup).Wait", 80, 0x8c}, {"sync.runtime_Semacquire", 32, 0x25}, {"runtime.semacquire1", 160, 0x2ab},
            {"sync.(*Mutex).Lock", 32, 0x30}, {"sync.(*Mutex).lockSlow", 112, 0x16f}, {"sync.runtime_SemacquireMutex", 40, 0x25},
            {"sync.(*Cond).Wait", 64, 0x6c}, {"sync.runtime_notifyListWait", 96, 0x15a},
            {"internal/poll.runtime_pollWait", 40, 0x85}, {"runtime.netpollblock", 64, 0xd1}, {"runtime.Gosched", 24, 0x2e},
            {"runtime.goyield", 24, 0x2e}, {"runtime.semrelease1", 96, 0x231}, {"sync.runtime_Semrelease", 32, 0x25},
            {"runtime.exitsyscall", 64, 0x14c}, {"runtime.newstack", 152, 0x4e2}, {"runtime.newproc", 56, 0x4f},
            {"runtime.newproc1", 136, 0x2f0}, {"runtime.goschedImpl", 48, 0x1b4}, {"runtime.gopreempt_m", 24, 0x25},
            {"runtime.gosched_m", 24, 0x25}, {"runtime.goyield_m", 40, 0x9a}, {"runtime.goexit1", 24, 0x3b},
            {"runtime.goexit0", 40, 0x4d}, {"runtime.exitsyscall0", 64, 0x1c1}, {"runtime.stopTheWorld", 72, 0x8b},
            {"runtime.gcBgMarkWorker", 120, 0x2b6}, {"runtime.GC", 96, 0x10d}, {"syscall.Syscall", 64, 0x7d},
            {"internal/runtime/syscall.Syscall6", 8, 0x1a}, {"runtime.entersyscall", 40, 0x1f},
            {"runtime.main", 112, 0x25d}, {"runtime.sysmon", 136, 0x1f8}, {"runtime.usleep", 8, 0x1d},
        };
        Map<String, RuntimeFunction> out = new LinkedHashMap<>();
        long at = TEXT;
        for (Object[] row : table) {
            String name = (String) row[0];
            out.put(name, new RuntimeFunction(name, at, (Integer) row[1], (Integer) row[2]));
            at += RUNTIME_STRIDE;
        }
        return out;
    }

    /** Every runtime function the inspector knows, in address order. */
    public static List<RuntimeFunction> runtimeFunctions() { return List.copyOf(RUNTIME.values()); }
}
