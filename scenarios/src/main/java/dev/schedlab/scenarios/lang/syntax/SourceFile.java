package dev.schedlab.scenarios.lang.syntax;

import java.util.List;

/** A parsed Go file, with its {@code //go:} directives (comments the lexer otherwise drops). */
public record SourceFile(String name, Expr.Ident packageName, List<Decl.ImportSpec> imports, List<Decl> decls,
                         List<Directive> directives) {
    /** {@code //go:name args...} at the start of a line, as the Go toolchain reads them. */
    public record Directive(Pos pos, String name, List<String> args) {
        static List<Directive> scan(String source) {
            List<Directive> out = new java.util.ArrayList<>();
            String[] lines = source.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("//go:")) continue;
                String[] words = lines[i].substring(5).trim().split("\\s+");
                out.add(new Directive(new Pos(i + 1, 1), words[0], List.of(words).subList(1, words.length)));
            }
            return out;
        }
    }
}
