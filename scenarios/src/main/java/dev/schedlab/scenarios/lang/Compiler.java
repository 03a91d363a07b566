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
import java.util.Map;

/** The Go-subset front end: source text in, a {@link dev.schedlab.model.vm.Program} or diagnostics out. */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a {@code .go} file, or the {@code main.go} of a folder. Never throws for bad input:
     * an unreadable file is a diagnostic at line 0, column 0 (there is no position to point at).
     */
    public static Compilation compile(Path fileOrFolder) { return compile(fileOrFolder, Map.of()); }

    /**
     * Compiles as {@link #compile(Path)} with the named package-level integer constants given
     * new values (a scenario's knobs). A name that is not such a constant is a diagnostic.
     */
    public static Compilation compile(Path fileOrFolder, Map<String, Long> constOverrides) {
        // Anything that is not a .go file is taken as a scenario folder holding main.go.
        boolean folder = Files.isDirectory(fileOrFolder) || !String.valueOf(fileOrFolder.getFileName()).endsWith(".go");
        Path file = folder ? fileOrFolder.resolve("main.go") : fileOrFolder;
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            return failed(new Diagnostic(name, 0, 0, "cannot read " + file + ": no such file"));
        }
        try {
            return compileSource(name, Files.readString(file, StandardCharsets.UTF_8), constOverrides);
        } catch (IOException | RuntimeException e) {
            return failed(new Diagnostic(name, 0, 0, "cannot read " + file + ": " + e.getMessage()));
        }
    }

    /** Compiles one file's text; {@code fileName} is used in diagnostics. Never throws for bad input. */
    public static Compilation compileSource(String fileName, String source) { return compileSource(fileName, source, Map.of()); }

    /** Compiles one file's text with constants overridden (see {@link #compile(Path, Map)}). Never throws for bad input. */
    public static Compilation compileSource(String fileName, String source, Map<String, Long> constOverrides) {
        try {
            SourceFile sf;
            try {
                sf = Parser.parse(fileName, source);
            } catch (SyntaxError e) {
                return failed(new Diagnostic(fileName, e.pos().line(), e.pos().column(), "syntax error: " + e.getMessage()));
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            if (!constOverrides.isEmpty()) {
                // Check the file as written first: overrides are judged against its real constants.
                Info original = Checker.check(sf, new Library(), diagnostics);
                if (diagnostics.isEmpty()) sf = ConstOverrides.apply(sf, original, constOverrides, diagnostics);
                if (!diagnostics.isEmpty()) return new Compilation(null, diagnostics);
            }
            Info info = Checker.check(sf, new Library(), diagnostics);
            if (!diagnostics.isEmpty()) return new Compilation(null, diagnostics);
            Program program = ProgramCompiler.compile(sf, info, fileName, diagnostics);
            return new Compilation(program, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in the front end, not in the program: still a diagnostic, never a crash.
            return failed(new Diagnostic(fileName, 1, 1, "internal compiler error: " + e));
        }
    }

    /**
     * The package-level constants of a Go file's text, by name in declaration order, for
     * tools that bind to them (scenario knobs). Empty when the text does not parse.
     */
    public static Map<String, PackageConstant> packageConstants(String fileName, String source) {
        try {
            SourceFile sf = Parser.parse(fileName, source);
            Info info = Checker.check(sf, new Library(), new ArrayList<>());
            return ConstOverrides.declared(sf, info);
        } catch (RuntimeException | StackOverflowError e) { // a syntax error, or a front-end bug that compile reports
            return Map.of();
        }
    }

    private static Compilation failed(Diagnostic d) { return new Compilation(null, List.of(d)); }
}
