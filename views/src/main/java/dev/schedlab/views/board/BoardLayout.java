package dev.schedlab.views.board;

import java.util.List;

/**
 * Everything the board draws for one snapshot at one size, already placed: the skin only paints it.
 *
 * @param width        board width
 * @param height       board height
 * @param worldStopped whether every P is stopped (a stop-the-world is in progress)
 * @param worldStopping whether a stop-the-world has begun (the banner turns red), stopped or not yet
 * @param banner       the GC banner's text: a stop-the-world and why, or the GC phase; empty for none
 * @param cards        one card per P, by id
 * @param globalQueue  the global run queue
 * @param syscalls     goroutines in system calls on Ms without a P
 * @param waitLanes    waiting goroutines, one lane per wait group that has any
 * @param threads      the Ms, drawn as chips; {@code hiddenThreads} more are counted
 * @param hiddenThreads Ms counted but not drawn
 * @param threadsTitleY top of the threads panel's title
 * @param idleProcessors the idle-P stack, top first (for its caption)
 * @param tokens       every drawn goroutine
 * @param counts       live goroutines by state
 * @param time         the snapshot's simulated time
 * @param eventIndex   the snapshot's event index
 */
public record BoardLayout(double width, double height, boolean worldStopped, boolean worldStopping, String banner, List<ProcessorCard> cards,
                          Lane globalQueue, Lane syscalls, List<Lane> waitLanes, List<ThreadChip> threads,
                          int hiddenThreads, double threadsTitleY, List<Integer> idleProcessors,
                          List<Token> tokens, GoroutineCounts counts, long time, long eventIndex) {
    public BoardLayout {
        cards = List.copyOf(cards);
        waitLanes = List.copyOf(waitLanes);
        threads = List.copyOf(threads);
        idleProcessors = List.copyOf(idleProcessors);
        tokens = List.copyOf(tokens);
    }

    /** The token drawn at board point (x, y), the topmost if several overlap, or null. */
    public Token tokenAt(double x, double y) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            double r = t.size() / 2;
            if ((x - t.x()) * (x - t.x()) + (y - t.y()) * (y - t.y()) <= r * r) return t;
        }
        return null;
    }
}
