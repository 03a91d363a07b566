package dev.schedlab.scenarios.lang.syntax;

/** Raised by the lexer and parser at the first syntax error; the front end turns it into a diagnostic. */
public final class SyntaxError extends RuntimeException {
    private final transient Pos pos;

    public SyntaxError(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    public Pos pos() { return pos; }
}
