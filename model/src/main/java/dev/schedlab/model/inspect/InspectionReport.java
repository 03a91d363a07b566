package dev.schedlab.model.inspect;

import dev.schedlab.model.runtime.LiveDetail.TimerEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lays inspections out as {@link ReportSection}s, and those as plain text for the command line. */
public final class InspectionReport {
    private InspectionReport() {}

    /** The sections for a goroutine at simulated time {@code now}. */
    public static List<ReportSection> goroutine(GoroutineInspection g, long now) {
        List<ReportSection> out = new ArrayList<>();
        List<ReportSection.Row> rows = new ArrayList<>();
        kv(rows, "goid", "g" + g.goid() + "  (started as " + g.startFunction() + ")");
        kv(rows, "status", g.status().code() + "  _G" + g.status().name().toLowerCase(Locale.ROOT));
        if (!g.waitReason().text().isEmpty()) {
            kv(rows, "wait reason", g.waitReason().text() + "  (" + g.waitReason().ordinal() + ")"
                    + (g.waitSince() > 0 ? ", since " + time(g.waitSince()) + " (" + time(now - g.waitSince()) + " ago)" : ""));
        }
        kv(rows, "where", g.where());
        kv(rows, "g", hex(g.address()));
        kv(rows, "stack", "[" + hex(g.stackLo()) + ", " + hex(g.stackHi()) + ")  " + bytes(g.stackSize()));
        kv(rows, "stackguard0", hex(g.stackguard0()) + (g.stackguard0() == Inspector.STACK_PREEMPT
                ? "  stackPreempt: the next prologue check fails" : "  stack.lo + 928"));
        out.add(new ReportSection("Goroutine g" + g.goid(), "", List.of(), rows));
        out.add(gobuf(g.gobuf()));
        out.add(frames("Call stack (innermost first)", g.frames()));
        out.addAll(locals(g.frames()));
        if (g.registers() != null) out.add(registers(g.registers()));
        out.add(memory("g struct at " + hex(g.address()) + " (Go 1.23 offsets)", g.memory()));
        if (g.parkedIn() != null) out.add(listing(g.parkedIn()));
        if (g.listing() != null) out.add(listing(g.listing()));
        return out;
    }

    /** The sections for an M. */
    public static List<ReportSection> machine(MachineInspection m) {
        List<ReportSection> out = new ArrayList<>();
        List<ReportSection.Row> rows = new ArrayList<>();
        kv(rows, "doing", m.doing());
        kv(rows, "m", hex(m.address()));
        kv(rows, "g0", hex(m.g0Address()) + ", stack [" + hex(m.g0StackLo()) + ", " + hex(m.g0StackHi()) + ")  "
                + bytes(m.g0StackHi() - m.g0StackLo()));
        kv(rows, "curg", m.curg() < 0 ? "none" : "g" + m.curg());
        kv(rows, "p", m.p() < 0 ? "none" : "P" + m.p());
        kv(rows, "spinning", String.valueOf(m.spinning()));
        kv(rows, "blocked", String.valueOf(m.blocked()) + (m.idle() ? " (on the idle-M list)" : ""));
        kv(rows, "lockedg", m.lockedg() < 0 ? "none" : "g" + m.lockedg());
        out.add(new ReportSection("Thread M" + m.id(), "", List.of(), rows));
        if (m.registers() != null) out.add(registers(m.registers()));
        if (!m.g0Frames().isEmpty()) out.add(frames("g0 stack (innermost first)", m.g0Frames()));
        if (m.listing() != null) out.add(listing(m.listing()));
        out.add(memory("g struct at R14 (Go 1.23 offsets)", m.memory()));
        return out;
    }

    /** The sections for a P. */
    public static List<ReportSection> processor(ProcessorInspection p) {
        List<ReportSection.Row> rows = new ArrayList<>();
        kv(rows, "p", hex(p.address()));
        kv(rows, "status", p.status().code() + "  _P" + p.status().name().toLowerCase(Locale.ROOT));
        kv(rows, "m", p.m() < 0 ? "none" : "M" + p.m());
        kv(rows, "schedtick", String.valueOf(p.schedtick()));
        kv(rows, "syscalltick", String.valueOf(p.syscalltick()));
        kv(rows, "runnext", p.runnext() < 0 ? "empty" : "g" + p.runnext());
        kv(rows, "runq", p.runq().size() + " of 256" + (p.runq().isEmpty() ? ""
                : ": " + p.runq().stream().map(g -> "g" + g).collect(Collectors.joining(" "))));
        kv(rows, "gFree", String.valueOf(p.gFree()));
        List<ReportSection> out = new ArrayList<>();
        out.add(new ReportSection("Processor P" + p.id(), "", List.of(), rows));
        List<ReportSection.Row> timers = new ArrayList<>();
        for (TimerEntry t : p.timers()) {
            timers.add(row(time(t.when()), t.kind(), t.g() < 0 ? "" : "g" + t.g()));
        }
        out.add(new ReportSection("Timers (earliest first)", "", List.of("when", "kind", "for"), timers));
        return out;
    }

    private static ReportSection gobuf(Gobuf b) {
        List<ReportSection.Row> rows = new ArrayList<>();
        kv(rows, "sp", hex(b.sp()));
        kv(rows, "pc", hex(b.pc()));
        kv(rows, "g", hex(b.g()));
        kv(rows, "ctxt", hex(b.ctxt()));
        kv(rows, "ret", hex(b.ret()));
        kv(rows, "bp", hex(b.bp()));
        kv(rows, "", b.note());
        return new ReportSection("g.sched (gobuf)", "", List.of(), rows);
    }

    private static ReportSection frames(String title, List<CallFrame> frames) {
        List<ReportSection.Row> rows = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            if (i == INNERMOST_SHOWN && frames.size() > INNERMOST_SHOWN + OUTERMOST_SHOWN + 1) {
                int skipped = frames.size() - INNERMOST_SHOWN - OUTERMOST_SHOWN;
                rows.add(row("... " + skipped + " more frames", "", "", "", ""));
                i += skipped - 1;
                continue;
            }
            CallFrame f = frames.get(i);
            rows.add(row(f.function(), f.where(), hex(f.sp()), String.valueOf(f.frameSize()),
                    f.returnPc() == 0 ? "" : hex(f.returnPc()) + (f.returnTo().isEmpty() ? "" : " in " + f.returnTo())));
        }
        return new ReportSection(title, "", List.of("function", "at", "sp", "size", "return pc"), rows);
    }

    /** A deep recursion shows its innermost and outermost frames, not thousands of rows. */
    static final int INNERMOST_SHOWN = 48;
    static final int OUTERMOST_SHOWN = 8;

    /** How many program frames, innermost first, get their locals shown. */
    static final int FRAMES_WITH_LOCALS = 3;

    private static List<ReportSection> locals(List<CallFrame> frames) {
        List<ReportSection> out = new ArrayList<>();
        for (CallFrame f : frames) {
            if (f.runtime() || f.locals().isEmpty()) continue;
            if (out.size() == FRAMES_WITH_LOCALS) break;
            List<ReportSection.Row> rows = new ArrayList<>();
            f.locals().forEach(l -> kv(rows, l.name(), l.value()));
            out.add(new ReportSection("Locals of " + f.function() + " (" + f.where() + ", sp " + hex(f.sp()) + ")", "",
                    List.of(), rows));
        }
        return out;
    }

    private static ReportSection registers(Registers r) {
        List<ReportSection.Row> rows = new ArrayList<>();
        kv(rows, "RSP", hex(r.rsp()));
        kv(rows, "RBP", hex(r.rbp()));
        kv(rows, "RIP", hex(r.rip()) + "  in " + r.ripIn());
        kv(rows, "R14", hex(r.r14()) + "  = " + r.r14Is() + " (also at -8(FS))");
        return new ReportSection("Registers", "", List.of(), rows);
    }

    private static ReportSection memory(String title, List<MemoryWord> words) {
        List<ReportSection.Row> rows = new ArrayList<>();
        for (MemoryWord w : words) {
            rows.add(row(hex(w.address()), "+" + w.offset() + " (0x" + Integer.toHexString(w.offset()) + ")", w.field(),
                    w.modelled() ? hex(w.value()) : "-", w.meaning()));
        }
        return new ReportSection(title, "", List.of("address", "offset", "field", "value", "meaning"), rows);
    }

    private static ReportSection listing(Listing l) {
        List<ReportSection.Row> rows = new ArrayList<>();
        for (int i = 0; i < l.lines().size(); i++) {
            ListingLine line = l.lines().get(i);
            rows.add(new ReportSection.Row(List.of(line.address() < 0 ? "" : hex(line.address()), line.text(),
                    line.comment()), i == l.marked()));
        }
        return new ReportSection("Listing: " + l.function(), l.note(), List.of(), rows);
    }

    /** The sections as text: titles, aligned columns, "=>" before the current line of a listing. */
    public static String text(List<ReportSection> sections) {
        StringBuilder s = new StringBuilder();
        for (ReportSection sec : sections) {
            s.append("== ").append(sec.title()).append('\n');
            if (!sec.note().isEmpty()) s.append("   ").append(sec.note()).append('\n');
            List<List<String>> all = new ArrayList<>();
            if (!sec.header().isEmpty()) all.add(sec.header());
            for (ReportSection.Row r : sec.rows()) all.add(r.cells());
            int cols = all.stream().mapToInt(List::size).max().orElse(0);
            int[] width = new int[cols];
            for (List<String> r : all) {
                for (int c = 0; c < r.size() - 1; c++) width[c] = Math.max(width[c], r.get(c).length());
            }
            boolean listing = sec.title().startsWith("Listing: ");
            int i = 0;
            for (List<String> r : all) {
                boolean marked = !sec.header().isEmpty() && i == 0 ? false
                        : sec.rows().get(i - (sec.header().isEmpty() ? 0 : 1)).marked();
                StringBuilder line = new StringBuilder(listing ? (marked ? "=> " : "   ") : "  ");
                for (int c = 0; c < r.size(); c++) {
                    String cell = r.get(c);
                    if (c == r.size() - 1) line.append(cell);
                    else line.append(cell).append(" ".repeat(width[c] - cell.length() + 2));
                }
                s.append(line.toString().stripTrailing()).append('\n');
                i++;
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static void kv(List<ReportSection.Row> rows, String key, String value) { rows.add(row(key, value)); }

    private static ReportSection.Row row(String... cells) { return new ReportSection.Row(List.of(cells), false); }

    /** An address or word as Go prints pointers: 0x and lower-case hex. */
    public static String hex(long v) { return "0x" + Long.toHexString(v); }

    private static String bytes(long n) {
        return n % 1024 == 0 ? (n / 1024) + " KiB" : n + " bytes";
    }

    /** Simulated nanoseconds in the unit that reads best. */
    static String time(long ns) {
        if (ns < 1_000) return ns + " ns";
        if (ns < 1_000_000) return String.format(Locale.ROOT, "%.3f µs", ns / 1e3);
        if (ns < 1_000_000_000) return String.format(Locale.ROOT, "%.3f ms", ns / 1e6);
        return String.format(Locale.ROOT, "%.3f s", ns / 1e9);
    }
}
