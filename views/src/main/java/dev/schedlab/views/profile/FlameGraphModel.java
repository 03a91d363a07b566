package dev.schedlab.views.profile;

import dev.schedlab.model.profile.StackProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * A flame graph (drawn top-down, as pprof's web view draws it) computed without JavaFX: one
 * rectangle per call-tree node, as wide as its share of the focused node's time, one row per stack
 * depth. Nodes narrower than {@link #MIN_WIDTH_PX} are left out with everything under them, so a
 * frame never draws more rectangles than fit across the width on each row.
 */
public final class FlameGraphModel {
    public static final double MIN_WIDTH_PX = 1.5;
    /** Rectangles a graph may have; past it, the deepest rows are left out. */
    public static final int MAX_FRAMES = 2000;

    private FlameGraphModel() {}

    /** What kind of code a frame is, for its colour. */
    public enum Kind {
        /** The program's own functions. */ USER,
        /** Runtime work on a goroutine's stack (chansend, newproc, goready...). */ RUNTIME,
        /** The scheduler on g0, under runtime.mcall or runtime.mstart. */ SCHEDULER,
        /** GC mark workers and stop-the-world. */ GC,
        /** Time in system calls. */ SYSCALL,
        /** The root ("all") and the focused node's ancestors. */ ROOT
    }

    /** One rectangle: from x (px) for width px on row depth; {@code share} of the whole profile. */
    public record Frame(double x, double width, int depth, String name, long totalNs, double share, Kind kind,
                        List<String> path) {
        public Frame { path = List.copyOf(path); }
    }

    /** The rectangles of a graph and how many rows it has. */
    public record Graph(List<Frame> frames, int rows, long totalNs) {
        public Graph { frames = List.copyOf(frames); }

        /** The frame under (x, row), or null. */
        public Frame at(double x, int row) {
            for (Frame f : frames) if (f.depth() == row && x >= f.x() && x < f.x() + f.width()) return f;
            return null;
        }
    }

    /**
     * The graph of {@code root} across {@code widthPx}, zoomed on the node reached by following
     * {@code focus} (function names below the root; empty for no zoom). The focused node spans the
     * full width on the row below its ancestors, which are drawn full width above it.
     */
    public static Graph layout(StackProfile.Node root, List<String> focus, double widthPx) {
        Graph g = layout(root, focus, widthPx, MIN_WIDTH_PX);
        if (g.frames().size() <= MAX_FRAMES) return g;
        // too many boxes: keep the rows nearest the root that fit (the overview), drop deeper ones
        int[] perRow = new int[g.rows()];
        for (Frame f : g.frames()) perRow[f.depth()]++;
        int rows = 0, kept = 0;
        while (rows < perRow.length && kept + perRow[rows] <= MAX_FRAMES) kept += perRow[rows++];
        int maxRows = Math.max(1, rows);
        return new Graph(g.frames().stream().filter(f -> f.depth() < maxRows).toList(), maxRows, g.totalNs());
    }

    private static Graph layout(StackProfile.Node root, List<String> focus, double widthPx, double minWidth) {
        List<Frame> out = new ArrayList<>();
        long whole = Math.max(1, root.totalNs());
        StackProfile.Node node = root;
        List<String> path = new ArrayList<>();
        out.add(new Frame(0, widthPx, 0, root.name(), root.totalNs(), 1, Kind.ROOT, path));
        int depth = 0;
        for (String name : focus) {
            StackProfile.Node next = null;
            for (StackProfile.Node c : node.children()) if (c.name().equals(name)) next = c;
            if (next == null) break;
            node = next;
            path.add(name);
            depth++;
            out.add(new Frame(0, widthPx, depth, name, node.totalNs(), (double) node.totalNs() / whole,
                    kindOf(path), path));
        }
        int[] rows = {depth + 1};
        children(node, path, 0, widthPx, depth + 1, whole, minWidth, out, rows);
        return new Graph(out, rows[0], root.totalNs());
    }

    private static void children(StackProfile.Node node, List<String> path, double x, double width, int depth,
                                 long whole, double minWidth, List<Frame> out, int[] rows) {
        if (node.totalNs() <= 0) return;
        double cx = x;
        List<StackProfile.Node> kids = new ArrayList<>(node.children());
        kids.sort((a, b) -> a.name().compareTo(b.name())); // alphabetical, as flame graphs order siblings
        for (StackProfile.Node c : kids) {
            double w = width * c.totalNs() / node.totalNs();
            if (w >= minWidth) {
                List<String> p = new ArrayList<>(path);
                p.add(c.name());
                out.add(new Frame(cx, w, depth, c.name(), c.totalNs(), (double) c.totalNs() / whole, kindOf(p), p));
                rows[0] = Math.max(rows[0], depth + 1);
                children(c, p, cx, w, depth + 1, whole, minWidth, out, rows);
            }
            cx += w;
        }
    }

    /** The kind of the last function of {@code path} (outermost first), judged with its callers. */
    static Kind kindOf(List<String> path) {
        String f = path.get(path.size() - 1);
        if (f.startsWith("syscall.") || f.startsWith("internal/runtime/syscall")) return Kind.SYSCALL;
        boolean runtime = f.startsWith("runtime.") || f.startsWith("internal/");
        if (!runtime) return Kind.USER;
        String root = path.get(0);
        if (root.equals("runtime.gcBgMarkWorker") || f.startsWith("runtime.gc") || f.contains("TheWorld")) return Kind.GC;
        if (root.equals("runtime.mcall") || root.equals("runtime.mstart")) return Kind.SCHEDULER;
        return Kind.RUNTIME;
    }
}
