package dev.schedlab.views.board;

/** What a goroutine token's colour tells: the goroutine's status as the board shows it. */
public enum TokenKind {
    RUNNING, RUNNABLE, WAITING, SYSCALL
}
