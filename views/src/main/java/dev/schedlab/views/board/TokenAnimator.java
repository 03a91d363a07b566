package dev.schedlab.views.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves the tokens of consecutive layouts: each token that changed place gets a {@link TokenMotion}
 * from where it is drawn now to its new place. Evaluated at a time the owner supplies, so it has no
 * clock of its own (and no Timeline per token). Holds at most one motion per drawn token.
 * FX thread only (or any single thread).
 */
public final class TokenAnimator {
    private Map<Integer, TokenMotion> motions = new HashMap<>();
    private List<Token> targets = List.of();
    private double lastEnd = Double.NEGATIVE_INFINITY;

    /** New places for the tokens: those already drawn glide from their current position over {@code duration}. */
    public void retarget(List<Token> newTargets, double now, double duration) {
        Map<Integer, TokenMotion> next = new HashMap<>(newTargets.size() * 2);
        lastEnd = now + duration;
        for (Token t : newTargets) {
            TokenMotion old = motions.get(t.goid());
            if (old == null || duration <= 0) {
                next.put(t.goid(), TokenMotion.at(t));
            } else {
                next.put(t.goid(), new TokenMotion(now, now + duration, old.x(now), old.y(now), old.size(now),
                        t.x(), t.y(), t.size()));
            }
        }
        motions = next;
        targets = List.copyOf(newTargets);
    }

    /** The same places without motion (after a jump, or a resize). */
    public void jump(List<Token> newTargets) { retarget(newTargets, 0, 0); }

    /** Where the tokens are drawn at time {@code now}. */
    public List<Token> tokensAt(double now) {
        List<Token> out = new ArrayList<>(targets.size());
        for (Token t : targets) {
            TokenMotion m = motions.get(t.goid());
            out.add(new Token(t.goid(), t.kind(), m.x(now), m.y(now), m.size(now)));
        }
        return out;
    }

    /** Whether some token is still gliding at {@code now}. */
    public boolean moving(double now) { return now < lastEnd; }
}
