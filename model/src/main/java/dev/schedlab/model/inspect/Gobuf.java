package dev.schedlab.model.inspect;

/**
 * g.sched: the context gogo restores. Immutable.
 *
 * @param note what the values are: saved by mcall, cleared by gogo while it runs, set by newproc1 ...
 */
public record Gobuf(long sp, long pc, long g, long ctxt, long ret, long bp, String note) {}
