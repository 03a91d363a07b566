package dev.schedlab.views.board;

/** An empty place a token could occupy (drawn as an outline), centre and diameter in board pixels. */
public record Slot(double x, double y, double size) {}
