package dev.schedlab.scenarios.lang;

import java.nio.file.Path;

/** The Go-subset front end: source text in, a {@link dev.schedlab.model.vm.Program} or diagnostics out. */
public final class Compiler {
    private Compiler() {}

    /** Compiles a {@code .go} file, or the {@code main.go} of a folder. Never throws for bad input. */
    public static Compilation compile(Path fileOrFolder) { throw new UnsupportedOperationException("not yet"); }

    /** Compiles one file's text; {@code fileName} is used in diagnostics. Never throws for bad input. */
    public static Compilation compileSource(String fileName, String source) { throw new UnsupportedOperationException("not yet"); }
}
