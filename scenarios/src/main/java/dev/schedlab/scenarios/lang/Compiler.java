package dev.schedlab.scenarios.lang;

import dev.schedlab.model.vm.Program;
import dev.schedlab.scenarios.lang.check.Checker;
import dev.schedlab.scenarios.lang.check.Info;
import dev.schedlab.scenarios.lang.compile.ProgramCompiler;
import dev.schedlab.scenarios.lang.lib.Library;
import dev.schedlab.scenarios.lang.syntax.Parser;
import dev.schedlab.scenarios.lang.syntax.SourceFile;
import dev.schedlab.scenarios.lang.syntax.SyntaxError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Go-subset front end: source text in, a {@link dev.schedlab.model.vm.Program} or diagnostics out. */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a {@code .go} file, or the {@code main.go} of a folder. Never throws for bad input:
     * an unreadable file is a diagnostic at line 0, column 0 (there is no position to point at).
     */
    public static Compilation compile(Path fileOrFolder) {
        // Anything that is not a .go file is taken as a scenario folder holding main.go.
        boolean folder = Files.isDirectory(fileOrFolder) || !String.valueOf(fileOrFolder.getFileName()).endsWith(".go");
        Path file = folder ? fileOrFolder.resolve("main.go") : fileOrFolder;
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            return failed(new Diagnostic(name, 0, 0, "cannot read " + file + ": no such file"));
        }
        try {
            return compileSource(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return failed(new Diagnostic(name, 0, 0, "cannot read " + file + ": " + e.getMessage()));
        }
    }

    /** Compiles one file's text; {@code fileName} is used in diagnostics. Never throws for bad input. */
    public static Compilation compileSource(String fileName, String source) {
        try {
            SourceFile sf;
            try {
                sf = Parser.parse(fileName, source);
            } catch (SyntaxError e) {
                return failed(new Diagnostic(fileName, e.pos().line(), e.pos().column(), "syntax error: " + e.getMessage()));
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            Info info = Checker.check(sf, new Library(), diagnostics);
            if (!diagnostics.isEmpty()) return new Compilation(null, diagnostics);
            Program program = ProgramCompiler.compile(sf, info, fileName, diagnostics);
            return new Compilation(program, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in the front end, not in the program: still a diagnostic, never a crash.
            return failed(new Diagnostic(fileName, 1, 1, "internal compiler error: " + e));
        }
    }

    private static Compilation failed(Diagnostic d) { return new Compilation(null, List.of(d)); }
}
