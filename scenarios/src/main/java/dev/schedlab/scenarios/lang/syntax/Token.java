package dev.schedlab.scenarios.lang.syntax;

/** One lexical token. Operators and keywords are identified by their text. */
public record Token(Kind kind, String text, Pos pos) {
    public enum Kind { IDENT, KEYWORD, INT, FLOAT, IMAG, CHAR, STRING, OP, SEMI, EOF }

    public boolean is(String s) { return (kind == Kind.OP || kind == Kind.KEYWORD) && text.equals(s); }

    /** How the Go toolchain names this token in "expected X, found Y" messages. */
    public String describe() {
        return switch (kind) {
            case EOF -> "EOF";
            case SEMI -> text.equals("\n") ? "newline" : "';'";
            case IDENT -> "name " + text;
            case KEYWORD -> "keyword " + text;
            case INT, FLOAT, IMAG, CHAR, STRING -> "literal " + text;
            case OP -> "'" + text + "'";
        };
    }
}
