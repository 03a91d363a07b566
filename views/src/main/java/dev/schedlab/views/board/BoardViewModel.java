package dev.schedlab.views.board;

import dev.schedlab.model.record.GoroutineView;
import dev.schedlab.model.record.MachineView;
import dev.schedlab.model.record.ProcessorView;
import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.views.board.ThreadChip.ThreadState;
import dev.schedlab.views.text.ViewText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link WorldSnapshot} into a {@link BoardLayout} for a board of a given size: which goroutine
 * goes in which slot, what is only counted, and where everything sits. Every place has a fixed
 * number of slots, so however many goroutines live the board draws a bounded number of items
 * (see {@link #MAX_TOKENS}); the rest are counted ("+N").
 *
 * <p>One pass over the goroutines; no toolkit needed, so it is tested as plain Java. Stateless and
 * thread-safe.
 */
public final class BoardViewModel {
    /** Local-ring slots drawn per P at least (a P's ring holds 256); a wide card draws up to {@link #MAX_LOCAL_SLOTS}. */
    public static final int LOCAL_SLOTS = 8;
    public static final int MAX_LOCAL_SLOTS = 16;
    /** An upper bound of the tokens a layout holds, whatever the number of goroutines. */
    public static final int MAX_TOKENS = 1_500;
    /** Most Ps the grid lays out as cards (GOMAXPROCS above this is counted). */
    public static final int MAX_CARDS = 128;

    static final double PAD = 12;
    static final double GAP = 10;
    static final double BANNER_HEIGHT = 44;
    static final double LEGEND_HEIGHT = 30;
    static final double TITLE_HEIGHT = 22;
    /** Card size in units (one unit is about a token's diameter). */
    static final double CARD_WIDTH_UNITS = 10.6;
    static final double CARD_HEIGHT_UNITS = 4.85;
    /** The largest unit: a board with one or two Ps should not look inflated. */
    static final double MAX_UNIT = 52;
    private static final int GLOBAL_ROWS = 2;
    private static final int THREAD_ROWS = 2;
    /** Goroutines remembered per wait group during the pass: more than any lane draws. */
    private static final int KEEP_PER_GROUP = 64;

    /** The GC banner: the world stopped or stopping and why, else the GC phase while a cycle runs. */
    static String banner(WorldSnapshot world, boolean stopped, ViewText text) {
        // The reason stays the runtime's own words ("GC (sweep termination)"), as Go's traces name it.
        String why = world.stopReason().isEmpty() ? "" : text.get("board.banner.reason", world.stopReason());
        if (stopped) return text.get("board.banner.stopped", why);
        if (!world.stopReason().isEmpty()) return text.get("board.banner.stopping", why);
        if (!world.gcPhase().equals("off")) return text.get("board.banner.gc", phase(world.gcPhase(), text));
        return "";
    }

    private static String phase(String phase, ViewText text) {
        try {
            return text.get("board.gcPhase." + phase);
        } catch (java.util.MissingResourceException unknown) {
            return phase;
        }
    }

    /** The layout with English words. */
    public BoardLayout layout(WorldSnapshot world, double width, double height) { return layout(world, width, height, ViewText.ENGLISH); }

    /** The layout with lane titles and banner in the given words. */
    public BoardLayout layout(WorldSnapshot world, double width, double height, ViewText text) {
        Census census = Census.of(world);
        boolean stopped = !world.processors().isEmpty()
                && world.processors().stream().allMatch(p -> p.status() == PStatus.GCSTOP);
        String banner = banner(world, stopped, text);
        double top = PAD + (banner.isEmpty() ? 0 : BANNER_HEIGHT);
        double rightWidth = clamp(width * 0.3, 240, 440);
        double leftWidth = Math.max(100, width - rightWidth - 3 * PAD);
        double bottom = Math.max(top + 100, height - PAD - LEGEND_HEIGHT);

        List<Token> tokens = new ArrayList<>();
        List<ProcessorCard> cards = layoutCards(world, census, PAD, top, leftWidth, bottom - top, tokens);

        double unit = cards.isEmpty() ? MAX_UNIT / 2 : cards.get(0).unit();
        double token = clamp(unit * 0.8, 16, 28);
        Column column = new Column(2 * PAD + leftWidth, top, rightWidth, bottom, token);

        Lane global = column.lane(text.get("board.lane.global"), world.globalQueue(), world.globalQueue().size(), GLOBAL_ROWS,
                TokenKind.RUNNABLE, tokens);
        double threadsTitleY = column.y;
        List<ThreadChip> chips = column.threads(world.machines());
        int hiddenThreads = world.machines().size() - chips.size();
        Lane syscalls = column.lane(text.get("board.lane.syscalls"), census.syscall, census.syscall.size(), 1,
                TokenKind.SYSCALL, tokens);
        List<Lane> waits = new ArrayList<>();
        for (WaitGroup group : WaitGroup.values()) {
            int total = census.waitingCount.getOrDefault(group, 0);
            if (total == 0 || !column.fits()) continue;
            waits.add(column.lane(group.title(text), census.waiting.get(group), total, 1, TokenKind.WAITING, tokens));
        }
        return new BoardLayout(width, height, stopped, stopped || !world.stopReason().isEmpty(), banner, cards, global, syscalls, waits, chips, hiddenThreads,
                threadsTitleY, world.idleProcessors(), tokens, census.counts(), world.time(), world.eventIndex());
    }

    /** The P cards in a grid whose column count gives the largest cards. */
    private static List<ProcessorCard> layoutCards(WorldSnapshot world, Census census, double x0, double y0,
                                                   double width, double height, List<Token> tokens) {
        int n = Math.min(world.processors().size(), MAX_CARDS);
        List<ProcessorCard> cards = new ArrayList<>(n);
        if (n == 0) return cards;
        int bestColumns = 1;
        double bestUnit = 0;
        for (int c = 1; c <= n; c++) {
            int rows = (n + c - 1) / c;
            double cellW = (width - (c - 1) * GAP) / c;
            double cellH = (height - (rows - 1) * GAP) / rows;
            double u = Math.min(cellW / CARD_WIDTH_UNITS, cellH / CARD_HEIGHT_UNITS);
            if (u > bestUnit) { bestUnit = u; bestColumns = c; }
        }
        double u = Math.max(4, Math.min(bestUnit, MAX_UNIT));
        // Cards take the whole width of their column; the extra room shows more of the local ring.
        double cellW = (width - (bestColumns - 1) * GAP) / bestColumns;
        double cardW = Math.max(CARD_WIDTH_UNITS * u, Math.min(cellW, 2 * CARD_WIDTH_UNITS * u)), cardH = CARD_HEIGHT_UNITS * u;
        for (int i = 0; i < n; i++) {
            ProcessorView p = world.processors().get(i);
            double x = x0 + (i % bestColumns) * (cardW + GAP);
            double y = y0 + (i / bestColumns) * (cardH + GAP);
            cards.add(card(world, census, p, x, y, cardW, cardH, u, tokens));
        }
        return cards;
    }

    private static ProcessorCard card(WorldSnapshot world, Census census, ProcessorView p, double x, double y,
                                      double w, double h, double u, List<Token> tokens) {
        Slot run = new Slot(x + 1.1 * u, y + 2.35 * u, 1.4 * u);
        Slot next = new Slot(x + 3.05 * u, y + 2.35 * u, 1.1 * u);
        int slots = (int) Math.max(LOCAL_SLOTS, Math.min(MAX_LOCAL_SLOTS, (w / u - 1.0) / 1.05));
        List<Slot> local = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++) local.add(new Slot(x + 0.75 * u + i * 1.05 * u, y + 4.15 * u, 0.85 * u));

        int running = census.runningOnP(p.id());
        if (running >= 0) tokens.add(new Token(running, TokenKind.RUNNING, run.x(), run.y(), run.size()));
        int held = census.heldOnP(p.id());
        if (held >= 0) { // runnable in no queue, in the hands of this P's M: drawn beside the run slot
            double off = running >= 0 ? 0.45 * u : 0;
            tokens.add(new Token(held, TokenKind.RUNNABLE, run.x() + off, run.y() - off, run.size() * (running >= 0 ? 0.6 : 1)));
        }
        if (p.runnext() >= 0) tokens.add(new Token(p.runnext(), TokenKind.RUNNABLE, next.x(), next.y(), next.size()));
        List<Integer> queue = p.localQueue();
        int drawn = queue.size() <= slots ? queue.size() : slots - 1; // the last slot says "+N"
        for (int i = 0; i < drawn; i++) {
            Slot s = local.get(i);
            tokens.add(new Token(queue.get(i), TokenKind.RUNNABLE, s.x(), s.y(), s.size()));
        }
        boolean spinning = p.m() >= 0 && world.machine(p.m()).map(MachineView::spinning).orElse(false);
        boolean markWorker = world.markWorkerPs().contains(p.id());
        return new ProcessorCard(p.id(), p.status(), p.m(), spinning, p.schedtick(), p.timers(), running, markWorker, p.runnext(), queue.size(),
                queue.size() - drawn, x, y, w, h, u, run, next, local);
    }

    /** The right-hand column, filled from the top. */
    private static final class Column {
        final double x, width, bottom, token, pitch;
        double y;

        Column(double x, double y, double width, double bottom, double token) {
            this.x = x;
            this.y = y;
            this.width = width;
            this.bottom = bottom;
            this.token = token;
            this.pitch = token + 6;
        }

        boolean fits() { return y + TITLE_HEIGHT + pitch <= bottom + 1; }

        Lane lane(String title, List<Integer> goids, int total, int rows, TokenKind kind, List<Token> tokens) {
            int perRow = Math.max(1, (int) ((width - 4) / pitch));
            int capacity = perRow * rows;
            int drawn = Math.min(goids.size(), total <= capacity ? capacity : capacity - 1);
            List<Slot> slots = new ArrayList<>(drawn);
            for (int i = 0; i < drawn; i++) {
                Slot s = new Slot(x + pitch / 2 + (i % perRow) * pitch, y + TITLE_HEIGHT + pitch / 2 + (i / perRow) * pitch, token);
                slots.add(s);
                tokens.add(new Token(goids.get(i), kind, s.x(), s.y(), s.size()));
            }
            double h = TITLE_HEIGHT + rows * pitch;
            Lane lane = new Lane(title, total, total - drawn, x, y, width, h, slots);
            y += h + 6;
            return lane;
        }

        List<ThreadChip> threads(List<MachineView> machines) {
            double chipW = Math.max(44, token * 1.9), chipH = token;
            int perRow = Math.max(1, (int) ((width + 4) / (chipW + 4)));
            int capacity = perRow * THREAD_ROWS;
            int drawn = machines.size() <= capacity ? machines.size() : capacity - 1;
            List<ThreadChip> chips = new ArrayList<>(drawn);
            for (int i = 0; i < drawn; i++) {
                MachineView m = machines.get(i);
                chips.add(new ThreadChip(m.id(), stateOf(m), x + (i % perRow) * (chipW + 4),
                        y + TITLE_HEIGHT + (i / perRow) * (chipH + 4), chipW, chipH));
            }
            int rows = Math.max(1, (drawn + (drawn < machines.size() ? 1 : 0) + perRow - 1) / perRow);
            y += TITLE_HEIGHT + rows * (chipH + 4) + 6;
            return chips;
        }
    }

    static ThreadState stateOf(MachineView m) {
        if (m.inNetpoll()) return ThreadState.NETPOLL;
        if (m.spinning()) return ThreadState.SPINNING;
        if (m.idle()) return ThreadState.IDLE;
        if (m.curg() >= 0 && m.p() < 0) return ThreadState.SYSCALL;
        if (m.curg() >= 0 && !m.inScheduler()) return ThreadState.RUNNING;
        return ThreadState.SCHEDULING;
    }

    /** Where the goroutines are, from one pass over them. */
    private static final class Census {
        final Map<WaitGroup, List<Integer>> waiting = new EnumMap<>(WaitGroup.class);
        final Map<WaitGroup, Integer> waitingCount = new EnumMap<>(WaitGroup.class);
        final List<Integer> syscall = new ArrayList<>();
        int[] runningByP = new int[0];
        int[] heldByP = new int[0];
        int running, runnable, waits, syscalls;

        static Census of(WorldSnapshot world) {
            Census c = new Census();
            int np = world.processors().size();
            c.runningByP = filled(np);
            c.heldByP = filled(np);
            for (WaitGroup g : WaitGroup.values()) c.waiting.put(g, new ArrayList<>());
            for (GoroutineView g : world.goroutines()) {
                switch (g.location()) {
                    case RUNNING -> {
                        c.running++;
                        int p = pOf(world, g.where());
                        if (p >= 0 && p < np) c.runningByP[p] = g.goid();
                    }
                    case HELD -> {
                        c.runnable++;
                        int p = pOf(world, g.where());
                        if (p >= 0 && p < np) c.heldByP[p] = g.goid();
                    }
                    case RUNNEXT, LOCAL, GLOBAL -> c.runnable++;
                    case WAITING -> {
                        c.waits++;
                        WaitGroup group = WaitGroup.of(g.reason());
                        c.waitingCount.merge(group, 1, Integer::sum);
                        List<Integer> kept = c.waiting.get(group);
                        if (kept.size() < KEEP_PER_GROUP) kept.add(g.goid());
                    }
                    case SYSCALL -> {
                        c.syscalls++;
                        if (c.syscall.size() < KEEP_PER_GROUP) c.syscall.add(g.goid());
                    }
                }
            }
            return c;
        }

        int runningOnP(int p) { return runningByP[p]; }

        int heldOnP(int p) { return heldByP[p]; }

        GoroutineCounts counts() { return new GoroutineCounts(running, runnable, waits, syscalls); }

        private static int pOf(WorldSnapshot world, int m) {
            return world.machine(m).map(MachineView::p).orElse(-1);
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            java.util.Arrays.fill(a, -1);
            return a;
        }
    }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }
}
