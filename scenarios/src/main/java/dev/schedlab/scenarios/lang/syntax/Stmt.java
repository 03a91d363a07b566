package dev.schedlab.scenarios.lang.syntax;

import java.util.List;

/** Statements. Optional parts (if's init, for's post, ...) are null when absent. */
public sealed interface Stmt {
    Pos pos();

    record Block(Pos pos, List<Stmt> stmts, Pos end) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    record Send(Pos pos, Expr channel, Expr value) implements Stmt {}

    record IncDec(Pos pos, Expr x, boolean increment) implements Stmt {}

    /** op is "=", ":=" or an assignment operator such as "+=". */
    record Assign(Pos pos, List<Expr> lhs, String op, List<Expr> rhs) implements Stmt {}

    record DeclStmt(Pos pos, Decl.GenDecl decl) implements Stmt {}

    record Go(Pos pos, Expr.Call call) implements Stmt {}

    record Defer(Pos pos, Expr.Call call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    /** keyword: break, continue, goto or fallthrough; label may be null. */
    record Branch(Pos pos, String keyword, Expr.Ident label) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt otherwise) implements Stmt {}

    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /** {@code for key, value := range x}; key and value may be null; define is true for :=. */
    record Range(Pos pos, Expr key, Expr value, boolean define, Expr x, Block body) implements Stmt {}

    /** An expression switch (tag may be null) or, when typeSwitch is true, a type switch. */
    record Switch(Pos pos, Stmt init, Stmt tag, boolean typeSwitch, List<CaseClause> clauses) implements Stmt {}

    /** exprs is empty for default. */
    record CaseClause(Pos pos, List<Expr> exprs, boolean isDefault, List<Stmt> body) {}

    record Select(Pos pos, List<CommClause> clauses) implements Stmt {}

    /** comm is null for default. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) {}

    record Empty(Pos pos) implements Stmt {}
}
