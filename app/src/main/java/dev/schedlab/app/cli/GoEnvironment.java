package dev.schedlab.app.cli;

/** How Go's runtime reads its environment variables, where the lab copies that behaviour. */
final class GoEnvironment {
    private GoEnvironment() {}

    /**
     * GOMAXPROCS as runtime.schedinit reads it: a positive integer wins (capped at 1024);
     * anything else, set or not, leaves the number of CPUs.
     */
    static int gomaxprocs(String value, int cpus) {
        if (value != null) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n > 0) return Math.min(n, RunCommand.MAX_PROCS);
            } catch (NumberFormatException ignored) {
                // Go ignores a malformed GOMAXPROCS too.
            }
        }
        return Math.min(cpus, RunCommand.MAX_PROCS);
    }
}
