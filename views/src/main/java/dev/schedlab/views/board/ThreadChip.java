package dev.schedlab.views.board;

/**
 * One M drawn in the threads panel.
 *
 * @param id    the M id
 * @param state what it is doing
 * @param x     left edge
 * @param y     top edge
 * @param width width
 * @param height height
 */
public record ThreadChip(int id, ThreadState state, double x, double y, double width, double height) {
    /** What an M is doing, as the board tells it. */
    public enum ThreadState { RUNNING, SPINNING, SYSCALL, NETPOLL, IDLE, SCHEDULING }
}
