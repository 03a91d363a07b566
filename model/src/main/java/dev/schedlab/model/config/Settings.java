package dev.schedlab.model.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything besides the program that decides a run. The same program and settings
 * give the same run, event for event.
 *
 * @param gomaxprocs number of Ps
 * @param seed       seed of the runtime's random source (steal order, select order)
 * @param godebug    GODEBUG settings, such as {@code schedtrace=100} or {@code scheddetail=1}
 * @param args       the program's {@code os.Args[1:]}
 * @param cpus       the simulated machine's CPUs (runtime.NumCPU), or {@link #CPU_PER_P}: when every
 *                   CPU is busy, a woken thread waits for one (see {@link Costs#coreWait})
 */
public record Settings(int gomaxprocs, long seed, Map<String, String> godebug, java.util.List<String> args,
                       Costs costs, Limits limits, int cpus) {
    /** A machine with a CPU for every P, whatever GOMAXPROCS becomes: no thread ever waits for a CPU. */
    public static final int CPU_PER_P = 0;
    /** The machine the cost table and the reference's statistics come from. */
    public static final int REFERENCE_MACHINE_CPUS = 2;

    public Settings {
        if (gomaxprocs < 1 || gomaxprocs > 1024) throw new IllegalArgumentException("GOMAXPROCS must be 1..1024, got " + gomaxprocs);
        if (cpus < 0 || cpus > 1024) throw new IllegalArgumentException("the CPU count must be 1..1024, got " + cpus);
        godebug = Map.copyOf(godebug);
        args = java.util.List.copyOf(args);
    }

    public static Settings of(int gomaxprocs) {
        return new Settings(gomaxprocs, 1, Map.of(), java.util.List.of(), Costs.defaults(), Limits.defaults(), CPU_PER_P);
    }

    public Settings withSeed(long s) { return new Settings(gomaxprocs, s, godebug, args, costs, limits, cpus); }

    public Settings withGodebug(Map<String, String> g) { return new Settings(gomaxprocs, seed, g, args, costs, limits, cpus); }

    public Settings withArgs(java.util.List<String> a) { return new Settings(gomaxprocs, seed, godebug, a, costs, limits, cpus); }

    /** runtime.NumCPU: the machine's CPUs, or the GOMAXPROCS the run started with on a machine with one per P. */
    public int numCpu() { return cpus == CPU_PER_P ? gomaxprocs : cpus; }

    public Settings withCpus(int n) { return new Settings(gomaxprocs, seed, godebug, args, costs, limits, n); }

    public Settings withLimits(Limits l) { return new Settings(gomaxprocs, seed, godebug, args, costs, l, cpus); }

    /** Parses {@code k=v,k=v} as GODEBUG does. */
    public static Map<String, String> parseGodebug(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return out;
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("GODEBUG entry '" + part + "' is not key=value");
            out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return out;
    }

    /** A GODEBUG value as an integer, or {@code dflt}. */
    public long godebugInt(String key, long dflt) {
        String v = godebug.get(key);
        if (v == null) return dflt;
        try { return Long.parseLong(v); } catch (NumberFormatException e) { return dflt; }
    }
}
