package dev.schedlab.scenarios.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for Go's full statement and expression syntax (so that
 * constructs outside SchedLab's subset are recognised and rejected by the checker with a
 * clear message instead of a confusing syntax error). Stops at the first syntax error.
 */
public final class Parser {
    /** Deeper nesting than this is rejected, so hostile input cannot overflow the Java stack. */
    private static final int MAX_DEPTH = 200;
    private static final Set<String> ASSIGN_OPS = Set.of("=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", "&^=");

    private final List<Token> tokens;
    private int p;
    /** < 0 inside control clauses, where '{' opens the block rather than a composite literal. */
    private int exprLev;
    private int depth;

    private Parser(List<Token> tokens) { this.tokens = tokens; }

    public static SourceFile parse(String fileName, String source) {
        SourceFile sf = new Parser(Lexer.tokenize(source)).file(fileName);
        return new SourceFile(sf.name(), sf.packageName(), sf.imports(), sf.decls(), SourceFile.Directive.scan(source));
    }

    // ---- token helpers

    private Token tok() { return tokens.get(p); }

    private Token peek(int n) { return tokens.get(Math.min(p + n, tokens.size() - 1)); }

    private boolean at(String s) { return tok().is(s); }

    private boolean atKind(Token.Kind k) { return tok().kind() == k; }

    private Token next() {
        Token t = tok();
        if (t.kind() != Token.Kind.EOF) p++;
        return t;
    }

    private boolean accept(String s) {
        if (at(s)) { p++; return true; }
        return false;
    }

    private Token expect(String s) {
        if (!at(s)) throw error("'" + s + "'");
        return next();
    }

    private SyntaxError error(String expected) {
        return new SyntaxError(tok().pos(), "expected " + expected + ", found " + tok().describe());
    }

    private Expr.Ident ident() {
        if (!atKind(Token.Kind.IDENT)) throw error("name");
        Token t = next();
        return new Expr.Ident(t.pos(), t.text());
    }

    /** A statement or declaration ends with ';' unless a closing ')' or '}' follows. */
    private void semi(String what) {
        if (atKind(Token.Kind.SEMI)) { p++; return; }
        if (at(")") || at("}")) return;
        throw new SyntaxError(tok().pos(), "expected ';' after " + what + ", found " + tok().describe());
    }

    private void enter() {
        if (++depth > MAX_DEPTH) throw new SyntaxError(tok().pos(), "program too deeply nested");
    }

    // ---- file and declarations

    private SourceFile file(String name) {
        if (!at("package")) throw error("'package'");
        next();
        Expr.Ident pkg = ident();
        semi("package clause");
        List<Decl.ImportSpec> imports = new ArrayList<>();
        while (at("import")) {
            next();
            if (accept("(")) {
                while (!at(")") && !atKind(Token.Kind.EOF)) {
                    imports.add(importSpec());
                    semi("import");
                }
                expect(")");
            } else {
                imports.add(importSpec());
            }
            semi("import declaration");
        }
        List<Decl> decls = new ArrayList<>();
        while (!atKind(Token.Kind.EOF)) {
            if (at("import")) throw new SyntaxError(tok().pos(), "imports must appear before other declarations");
            decls.add(topLevelDecl());
            if (!atKind(Token.Kind.EOF)) {
                if (!atKind(Token.Kind.SEMI)) {
                    throw new SyntaxError(tok().pos(), "expected ';' after top level declaration, found " + tok().describe());
                }
                next();
            }
        }
        return new SourceFile(name, pkg, imports, decls, List.of());
    }

    private Decl.ImportSpec importSpec() {
        Pos pos = tok().pos();
        String alias = null;
        if (atKind(Token.Kind.IDENT)) alias = next().text();
        else if (at(".")) { next(); alias = "."; }
        if (!atKind(Token.Kind.STRING)) throw error("import path");
        String lit = next().text();
        return new Decl.ImportSpec(pos, alias, Literals.unquote(lit, pos));
    }

    private Decl topLevelDecl() {
        if (at("func")) return funcDecl();
        if (at("var") || at("const") || at("type")) return genDecl();
        throw error("declaration");
    }

    private Decl.Func funcDecl() {
        Pos pos = expect("func").pos();
        Expr.Field receiver = null;
        if (at("(")) {
            List<Expr.Field> recv = parameters();
            receiver = recv.isEmpty() ? new Expr.Field(pos, List.of(), null, false) : recv.get(0);
        }
        Expr.Ident name = ident();
        List<Expr.Field> typeParams = List.of();
        if (at("[")) typeParams = typeParameters();
        Expr.FuncType type = signature(pos, typeParams);
        Stmt.Block body = at("{") ? block() : null;
        return new Decl.Func(pos, receiver, name, type, body);
    }

    private List<Expr.Field> typeParameters() {
        expect("[");
        List<Expr.Field> out = new ArrayList<>();
        while (!at("]") && !atKind(Token.Kind.EOF)) {
            Pos pos = tok().pos();
            List<Expr.Ident> names = new ArrayList<>();
            names.add(ident());
            while (accept(",")) names.add(ident());
            Expr constraint = constraintExpr();
            out.add(new Expr.Field(pos, names, constraint, false));
            if (!accept(",")) break;
        }
        expect("]");
        return out;
    }

    private Expr constraintExpr() {
        Expr t = unaryOrType();
        while (at("|")) {
            Pos pos = next().pos();
            t = new Expr.Binary(pos, "|", t, unaryOrType());
        }
        return t;
    }

    private Expr unaryOrType() {
        if (at("~")) {
            Pos pos = next().pos();
            return new Expr.Unary(pos, "~", type());
        }
        return type();
    }

    private Decl.GenDecl genDecl() {
        Token kw = next();
        List<Decl.Spec> specs = new ArrayList<>();
        if (accept("(")) {
            int index = 0;
            while (!at(")") && !atKind(Token.Kind.EOF)) {
                specs.add(spec(kw.text(), index++));
                semi(kw.text() + " declaration");
            }
            expect(")");
        } else {
            specs.add(spec(kw.text(), 0));
        }
        return new Decl.GenDecl(kw.pos(), kw.text(), specs);
    }

    private Decl.Spec spec(String keyword, int index) {
        Pos pos = tok().pos();
        if (keyword.equals("type")) {
            Expr.Ident name = ident();
            List<Expr.Field> typeParams = List.of();
            if (at("[") && peek(1).kind() == Token.Kind.IDENT && !peek(2).is("]")) typeParams = typeParameters();
            boolean alias = accept("=");
            return new Decl.TypeSpec(pos, name, typeParams, alias, type());
        }
        List<Expr.Ident> names = new ArrayList<>();
        names.add(ident());
        while (accept(",")) names.add(ident());
        Expr type = null;
        if (!at("=") && !atKind(Token.Kind.SEMI) && !at(")")) type = type();
        List<Expr> values = List.of();
        if (accept("=")) values = exprList();
        if (keyword.equals("var") && type == null && values.isEmpty()) throw error("type");
        return new Decl.ValueSpec(pos, names, type, values, index);
    }

    // ---- types

    private Expr type() {
        enter();
        try {
            Expr t = tryType();
            if (t == null) throw error("type");
            return t;
        } finally {
            depth--;
        }
    }

    /** A type, or null if the current token cannot start one. */
    private Expr tryType() {
        Token t = tok();
        Pos pos = t.pos();
        if (t.kind() == Token.Kind.IDENT) return typeName();
        if (t.is("[")) {
            next();
            if (accept("]")) return new Expr.ArrayType(pos, null, type());
            Expr len;
            if (at("...")) len = new Expr.Ellipsis(next().pos(), null);
            else { exprLev++; len = expr(); exprLev--; }
            expect("]");
            return new Expr.ArrayType(pos, len, type());
        }
        if (t.is("struct")) return structType();
        if (t.is("*")) { next(); return new Expr.Star(pos, type()); }
        if (t.is("func")) { next(); return signature(pos, List.of()); }
        if (t.is("interface")) return interfaceType();
        if (t.is("map")) {
            next();
            expect("[");
            Expr key = type();
            expect("]");
            return new Expr.MapType(pos, key, type());
        }
        if (t.is("chan")) {
            next();
            int dir = 0;
            if (accept("<-")) dir = 1;
            return new Expr.ChanType(pos, dir, type());
        }
        if (t.is("<-")) {
            next();
            expect("chan");
            return new Expr.ChanType(pos, 2, type());
        }
        if (t.is("(")) {
            next();
            Expr inner = type();
            expect(")");
            return new Expr.Paren(pos, inner);
        }
        return null;
    }

    private Expr typeName() {
        Expr x = ident();
        if (at(".")) {
            Pos pos = next().pos();
            x = new Expr.Selector(pos, x, ident());
        }
        if (at("[")) {
            Pos pos = next().pos();
            List<Expr> args = new ArrayList<>();
            args.add(type());
            while (accept(",")) args.add(type());
            expect("]");
            x = new Expr.Index(pos, x, args);
        }
        return x;
    }

    private Expr.StructType structType() {
        Pos pos = expect("struct").pos();
        expect("{");
        List<Expr.Field> fields = new ArrayList<>();
        while (!at("}") && !atKind(Token.Kind.EOF)) {
            Pos fp = tok().pos();
            if (at("*") || (atKind(Token.Kind.IDENT) && (peek(1).is(".") || peek(1).kind() == Token.Kind.SEMI
                    || peek(1).is("}") || peek(1).kind() == Token.Kind.STRING))) {
                Expr embedded = type(); // embedded field
                fields.add(new Expr.Field(fp, List.of(), embedded, false));
            } else {
                List<Expr.Ident> names = new ArrayList<>();
                names.add(ident());
                while (accept(",")) names.add(ident());
                fields.add(new Expr.Field(fp, names, type(), false));
            }
            if (atKind(Token.Kind.STRING)) next(); // tag
            semi("struct field");
        }
        expect("}");
        return new Expr.StructType(pos, fields);
    }

    private Expr.InterfaceType interfaceType() {
        Pos pos = expect("interface").pos();
        expect("{");
        boolean empty = true;
        int open = 1;
        // The subset has no interfaces; skip the body, balancing braces.
        while (open > 0 && !atKind(Token.Kind.EOF)) {
            if (at("{")) open++;
            else if (at("}")) { open--; if (open == 0) break; }
            else if (!atKind(Token.Kind.SEMI)) empty = false;
            next();
        }
        expect("}");
        return new Expr.InterfaceType(pos, empty);
    }

    private Expr.FuncType signature(Pos pos, List<Expr.Field> typeParams) {
        List<Expr.Field> params = parameters();
        List<Expr.Field> results = List.of();
        if (at("(")) {
            results = parameters();
        } else {
            Expr t = tryType();
            if (t != null) results = List.of(new Expr.Field(t.pos(), List.of(), t, false));
        }
        return new Expr.FuncType(pos, typeParams, params, results);
    }

    /** One parsed entry of a parameter list, before we know whether the list has names. */
    private record ParamEntry(Pos pos, Expr first, Expr type, boolean variadic) {}

    private List<Expr.Field> parameters() {
        expect("(");
        exprLev++;
        List<ParamEntry> entries = new ArrayList<>();
        while (!at(")") && !atKind(Token.Kind.EOF)) {
            Pos pos = tok().pos();
            if (at("...")) {
                next();
                entries.add(new ParamEntry(pos, null, type(), true));
            } else {
                Expr first = type();
                if (!at(",") && !at(")")) {
                    boolean variadic = accept("...");
                    entries.add(new ParamEntry(pos, first, type(), variadic));
                } else {
                    entries.add(new ParamEntry(pos, first, null, false));
                }
            }
            if (!accept(",")) break;
        }
        exprLev--;
        expect(")");
        boolean named = entries.stream().anyMatch(e -> e.first() != null && e.type() != null);
        List<Expr.Field> out = new ArrayList<>();
        if (!named) {
            for (ParamEntry e : entries) out.add(new Expr.Field(e.pos(), List.of(), e.first() != null ? e.first() : e.type(), e.variadic()));
            return out;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        Pos groupPos = null;
        for (ParamEntry e : entries) {
            if (!(e.first() instanceof Expr.Ident id)) {
                throw new SyntaxError(e.pos(), "mixed named and unnamed parameters");
            }
            if (groupPos == null) groupPos = e.pos();
            pending.add(id);
            if (e.type() != null) {
                out.add(new Expr.Field(groupPos, List.copyOf(pending), e.type(), e.variadic()));
                pending.clear();
                groupPos = null;
            }
        }
        if (!pending.isEmpty()) throw new SyntaxError(pending.get(0).pos(), "mixed named and unnamed parameters");
        return out;
    }

    // ---- statements

    private Stmt.Block block() {
        Pos pos = expect("{").pos();
        List<Stmt> stmts = stmtList();
        Pos end = expect("}").pos();
        return new Stmt.Block(pos, stmts, end);
    }

    private List<Stmt> stmtList() {
        List<Stmt> out = new ArrayList<>();
        while (!at("}") && !at("case") && !at("default") && !atKind(Token.Kind.EOF)) {
            Stmt s = stmt();
            if (!(s instanceof Stmt.Empty)) out.add(s);
            if (at("}") || at("case") || at("default")) break;
            semi("statement");
        }
        return out;
    }

    private Stmt stmt() {
        enter();
        try {
            Token t = tok();
            Pos pos = t.pos();
            if (t.kind() == Token.Kind.SEMI) return new Stmt.Empty(pos);
            if (t.kind() == Token.Kind.KEYWORD) {
                switch (t.text()) {
                    case "var", "const", "type" -> { return new Stmt.DeclStmt(pos, genDecl()); }
                    case "go" -> { next(); return new Stmt.Go(pos, callOperand("go")); }
                    case "defer" -> { next(); return new Stmt.Defer(pos, callOperand("defer")); }
                    case "return" -> {
                        next();
                        List<Expr> results = atKind(Token.Kind.SEMI) || at("}") ? List.of() : exprList();
                        return new Stmt.Return(pos, results);
                    }
                    case "break", "continue", "goto", "fallthrough" -> {
                        next();
                        Expr.Ident label = atKind(Token.Kind.IDENT) ? ident() : null;
                        return new Stmt.Branch(pos, t.text(), label);
                    }
                    case "if" -> { return ifStmt(); }
                    case "for" -> { return forStmt(); }
                    case "switch" -> { return switchStmt(); }
                    case "select" -> { return selectStmt(); }
                    case "func" -> { return simpleStmt(false); }
                    default -> { /* expression keywords (struct, map, chan, interface) fall through */ }
                }
            }
            if (t.is("{")) return block();
            if (t.kind() == Token.Kind.IDENT && peek(1).is(":") ) {
                Expr.Ident label = ident();
                next();
                if (at("}")) return new Stmt.Labeled(pos, label, new Stmt.Empty(tok().pos()));
                return new Stmt.Labeled(pos, label, stmt());
            }
            return simpleStmt(false);
        } finally {
            depth--;
        }
    }

    private Expr.Call callOperand(String keyword) {
        Expr x = expr();
        if (x instanceof Expr.Paren paren) x = paren.x();
        if (x instanceof Expr.Call call) return call;
        throw new SyntaxError(x.pos(), "expression in " + keyword + " must be function call");
    }

    /** A simple statement; with rangeOk, also {@code k, v := range x} (returned as a Range with a null body). */
    private Stmt simpleStmt(boolean rangeOk) {
        Pos pos = tok().pos();
        if (rangeOk && at("range")) {
            next();
            return new Stmt.Range(pos, null, null, false, expr(), null);
        }
        List<Expr> lhs = exprList();
        Token t = tok();
        if (t.kind() == Token.Kind.OP && ASSIGN_OPS.contains(t.text())) {
            next();
            if (rangeOk && at("range") && (t.is("=") || t.is(":="))) {
                next();
                Expr x = expr();
                if (lhs.size() > 2) throw new SyntaxError(lhs.get(0).pos(), "range clause permits at most two iteration variables");
                return new Stmt.Range(pos, lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null, t.is(":="), x, null);
            }
            return new Stmt.Assign(pos, lhs, t.text(), exprList());
        }
        if (lhs.size() > 1) throw error("':=' or '=' or ','");
        Expr x = lhs.get(0);
        if (t.is("<-")) {
            next();
            return new Stmt.Send(pos, x, expr());
        }
        if (t.is("++") || t.is("--")) {
            next();
            return new Stmt.IncDec(pos, x, t.is("++"));
        }
        return new Stmt.ExprStmt(pos, x);
    }

    private Stmt.If ifStmt() {
        Pos pos = expect("if").pos();
        if (at("{")) throw new SyntaxError(tok().pos(), "missing condition in if statement");
        int old = exprLev;
        exprLev = -1;
        Stmt init = null;
        Expr cond;
        Stmt s = atKind(Token.Kind.SEMI) ? null : simpleStmt(false);
        if (atKind(Token.Kind.SEMI)) {
            next();
            init = s;
            if (at("{")) throw new SyntaxError(tok().pos(), "missing condition in if statement");
            cond = expr();
        } else {
            if (!(s instanceof Stmt.ExprStmt es)) throw new SyntaxError(pos, "cannot use assignment as value; expected condition");
            cond = es.x();
        }
        exprLev = old;
        Stmt.Block then = block();
        Stmt otherwise = null;
        if (accept("else")) {
            if (at("if")) otherwise = ifStmt();
            else if (at("{")) otherwise = block();
            else throw error("if statement or block");
        }
        return new Stmt.If(pos, init, cond, then, otherwise);
    }

    private Stmt forStmt() {
        Pos pos = expect("for").pos();
        int old = exprLev;
        exprLev = -1;
        Stmt init = null;
        Expr cond = null;
        Stmt post = null;
        Stmt.Range range = null;
        if (!at("{")) {
            Stmt s1 = atKind(Token.Kind.SEMI) ? null : simpleStmt(true);
            if (s1 instanceof Stmt.Range r) {
                range = r;
            } else if (atKind(Token.Kind.SEMI)) {
                next();
                init = s1;
                if (!atKind(Token.Kind.SEMI)) cond = expr();
                if (!atKind(Token.Kind.SEMI)) throw error("';'");
                next();
                if (!at("{")) post = simpleStmt(false);
            } else {
                if (!(s1 instanceof Stmt.ExprStmt es)) throw error("for loop condition");
                cond = es.x();
            }
        }
        exprLev = old;
        Stmt.Block body = block();
        if (range != null) return new Stmt.Range(pos, range.key(), range.value(), range.define(), range.x(), body);
        return new Stmt.For(pos, init, cond, post, body);
    }

    private Stmt switchStmt() {
        Pos pos = expect("switch").pos();
        int old = exprLev;
        exprLev = -1;
        Stmt init = null;
        Stmt tag = null;
        if (!at("{")) {
            Stmt s = atKind(Token.Kind.SEMI) ? null : simpleStmt(false);
            if (atKind(Token.Kind.SEMI)) {
                next();
                init = s;
                if (!at("{")) tag = simpleStmt(false);
            } else {
                tag = s;
            }
        }
        exprLev = old;
        boolean typeSwitch = isTypeSwitchGuard(tag);
        expect("{");
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        while (at("case") || at("default")) {
            Pos cp = tok().pos();
            boolean isDefault = next().is("default");
            List<Expr> exprs = List.of();
            if (!isDefault) exprs = typeSwitch ? typeList() : exprList();
            expect(":");
            clauses.add(new Stmt.CaseClause(cp, exprs, isDefault, stmtList()));
        }
        expect("}");
        return new Stmt.Switch(pos, init, tag, typeSwitch, clauses);
    }

    private List<Expr> typeList() {
        List<Expr> out = new ArrayList<>();
        out.add(type());
        while (accept(",")) out.add(type());
        return out;
    }

    private static boolean isTypeSwitchGuard(Stmt s) {
        Expr x = null;
        if (s instanceof Stmt.ExprStmt es) x = es.x();
        if (s instanceof Stmt.Assign a && a.op().equals(":=") && a.rhs().size() == 1) x = a.rhs().get(0);
        return x instanceof Expr.TypeAssert ta && ta.type() == null;
    }

    private Stmt.Select selectStmt() {
        Pos pos = expect("select").pos();
        expect("{");
        List<Stmt.CommClause> clauses = new ArrayList<>();
        while (at("case") || at("default")) {
            Pos cp = tok().pos();
            boolean isDefault = next().is("default");
            Stmt comm = isDefault ? null : simpleStmt(false);
            expect(":");
            clauses.add(new Stmt.CommClause(cp, comm, stmtList()));
        }
        expect("}");
        return new Stmt.Select(pos, clauses);
    }

    // ---- expressions

    private List<Expr> exprList() {
        List<Expr> out = new ArrayList<>();
        out.add(expr());
        while (accept(",")) out.add(expr());
        return out;
    }

    public Expr expr() { return binary(1); }

    private static int precedence(Token t) {
        if (t.kind() != Token.Kind.OP) return 0;
        return switch (t.text()) {
            case "||" -> 1;
            case "&&" -> 2;
            case "==", "!=", "<", "<=", ">", ">=" -> 3;
            case "+", "-", "|", "^" -> 4;
            case "*", "/", "%", "<<", ">>", "&", "&^" -> 5;
            default -> 0;
        };
    }

    private Expr binary(int minPrec) {
        enter();
        try {
            Expr x = unary();
            while (true) {
                int prec = precedence(tok());
                if (prec < minPrec) return x;
                Token op = next();
                Expr y = binary(prec + 1);
                x = new Expr.Binary(op.pos(), op.text(), x, y);
            }
        } finally {
            depth--;
        }
    }

    private Expr unary() {
        enter();
        try {
            Token t = tok();
            Pos pos = t.pos();
            if (t.kind() == Token.Kind.OP) {
                switch (t.text()) {
                    case "+", "-", "!", "^", "&", "~" -> {
                        next();
                        return new Expr.Unary(pos, t.text(), unary());
                    }
                    case "<-" -> {
                        next();
                        Expr x = unary();
                        if (x instanceof Expr.ChanType ct) {
                            // <-chan T parsed as a receive of a channel type: it is a type
                            if (ct.dir() == 1) throw new SyntaxError(ct.pos(), "unexpected <-, expected chan");
                            return new Expr.ChanType(pos, 2, ct.element());
                        }
                        return new Expr.Unary(pos, "<-", x);
                    }
                    case "*" -> {
                        next();
                        return new Expr.Star(pos, unary());
                    }
                    default -> { }
                }
            }
            return primary();
        } finally {
            depth--;
        }
    }

    private Expr primary() {
        Expr x = operand();
        while (true) {
            Token t = tok();
            Pos pos = t.pos();
            if (t.is(".")) {
                next();
                if (accept("(")) {
                    Expr type = null;
                    if (!accept("type")) type = type();
                    expect(")");
                    x = new Expr.TypeAssert(pos, x, type);
                } else {
                    x = new Expr.Selector(pos, x, ident());
                }
            } else if (t.is("[")) {
                x = indexOrSlice(x);
            } else if (t.is("(")) {
                x = call(x);
            } else if (t.is("{") && isLiteralType(x) && (exprLev >= 0 || !isTypeName(x))) {
                x = compositeLit(x);
            } else {
                return x;
            }
        }
    }

    private static boolean isTypeName(Expr x) {
        return x instanceof Expr.Ident || (x instanceof Expr.Selector s && s.x() instanceof Expr.Ident)
                || (x instanceof Expr.Index i && isTypeName(i.x()));
    }

    private static boolean isLiteralType(Expr x) {
        return isTypeName(x) || x instanceof Expr.ArrayType || x instanceof Expr.MapType || x instanceof Expr.StructType;
    }

    private Expr indexOrSlice(Expr x) {
        Pos pos = expect("[").pos();
        exprLev++;
        Expr[] idx = new Expr[3];
        int colons = 0;
        if (!at(":")) idx[0] = expr();
        List<Expr> extra = new ArrayList<>();
        while (at(":") && colons < 2) {
            next();
            colons++;
            if (!at(":") && !at("]")) idx[colons] = expr();
        }
        if (colons == 0) {
            extra.add(idx[0]);
            while (accept(",")) { if (at("]")) break; extra.add(type()); }
        }
        exprLev--;
        expect("]");
        if (colons == 0) return new Expr.Index(pos, x, extra);
        if (colons == 2 && (idx[1] == null || idx[2] == null)) {
            throw new SyntaxError(pos, idx[1] == null ? "middle index required in 3-index slice" : "final index required in 3-index slice");
        }
        return new Expr.SliceExpr(pos, x, idx[0], idx[1], idx[2]);
    }

    private Expr.Call call(Expr fun) {
        Pos pos = expect("(").pos();
        exprLev++;
        List<Expr> args = new ArrayList<>();
        boolean spread = false;
        while (!at(")") && !atKind(Token.Kind.EOF)) {
            Expr a = expr();
            args.add(a);
            if (accept("...")) spread = true;
            if (!accept(",")) break;
        }
        exprLev--;
        expect(")");
        return new Expr.Call(pos, fun, args, spread);
    }

    private Expr operand() {
        Token t = tok();
        Pos pos = t.pos();
        switch (t.kind()) {
            case IDENT -> { return ident(); }
            case INT, FLOAT, IMAG, CHAR, STRING -> {
                next();
                return new Expr.BasicLit(pos, t.kind(), t.text());
            }
            default -> { }
        }
        if (t.is("(")) {
            next();
            exprLev++;
            Expr x = expr();
            exprLev--;
            expect(")");
            return new Expr.Paren(pos, x);
        }
        if (t.is("func")) {
            next();
            Expr.FuncType type = signature(pos, List.of());
            if (at("{")) {
                exprLev++;
                Stmt.Block body = block();
                exprLev--;
                return new Expr.FuncLit(pos, type, body);
            }
            return type;
        }
        Expr type = tryType();
        if (type != null) return type;
        throw error("expression");
    }

    private Expr compositeLit(Expr type) {
        Pos pos = expect("{").pos();
        exprLev++;
        List<Expr> elements = new ArrayList<>();
        while (!at("}") && !atKind(Token.Kind.EOF)) {
            Expr e = element();
            if (accept(":")) e = new Expr.KeyValue(e.pos(), e, element());
            elements.add(e);
            if (!accept(",")) break;
        }
        exprLev--;
        if (!at("}")) throw error("',' or '}' in composite literal");
        next();
        return new Expr.CompositeLit(type == null ? pos : type.pos(), type, elements);
    }

    private Expr element() {
        if (at("{")) return compositeLit(null);
        return expr();
    }
}
