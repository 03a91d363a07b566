package dev.schedlab.model.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * runtime/proc.go:randomOrder: visits all n Ps exactly once, starting at a random
 * position and stepping by a random stride coprime with n.
 */
final class RandomOrder {
    private int count;
    private int[] coprimes = new int[0];

    void reset(int n) {
        count = n;
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) if (gcd(i, n) == 1) list.add(i);
        coprimes = list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The visiting order for a draw {@code r} of cheaprand. */
    int[] order(long r) {
        int pos = (int) (r % count);
        int inc = coprimes[(int) ((r / count) % coprimes.length)];
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = pos;
            pos = (pos + inc) % count;
        }
        return out;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
