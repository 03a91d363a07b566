package dev.schedlab.scenarios.lang.syntax;

import java.util.List;

/**
 * Expressions, including type expressions (as in Go's own AST, a type is an
 * expression: {@code []int{1}} and {@code time.Duration(d)} need no special parsing).
 * Nodes are compared by identity in the checker's side tables.
 */
public sealed interface Expr {
    Pos pos();

    record Ident(Pos pos, String name) implements Expr {}

    /** kind is INT, FLOAT, IMAG, CHAR or STRING; value is the literal's source text. */
    record BasicLit(Pos pos, Token.Kind kind, String value) implements Expr {}

    /** type is null for elided element types ({@code [][]int{{1}}}). */
    record CompositeLit(Pos pos, Expr type, List<Expr> elements) implements Expr {}

    record KeyValue(Pos pos, Expr key, Expr value) implements Expr {}

    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {}

    record Paren(Pos pos, Expr x) implements Expr {}

    record Selector(Pos pos, Expr x, Ident selector) implements Expr {}

    /** More than one index only for generic instantiation, which the checker rejects. */
    record Index(Pos pos, Expr x, List<Expr> indices) implements Expr {}

    record SliceExpr(Pos pos, Expr x, Expr low, Expr high, Expr max) implements Expr {}

    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {}

    record Call(Pos pos, Expr fun, List<Expr> args, boolean spread) implements Expr {}

    /** {@code *x}: a dereference or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** op is one of + - ! ^ & <- ~ */
    record Unary(Pos pos, String op, Expr x) implements Expr {}

    record Binary(Pos pos, String op, Expr x, Expr y) implements Expr {}

    /** {@code [len]elem}; len is null for a slice type, an Ellipsis for {@code [...]T}. */
    record ArrayType(Pos pos, Expr length, Expr element) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    /** dir: 0 both, 1 send-only, 2 receive-only. */
    record ChanType(Pos pos, int dir, Expr element) implements Expr {}

    record FuncType(Pos pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    record InterfaceType(Pos pos, boolean empty) implements Expr {}

    record Ellipsis(Pos pos, Expr element) implements Expr {}

    /** A parameter, result or struct field group: {@code a, b int}. names may be empty. */
    record Field(Pos pos, List<Ident> names, Expr type, boolean variadic) {}
}
