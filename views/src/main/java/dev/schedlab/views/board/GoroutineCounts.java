package dev.schedlab.views.board;

/** How many live goroutines are in each state the board colours. */
public record GoroutineCounts(int running, int runnable, int waiting, int syscall) {
    public int total() { return running + runnable + waiting + syscall; }
}
