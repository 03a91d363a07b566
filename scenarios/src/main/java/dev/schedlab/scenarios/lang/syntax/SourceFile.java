package dev.schedlab.scenarios.lang.syntax;

import java.util.List;

/** A parsed Go file. */
public record SourceFile(String name, Expr.Ident packageName, List<Decl.ImportSpec> imports, List<Decl> decls) {}
