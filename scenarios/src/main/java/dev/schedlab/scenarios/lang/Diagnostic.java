package dev.schedlab.scenarios.lang;

/** A problem in a Go source file, printed as {@code file:line:column: message} like the Go toolchain. */
public record Diagnostic(String file, int line, int column, String message) {
    @Override public String toString() { return file + ":" + line + ":" + column + ": " + message; }
}
