package dev.schedlab.model.inspect;

import java.util.List;

/**
 * A function as lines of assembly-like text, one marked as where execution is. Immutable.
 *
 * @param function the function's name
 * @param note     what it does, in a sentence
 * @param lines    its lines
 * @param marked   the index of the current line, or -1
 */
public record Listing(String function, String note, List<ListingLine> lines, int marked) {
    public Listing { lines = List.copyOf(lines); }

    public Listing withMarked(int index) { return new Listing(function, note, lines, index); }
}
