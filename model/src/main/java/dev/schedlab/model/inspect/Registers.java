package dev.schedlab.model.inspect;

/**
 * The registers that matter to the scheduler, on one thread at one moment. Immutable.
 *
 * @param r14     the current g (ABIInternal keeps it in R14; -8(FS) holds the same)
 * @param r14Is   which g that is: "g6", or "g0 of M1"
 * @param ripIn   the function RIP is in
 */
public record Registers(long rsp, long rbp, long rip, long r14, String r14Is, String ripIn) {}
