package dev.schedlab.app.run;

import dev.schedlab.model.CpuProfile;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The CPU profile's categories as {@code --stats} lines: nanoseconds and percent of the Ms'
 * busy time, e.g. {@code cpu_mcall_ns: 1234 (38.2%)} for pprof's cumulative runtime.mcall.
 */
final class CpuShares {
    private CpuShares() {}

    static void print(CpuProfile p, PrintWriter err) {
        line(err, p, "cpu_user_ns", p.userNs());
        line(err, p, "cpu_runtime_on_g_ns", p.runtimeNs());
        line(err, p, "cpu_mcall_ns", p.mcallNs());
        line(err, p, "cpu_scheduler_other_ns", p.schedulerOtherNs());
        line(err, p, "cpu_syscall_ns", p.syscallNs());
        line(err, p, "cpu_gc_ns", p.gcNs());
        err.flush();
    }

    private static void line(PrintWriter err, CpuProfile p, String key, long ns) {
        err.println(key + ": " + ns + String.format(Locale.ROOT, " (%.1f%%)", 100 * p.share(ns)));
    }
}
