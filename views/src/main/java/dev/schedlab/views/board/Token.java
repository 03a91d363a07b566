package dev.schedlab.views.board;

/**
 * One goroutine drawn on the board.
 *
 * @param goid the goroutine id, its label
 * @param kind its colour
 * @param x    centre, in board pixels
 * @param y    centre, in board pixels
 * @param size diameter, in board pixels
 */
public record Token(int goid, TokenKind kind, double x, double y, double size) {}
