package dev.schedlab.scenarios.lang.syntax;

import java.util.List;

/** Top-level and local declarations. */
public sealed interface Decl {
    Pos pos();

    /** receiver is null for plain functions; body is null for declarations without one. */
    record Func(Pos pos, Expr.Field receiver, Expr.Ident name, Expr.FuncType type, Stmt.Block body) implements Decl {}

    /** keyword is import, var, const or type. */
    record GenDecl(Pos pos, String keyword, List<Spec> specs) implements Decl {}

    sealed interface Spec {
        Pos pos();
    }

    /** name is null, "_", "." or an identifier. */
    record ImportSpec(Pos pos, String name, String path) implements Spec {}

    /**
     * {@code names [type] [= values]}. For a const spec without values, values are those of
     * the previous spec in the group (the checker repeats them); iota is the spec's index.
     */
    record ValueSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) implements Spec {}

    record TypeSpec(Pos pos, Expr.Ident name, List<Expr.Field> typeParams, boolean alias, Expr type) implements Spec {}
}
