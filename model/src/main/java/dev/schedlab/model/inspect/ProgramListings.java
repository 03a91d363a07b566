package dev.schedlab.model.inspect;

import dev.schedlab.model.vm.Function;
import dev.schedlab.model.vm.Instr;

import java.util.ArrayList;
import java.util.List;

/**
 * A program function's VM instructions as an assembly-like listing: the lab's own instruction
 * set, 8 bytes an instruction in the lab's text segment, after the prologue's stack check.
 */
final class ProgramListings {
    /** Longer functions are shown as a window of this many lines either side of the current one. */
    static final int CONTEXT = 12;

    private ProgramListings() {}

    /** {@code f}'s listing with the instruction at {@code current} marked (-1 for none). */
    static Listing of(Function f, CodeAddresses code, int current, int stackguardOffset) {
        List<ListingLine> lines = new ArrayList<>();
        long entry = code.entry(f);
        if (f.isLeaf()) {
            lines.add(new ListingLine(entry, "NOSPLIT", "a leaf: no stack check, no preemption check"));
        } else {
            lines.add(new ListingLine(entry, "CMPQ SP, 0x" + Integer.toHexString(stackguardOffset) + "(R14)",
                    "SP below g.stackguard0? (the stack is full, or a preemption is requested)"));
            lines.add(new ListingLine(entry + 8, "JLS runtime.morestack_noctxt", "then grow the stack or yield, and retry"));
        }
        int prologue = lines.size();
        Instr[] instrs = f.code();
        int from = 0;
        int to = instrs.length;
        if (instrs.length > 2 * CONTEXT + 1 && current >= 0) {
            from = Math.max(0, Math.min(current - CONTEXT, instrs.length - 2 * CONTEXT - 1));
            to = from + 2 * CONTEXT + 1;
        }
        int marked = -1;
        if (from > 0) lines.add(new ListingLine(-1, "...", from + " instructions before"));
        for (int pc = from; pc < to; pc++) {
            Instr in = instrs[pc];
            if (pc == current) marked = lines.size();
            lines.add(new ListingLine(code.instruction(f, pc), in.toString(), f.file() + ":" + f.lineAt(pc)));
        }
        if (to < instrs.length) lines.add(new ListingLine(-1, "...", (instrs.length - to) + " instructions after"));
        return new Listing(f.name(), f.file() + ":" + f.line() + ", frame " + f.frameSize() + " bytes, "
                + instrs.length + " instructions" + (prologue == 1 ? ", NOSPLIT" : ""), lines, marked);
    }
}
