package dev.schedlab.scenarios.lang.syntax;

/** A source position: 1-based line and column (columns count bytes of the line, like the Go toolchain). */
public record Pos(int line, int column) {
    @Override public String toString() { return line + ":" + column; }
}
