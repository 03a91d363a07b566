package dev.schedlab.model.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulated CPU profile: the nanoseconds the Ms spent with each call stack on the CPU, stacks
 * written outermost frame first as pprof shows them ({@code runtime.mcall;runtime.park_m;
 * runtime.schedule}). Immutable.
 */
public record StackProfile(List<Stack> stacks) {
    /** One distinct stack and the time charged with it as the leaf. */
    public record Stack(List<String> frames, long ns) {
        public Stack { frames = List.copyOf(frames); }
    }

    public static final StackProfile EMPTY = new StackProfile(List.of());

    public StackProfile { stacks = List.copyOf(stacks); }

    public long totalNs() {
        long t = 0;
        for (Stack s : stacks) t += s.ns();
        return t;
    }

    /** Time of the stacks that contain {@code function} anywhere (pprof's cumulative time). */
    public long cumulativeNs(String function) {
        long t = 0;
        for (Stack s : stacks) if (s.frames().contains(function)) t += s.ns();
        return t;
    }

    /** Time of the stacks whose leaf is {@code function} (pprof's flat time). */
    public long flatNs(String function) {
        long t = 0;
        for (Stack s : stacks) if (!s.frames().isEmpty() && s.frames().get(s.frames().size() - 1).equals(function)) t += s.ns();
        return t;
    }

    /** {@code function}'s cumulative share of the total, 0..1. */
    public double cumulativeShare(String function) {
        long total = totalNs();
        return total == 0 ? 0 : (double) cumulativeNs(function) / total;
    }

    /**
     * The folded-stacks text that flame graph tools and {@code pprof -raw} converters read: one
     * {@code frame;frame;frame ns} line per stack, sorted by stack.
     */
    public String folded() {
        List<String> lines = new ArrayList<>();
        for (Stack s : stacks) lines.add(String.join(";", s.frames()) + " " + s.ns());
        lines.sort(Comparator.naturalOrder());
        StringBuilder b = new StringBuilder();
        for (String l : lines) b.append(l).append('\n');
        return b.toString();
    }

    /** The stacks merged into a call tree (children by name, in order of first appearance). */
    public Node tree() {
        MutableNode root = new MutableNode("all");
        for (Stack s : stacks) {
            MutableNode n = root;
            n.total += s.ns();
            for (String f : s.frames()) {
                n = n.children.computeIfAbsent(f, MutableNode::new);
                n.total += s.ns();
            }
            n.self += s.ns();
        }
        return root.freeze();
    }

    /** A function in the call tree: its time with it on the stack (total) and as the leaf (self). */
    public record Node(String name, long totalNs, long selfNs, List<Node> children) {
        public Node { children = List.copyOf(children); }
    }

    private static final class MutableNode {
        final String name;
        long total;
        long self;
        final Map<String, MutableNode> children = new LinkedHashMap<>();

        MutableNode(String name) { this.name = name; }

        Node freeze() {
            List<Node> kids = new ArrayList<>();
            for (MutableNode c : children.values()) kids.add(c.freeze());
            return new Node(name, total, self, kids);
        }
    }
}
