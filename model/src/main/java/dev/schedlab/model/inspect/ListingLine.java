package dev.schedlab.model.inspect;

/**
 * One line of a {@link Listing}.
 *
 * @param address its address in the lab's text segment, or -1 for a runtime step (not an instruction)
 * @param text    the instruction or step
 * @param comment what it loads, stores or means
 */
public record ListingLine(long address, String text, String comment) {}
