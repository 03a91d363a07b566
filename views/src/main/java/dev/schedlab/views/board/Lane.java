package dev.schedlab.views.board;

import java.util.List;

/**
 * A titled row (or a few rows) of slots outside the P cards: the global queue, the syscall lane, a wait lane.
 *
 * @param title  what it holds
 * @param total  how many goroutines it holds
 * @param hidden how many of those are counted but not drawn
 * @param x      left edge of the title
 * @param y      top edge of the title
 * @param width  width
 * @param height height, title included
 * @param slots  the drawn slots, in queue order
 */
public record Lane(String title, int total, int hidden, double x, double y, double width, double height, List<Slot> slots) {
    public Lane { slots = List.copyOf(slots); }
}
