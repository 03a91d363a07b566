package dev.schedlab.scenarios.lang;

import dev.schedlab.model.vm.Program;

import java.util.List;

/** The result of compiling a Go program: a program, or the diagnostics that prevented it. */
public record Compilation(Program program, List<Diagnostic> diagnostics) {
    public Compilation { diagnostics = List.copyOf(diagnostics); }

    public boolean ok() { return program != null && diagnostics.isEmpty(); }
}
