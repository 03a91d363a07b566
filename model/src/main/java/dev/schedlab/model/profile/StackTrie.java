package dev.schedlab.model.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Call stacks as a trie of interned function names, with the CPU nanoseconds charged to each
 * stack (node) as its leaf. Node 0 is the empty root. Append-only, so a node id stays valid and
 * a charge is one array add; lookups of a child scan its siblings (a node has few children).
 *
 * <p>Threading: single writer (the simulation); {@link #snapshot()} copies for other threads.
 */
public final class StackTrie {
    public static final int ROOT = 0;

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIds = new HashMap<>();
    private int[] parent = new int[64];
    private int[] name = new int[64];
    private int[] firstChild = new int[64];
    private int[] nextSibling = new int[64];
    private long[] selfNs = new long[64];
    private int size = 1;

    public StackTrie() {
        parent[0] = -1;
        name[0] = -1;
        firstChild[0] = -1;
        nextSibling[0] = -1;
    }

    /** The id of a function name, interning it on first use. */
    public int intern(String function) {
        Integer id = nameIds.get(function);
        if (id != null) return id;
        names.add(function);
        nameIds.put(function, names.size() - 1);
        return names.size() - 1;
    }

    /** The node for {@code node}'s stack with {@code nameId} called on top of it. */
    public int child(int node, int nameId) {
        for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
            if (name[c] == nameId) return c;
        }
        if (size == parent.length) grow();
        int c = size++;
        parent[c] = node;
        name[c] = nameId;
        firstChild[c] = -1;
        nextSibling[c] = firstChild[node];
        firstChild[node] = c;
        return c;
    }

    /** The node reached from {@code node} by calling each of {@code nameIds} in turn. */
    public int path(int node, int[] nameIds) {
        int n = node;
        for (int id : nameIds) n = child(n, id);
        return n;
    }

    /** Interned ids of {@code functions}, outermost first. */
    public int[] intern(String... functions) {
        int[] ids = new int[functions.length];
        for (int i = 0; i < ids.length; i++) ids[i] = intern(functions[i]);
        return ids;
    }

    /** Charges {@code ns} to the stack ending at {@code node}. */
    public void add(int node, long ns) { selfNs[node] += ns; }

    /** Nanoseconds charged to all stacks so far. */
    public long totalNs() {
        long t = 0;
        for (int i = 0; i < size; i++) t += selfNs[i];
        return t;
    }

    /** An immutable copy of every stack charged so far. */
    public StackProfile snapshot() {
        List<StackProfile.Stack> stacks = new ArrayList<>();
        for (int i = 1; i < size; i++) {
            if (selfNs[i] == 0) continue;
            int depth = 0;
            for (int n = i; n > 0; n = parent[n]) depth++;
            String[] frames = new String[depth];
            for (int n = i, k = depth - 1; n > 0; n = parent[n], k--) frames[k] = names.get(name[n]);
            stacks.add(new StackProfile.Stack(List.of(frames), selfNs[i]));
        }
        return new StackProfile(stacks);
    }

    private void grow() {
        int n = parent.length * 2;
        parent = Arrays.copyOf(parent, n);
        name = Arrays.copyOf(name, n);
        firstChild = Arrays.copyOf(firstChild, n);
        nextSibling = Arrays.copyOf(nextSibling, n);
        selfNs = Arrays.copyOf(selfNs, n);
    }
}
