package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.lang.lib.LibPackage;
import dev.schedlab.scenarios.lang.lib.Library;
import dev.schedlab.scenarios.lang.syntax.Decl;
import dev.schedlab.scenarios.lang.syntax.Expr;
import dev.schedlab.scenarios.lang.syntax.Pos;
import dev.schedlab.scenarios.lang.syntax.SourceFile;
import dev.schedlab.scenarios.lang.syntax.Stmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Type-checks a file against SchedLab's Go subset: resolves names, computes types and
 * constants, finds captured variables, and rejects every construct outside the subset
 * with a message saying what to use instead. Statements live here, expressions in
 * {@link ExprChecker}.
 */
public final class Checker {
    static final int MAX_ERRORS = 10;

    final String file;
    final Library library;
    final Info info = new Info();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final ExprChecker exprs;
    Scope scope;
    FuncInfo fn;
    /** Names of imports already reported as unsupported: their uses are not reported again. */
    private final java.util.Set<String> unsupportedPackages = new java.util.HashSet<>();
    private int loopDepth;
    private int breakDepth;

    /** Thrown to stop after too many errors. */
    static final class TooManyErrors extends RuntimeException {
        TooManyErrors() { super(null, null, false, false); }
    }

    /** The file's //go: directives (for go:linkname). */
    final List<dev.schedlab.scenarios.lang.syntax.SourceFile.Directive> directives;

    private Checker(String file, Library library, List<dev.schedlab.scenarios.lang.syntax.SourceFile.Directive> directives) {
        this.file = file;
        this.directives = directives;
        this.library = library;
        this.exprs = new ExprChecker(this);
        this.scope = Universe.create();
    }

    /** Checks the file; diagnostics are added to {@code out}. */
    public static Info check(SourceFile sf, Library library, List<Diagnostic> out) {
        Checker c = new Checker(sf.name(), library, sf.directives());
        try {
            c.checkFile(sf);
        } catch (TooManyErrors e) {
            // the first MAX_ERRORS diagnostics are enough
        }
        out.addAll(c.diagnostics);
        return c.info;
    }

    void error(Pos pos, String message) {
        Diagnostic d = new Diagnostic(file, pos.line(), pos.column(), message);
        if (diagnostics.contains(d)) return; // the same fact found twice (a name checked on two paths)
        if (pos.line() > 0 && unsupportedPackages.stream().anyMatch(p -> message.equals("undefined: " + p))) return;
        diagnostics.add(d);
        if (diagnostics.size() >= MAX_ERRORS) throw new TooManyErrors();
    }

    void unsupported(Pos pos, String what, String instead) {
        error(pos, what + " not supported by SchedLab" + (instead == null ? "" : " (" + instead + ")"));
    }

    // ---- package level

    private void checkFile(SourceFile sf) {
        if (!sf.packageName().name().equals("main")) {
            error(sf.packageName().pos(), "package " + sf.packageName().name() + " is not a main package (SchedLab runs package main only)");
        }
        scope = new Scope(scope);
        for (Decl.ImportSpec imp : sf.imports()) importPackage(imp);
        // Declare first (functions may be used before their declaration), then check bodies.
        for (Decl d : sf.decls()) if (d instanceof Decl.GenDecl g && g.keyword().equals("type")) typeDecl(g);
        for (Decl d : sf.decls()) if (d instanceof Decl.Func f) declareFunc(f);
        fn = info.packageInit;
        for (Decl d : sf.decls()) if (d instanceof Decl.GenDecl g && g.keyword().equals("const")) constDecl(g);
        for (Decl d : sf.decls()) if (d instanceof Decl.GenDecl g && g.keyword().equals("var")) globalVarDecl(g);
        fn = null;
        for (Decl d : sf.decls()) if (d instanceof Decl.Func f && info.functions.containsKey(f) && f.body() != null) funcBody(f);
        if (info.main == null) error(new Pos(1, 1), "function main is undeclared in the main package");
    }

    private void importPackage(Decl.ImportSpec imp) {
        LibPackage pkg = library.lookup(imp.path());
        if (pkg == null) {
            error(imp.pos(), "package " + imp.path() + " is not supported by SchedLab (supported: " + library.supportedPaths() + ")");
            unsupportedPackages.add(imp.name() != null ? imp.name() : imp.path().substring(imp.path().lastIndexOf('/') + 1));
            return;
        }
        if (".".equals(imp.name())) {
            unsupported(imp.pos(), "dot imports are", "import the package by name");
            return;
        }
        if ("_".equals(imp.name())) { // for its side effects only (import _ "unsafe" for go:linkname)
            info.imports.add(imp.path());
            return;
        }
        info.imports.add(imp.path());
        String name = imp.name() != null ? imp.name() : pkg.name();
        scope.declare(name, new Symbol.Package(name, pkg));
    }

    private void typeDecl(Decl.GenDecl g) {
        for (Decl.Spec s : g.specs()) {
            Decl.TypeSpec ts = (Decl.TypeSpec) s;
            if (!ts.typeParams().isEmpty()) {
                unsupported(ts.pos(), "generic types are", "write the type out for each element type");
                continue;
            }
            if (ts.alias()) {
                scope.declare(ts.name().name(), new Symbol.TypeName(ts.name().name(), exprs.typeOf(ts.type())));
                continue;
            }
            Type underlying = exprs.typeOf(ts.type()).underlying();
            scope.declare(ts.name().name(), new Symbol.TypeName(ts.name().name(), new Type.Named("main", ts.name().name(), underlying)));
        }
    }

    private void declareFunc(Decl.Func f) {
        if (!f.type().typeParams().isEmpty()) {
            unsupported(f.pos(), "generic functions are", "write one function per type");
            return;
        }
        if (f.receiver() != null) {
            Methods.declare(this, f);
            return;
        }
        String linkname = null;
        if (f.body() == null) {
            linkname = Linknames.resolve(this, f);
            if (linkname == null) return;
        }
        String name = f.name().name();
        // Go names user init functions main.init.0, main.init.1 ...; main.init is package initialisation.
        String goName = name.equals("init") ? "main.init." + this.info.initFunctions.size() : "main." + name;
        FuncInfo info = new FuncInfo(goName, null);
        info.signature = exprs.signature(f.type());
        info.linkname = linkname;
        if (linkname != null && !Linknames.signatureMatches(linkname, info.signature)) {
            error(f.name().pos(), "//go:linkname " + name + " runtime." + linkname + ": SchedLab expects " + Linknames.expected(linkname));
        }
        this.info.functions.put(f, info);
        this.info.symbols.put(f.name(), new Symbol.Func(name, info));
        if (name.equals("init")) {
            if (!f.type().params().isEmpty() || !f.type().results().isEmpty()) error(f.name().pos(), "func init must have no arguments and no return values");
            this.info.initFunctions.add(info);
            return;
        }
        if (name.equals("main")) {
            if (!f.type().params().isEmpty() || !f.type().results().isEmpty()) error(f.name().pos(), "func main must have no arguments and no return values");
            this.info.main = info;
        }
        if (scope.lookupLocal(name) != null) {
            error(f.name().pos(), name + " redeclared in this block");
            return;
        }
        scope.declare(name, new Symbol.Func(name, info));
    }

    private void constDecl(Decl.GenDecl g) {
        Decl.ValueSpec previous = null;
        for (Decl.Spec s : g.specs()) {
            Decl.ValueSpec vs = (Decl.ValueSpec) s;
            // A const spec without values repeats the previous spec's type and expressions (iota changes).
            Decl.ValueSpec effective = vs.values().isEmpty() && previous != null
                    ? new Decl.ValueSpec(vs.pos(), vs.names(), previous.type(), previous.values(), vs.iota()) : vs;
            if (!vs.values().isEmpty()) previous = vs;
            constSpec(effective, vs);
        }
    }

    private void constSpec(Decl.ValueSpec spec, Decl.ValueSpec original) {
        if (spec.values().isEmpty()) {
            error(spec.pos(), "missing init expr for const declaration");
            return;
        }
        Type declared = spec.type() == null ? null : exprs.typeOf(spec.type());
        if (spec.values().size() != spec.names().size()) {
            error(spec.pos(), spec.values().size() < spec.names().size() ? "missing init expr for const declaration" : "extra init expr");
        }
        for (int i = 0; i < spec.names().size(); i++) {
            Expr.Ident name = spec.names().get(i);
            Object value = null;
            Type type = Types.INVALID;
            if (i < spec.values().size()) {
                Expr e = spec.values().get(i);
                // Re-checking a repeated expression must see this spec's iota: check a fresh evaluation.
                exprs.iota = (long) original.iota();
                Type t = exprs.expr(e);
                exprs.iota = null;
                if (!info.isConstant(e)) {
                    if (!Types.isInvalid(t)) error(e.pos(), ExprPrinter.print(e) + " (value of type " + t + ") is not constant");
                } else if (declared != null) {
                    exprs.assign(e, declared, "constant declaration");
                    type = declared;
                    value = info.constants.get(e);
                } else {
                    type = t;
                    value = info.constants.get(e);
                }
            }
            if (value == null) type = Types.INVALID;
            Symbol.Const c = new Symbol.Const(name.name(), type, value);
            info.symbols.put(name, c);
            declare(name, c);
        }
    }

    private void globalVarDecl(Decl.GenDecl g) {
        for (Decl.Spec s : g.specs()) {
            Decl.ValueSpec vs = (Decl.ValueSpec) s;
            List<Symbol.Var> vars = varSpec(vs);
            for (Symbol.Var v : vars) {
                v.globalIndex = info.globals.size();
                info.globals.add(v);
            }
            info.globalSpecs.add(vs);
        }
    }

    /** Checks a var spec and declares its variables (owned by the current function, or globals at package level). */
    List<Symbol.Var> varSpec(Decl.ValueSpec vs) {
        Type declared = vs.type() == null ? null : exprs.typeOf(vs.type());
        List<Type> valueTypes = new ArrayList<>();
        if (!vs.values().isEmpty()) {
            if (vs.values().size() == 1 && vs.names().size() > 1) {
                valueTypes = exprs.multiValue(vs.values().get(0), vs.names().size());
            } else {
                if (vs.values().size() != vs.names().size()) {
                    error(vs.pos(), "assignment mismatch: " + vs.names().size() + " variable" + (vs.names().size() > 1 ? "s" : "")
                            + " but " + vs.values().size() + " value" + (vs.values().size() > 1 ? "s" : ""));
                }
                for (Expr e : vs.values()) {
                    Type t = exprs.expr(e);
                    if (declared != null) {
                        exprs.assign(e, declared, "variable declaration");
                    } else {
                        t = exprs.defaultValue(e, t);
                    }
                    valueTypes.add(t);
                }
            }
        }
        List<Symbol.Var> out = new ArrayList<>();
        for (int i = 0; i < vs.names().size(); i++) {
            Type t = declared != null ? declared : i < valueTypes.size() ? valueTypes.get(i) : Types.INVALID;
            Expr.Ident name = vs.names().get(i);
            Symbol.Var v = new Symbol.Var(name.name(), t, fn == info.packageInit ? null : fn);
            info.symbols.put(name, v);
            out.add(v);
        }
        for (int i = 0; i < out.size(); i++) declare(vs.names().get(i), out.get(i));
        return out;
    }

    void declare(Expr.Ident name, Symbol sym) {
        if (!name.name().equals("_") && scope.lookupLocal(name.name()) != null) {
            error(name.pos(), name.name() + " redeclared in this block");
        }
        scope.declare(name.name(), sym);
    }

    // ---- functions

    private void funcBody(Decl.Func f) {
        FuncInfo info = this.info.functions.get(f);
        checkFunction(info, f.receiver(), f.type(), f.body());
    }

    /** Checks a function's body in a new scope with its parameters and named results declared. */
    void checkFunction(FuncInfo info, Expr.FuncType type, Stmt.Block body) { checkFunction(info, null, type, body); }

    /** As above; a method's receiver is its first parameter. */
    void checkFunction(FuncInfo info, Expr.Field receiver, Expr.FuncType type, Stmt.Block body) {
        FuncInfo savedFn = fn;
        Scope savedScope = scope;
        int savedLoop = loopDepth;
        int savedBreak = breakDepth;
        fn = info;
        loopDepth = 0;
        breakDepth = 0;
        scope = new Scope(scope);
        int k = 0;
        Deque<Label> savedLabels = labels;
        labels = new ArrayDeque<>();
        List<Expr.Field> params = new ArrayList<>();
        if (receiver != null) params.add(receiver);
        params.addAll(type.params());
        for (Expr.Field field : params) {
            for (int n = 0; n < Math.max(1, field.names().size()); n++) {
                Type t = k < info.signature.params().size() ? info.signature.params().get(k) : Types.INVALID;
                Symbol.Var v = new Symbol.Var(field.names().isEmpty() ? "_" : field.names().get(n).name(), t, info);
                info.params.add(v);
                if (!field.names().isEmpty()) {
                    this.info.symbols.put(field.names().get(n), v);
                    declare(field.names().get(n), v);
                }
                k++;
            }
        }
        k = 0;
        for (Expr.Field field : type.results()) {
            for (int n = 0; n < Math.max(1, field.names().size()); n++) {
                Type t = k < info.signature.results().size() ? info.signature.results().get(k) : Types.INVALID;
                if (field.names().isEmpty()) {
                    info.results.add(null);
                } else {
                    Symbol.Var v = new Symbol.Var(field.names().get(n).name(), t, info);
                    info.results.add(v);
                    this.info.symbols.put(field.names().get(n), v);
                    declare(field.names().get(n), v);
                }
                k++;
            }
        }
        for (Stmt s : body.stmts()) stmt(s);
        if (!info.signature.results().isEmpty() && !Terminating.isTerminating(body)) error(body.end(), "missing return");
        scope = savedScope;
        fn = savedFn;
        labels = savedLabels;
        loopDepth = savedLoop;
        breakDepth = savedBreak;
    }

    // ---- statements

    private void block(List<Stmt> stmts) {
        scope = new Scope(scope);
        for (Stmt s : stmts) stmt(s);
        scope = scope.outer;
    }

    void stmt(Stmt s) {
        if (s instanceof Stmt.Block b) block(b.stmts());
        else if (s instanceof Stmt.ExprStmt es) exprStmt(es);
        else if (s instanceof Stmt.Send send) sendStmt(send);
        else if (s instanceof Stmt.IncDec id) incDec(id);
        else if (s instanceof Stmt.Assign a) assignStmt(a);
        else if (s instanceof Stmt.DeclStmt d) declStmt(d);
        else if (s instanceof Stmt.Go g) goDefer(g.call(), "go");
        else if (s instanceof Stmt.Defer d) goDefer(d.call(), "defer");
        else if (s instanceof Stmt.Return r) returnStmt(r);
        else if (s instanceof Stmt.Branch b) branch(b);
        else if (s instanceof Stmt.Labeled l) labeled(l);
        else if (s instanceof Stmt.If i) ifStmt(i);
        else if (s instanceof Stmt.For f) forStmt(f);
        else if (s instanceof Stmt.Range r) rangeStmt(r);
        else if (s instanceof Stmt.Switch sw) switchStmt(sw);
        else if (s instanceof Stmt.Select sel) selectStmt(sel);
        else if (s instanceof Stmt.Empty) { /* nothing */ }
        else throw new IllegalStateException("unknown statement " + s);
    }

    private void exprStmt(Stmt.ExprStmt es) {
        Expr x = unparen(es.x());
        if (x instanceof Expr.Call call) {
            exprs.call(call, true);
            CallTarget t = info.calls.get(call);
            if (t instanceof CallTarget.Conversion || (t instanceof CallTarget.Builtin b && !ExprChecker.STATEMENT_BUILTINS.contains(b.name()))) {
                error(x.pos(), ExprPrinter.print(x) + " (value of type " + info.type(x) + ") is not used");
            }
            return;
        }
        Type t = exprs.expr(x);
        if (x instanceof Expr.Unary u && u.op().equals("<-")) return;
        if (!Types.isInvalid(t)) error(x.pos(), ExprPrinter.print(x) + " (" + exprs.describeKind(x, t) + ") is not used");
    }

    private void sendStmt(Stmt.Send s) {
        Type ct = exprs.expr(s.channel());
        exprs.expr(s.value());
        if (Types.isInvalid(ct)) return;
        if (!(ct.underlying() instanceof Type.Chan ch)) {
            error(s.pos(), "invalid operation: cannot send to non-channel " + ExprPrinter.print(s.channel()) + " (" + exprs.describeKind(s.channel(), ct) + ")");
            return;
        }
        if (ch.dir() == 2) error(s.pos(), "invalid operation: cannot send to receive-only channel " + ExprPrinter.print(s.channel()) + " (" + exprs.describeKind(s.channel(), ct) + ")");
        exprs.assign(s.value(), ch.element(), "send");
    }

    private void incDec(Stmt.IncDec s) {
        Type t = exprs.expr(s.x());
        if (Types.isInvalid(t)) return;
        if (!Types.isNumeric(t)) {
            error(s.pos(), "invalid operation: " + ExprPrinter.print(s.x()) + (s.increment() ? "++" : "--") + " (non-numeric type " + t + ")");
            return;
        }
        exprs.checkAssignable(s.x());
    }

    private void assignStmt(Stmt.Assign a) {
        switch (a.op()) {
            case ":=" -> define(a);
            case "=" -> assign(a);
            default -> {
                if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                    error(a.pos(), "assignment operation " + a.op() + " requires single-valued expressions");
                    return;
                }
                Type lt = exprs.expr(a.lhs().get(0));
                exprs.checkAssignable(a.lhs().get(0));
                exprs.expr(a.rhs().get(0));
                String op = a.op().substring(0, a.op().length() - 1);
                exprs.binaryTypes(a.pos(), op, a.lhs().get(0), a.rhs().get(0), lt);
            }
        }
    }

    private void define(Stmt.Assign a) {
        List<Type> types = rhsTypes(a.lhs().size(), a.rhs(), a.pos());
        boolean anyNew = false;
        List<Symbol.Var> fresh = new ArrayList<>();
        for (int i = 0; i < a.lhs().size(); i++) {
            Expr l = a.lhs().get(i);
            if (!(l instanceof Expr.Ident id)) {
                error(l.pos(), "non-name " + ExprPrinter.print(l) + " on left side of :=");
                continue;
            }
            Type t = i < types.size() ? types.get(i) : Types.INVALID;
            Symbol existing = id.name().equals("_") ? null : scope.lookupLocal(id.name());
            if (existing instanceof Symbol.Var v) {
                info.symbols.put(id, v);
                info.types.put(id, v.type);
                if (i < a.rhs().size() && a.rhs().size() == a.lhs().size()) exprs.assign(a.rhs().get(i), v.type, "assignment");
                else if (!Types.isInvalid(t) && !Types.isInvalid(v.type) && !exprs.assignable(t, v.type)) {
                    error(l.pos(), "cannot use value of type " + t + " as " + v.type + " value in assignment");
                }
                continue;
            }
            if (!id.name().equals("_")) anyNew = true;
            if (i < a.rhs().size() && a.rhs().size() == a.lhs().size()) t = exprs.defaultValue(a.rhs().get(i), t);
            if (t instanceof Type.Basic b && b.kind() == Type.Kind.UNTYPED_NIL) {
                error(a.rhs().get(Math.min(i, a.rhs().size() - 1)).pos(), "use of untyped nil in assignment");
                t = Types.INVALID;
            }
            Symbol.Var v = new Symbol.Var(id.name(), t, fn);
            info.symbols.put(id, v);
            info.types.put(id, t);
            fresh.add(v);
        }
        if (!anyNew) error(a.pos(), "no new variables on left side of :=");
        for (int i = 0; i < a.lhs().size(); i++) {
            if (a.lhs().get(i) instanceof Expr.Ident id && info.symbols.get(id) instanceof Symbol.Var v && fresh.contains(v)) {
                scope.declare(id.name(), v);
            }
        }
    }

    private void assign(Stmt.Assign a) {
        List<Type> lhsTypes = new ArrayList<>();
        for (Expr l : a.lhs()) {
            if (l instanceof Expr.Ident id && id.name().equals("_")) {
                lhsTypes.add(null);
                continue;
            }
            lhsTypes.add(exprs.expr(l));
            exprs.checkAssignable(l);
        }
        if (a.lhs().size() == a.rhs().size()) {
            for (int i = 0; i < a.rhs().size(); i++) {
                Type t = exprs.expr(a.rhs().get(i));
                if (lhsTypes.get(i) != null) exprs.assign(a.rhs().get(i), lhsTypes.get(i), "assignment");
                else exprs.defaultValue(a.rhs().get(i), t);
            }
            return;
        }
        List<Type> types = rhsTypes(a.lhs().size(), a.rhs(), a.pos());
        for (int i = 0; i < lhsTypes.size() && i < types.size(); i++) {
            Type lt = lhsTypes.get(i);
            Type rt = types.get(i);
            if (lt != null && !Types.isInvalid(lt) && !Types.isInvalid(rt) && !exprs.assignable(rt, lt)) {
                error(a.lhs().get(i).pos(), "cannot use value of type " + rt + " as " + lt + " value in assignment");
            }
        }
    }

    /** Types of the right-hand side of an assignment to n variables (handles f() with n results and comma-ok forms). */
    private List<Type> rhsTypes(int n, List<Expr> rhs, Pos pos) {
        if (rhs.size() == 1 && n > 1) return exprs.multiValue(rhs.get(0), n);
        List<Type> out = new ArrayList<>();
        for (Expr e : rhs) out.add(exprs.expr(e));
        if (rhs.size() != n) {
            error(pos, "assignment mismatch: " + n + " variable" + (n > 1 ? "s" : "") + " but " + rhs.size() + " value" + (rhs.size() > 1 ? "s" : ""));
        }
        return out;
    }

    private void declStmt(Stmt.DeclStmt d) {
        switch (d.decl().keyword()) {
            case "var" -> { for (Decl.Spec s : d.decl().specs()) varSpec((Decl.ValueSpec) s); }
            case "const" -> constDecl(d.decl());
            case "type" -> typeDecl(d.decl());
            default -> error(d.pos(), "unexpected declaration");
        }
    }

    private void goDefer(Expr.Call call, String keyword) {
        exprs.call(call, true);
        CallTarget t = info.calls.get(call);
        if (t instanceof CallTarget.Conversion) {
            error(call.pos(), keyword + " requires function call, not conversion");
        } else if (t instanceof CallTarget.Builtin b && !ExprChecker.STATEMENT_BUILTINS.contains(b.name())) {
            error(call.pos(), keyword + " discards result of " + ExprPrinter.print(call));
        }
    }

    private void returnStmt(Stmt.Return r) {
        List<Type> want = fn.signature.results();
        if (r.results().isEmpty()) {
            if (!want.isEmpty() && !fn.hasNamedResults()) error(r.pos(), "not enough return values\n\thave ()\n\twant " + new Type.Tuple(want));
            return;
        }
        if (r.results().size() == 1 && want.size() > 1) {
            List<Type> got = exprs.multiValue(r.results().get(0), want.size());
            for (int i = 0; i < got.size() && i < want.size(); i++) {
                if (!Types.isInvalid(got.get(i)) && !exprs.assignable(got.get(i), want.get(i))) {
                    error(r.pos(), "cannot use value of type " + got.get(i) + " as " + want.get(i) + " value in return statement");
                }
            }
            return;
        }
        if (r.results().size() != want.size()) {
            for (Expr e : r.results()) exprs.expr(e);
            error(r.results().get(0).pos(), (r.results().size() > want.size() ? "too many" : "not enough") + " return values\n\thave ("
                    + r.results().stream().map(e -> info.type(e).toString()).reduce((x, y) -> x + ", " + y).orElse("") + ")\n\twant " + new Type.Tuple(want));
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            exprs.expr(r.results().get(i));
            exprs.assign(r.results().get(i), want.get(i), "return statement");
        }
    }

    /** A label in scope: the statement it labels is a loop (for continue) or not; used for Go's "defined and not used". */
    private static final class Label {
        final String name;
        final boolean loop;
        boolean used;

        Label(String name, boolean loop) { this.name = name; this.loop = loop; }
    }

    private Deque<Label> labels = new ArrayDeque<>();
    /** fallthrough statements that end a case clause other than the last. */
    private final java.util.Set<Stmt.Branch> fallthroughs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void labeled(Stmt.Labeled l) {
        Stmt target = l.stmt();
        boolean loop = target instanceof Stmt.For || target instanceof Stmt.Range;
        if (!loop && !(target instanceof Stmt.Switch) && !(target instanceof Stmt.Select)) {
            unsupported(l.pos(), "labels on statements other than for, switch and select are", "goto is not supported; label the loop to break or continue");
            stmt(target);
            return;
        }
        for (Label outer : labels) if (outer.name.equals(l.label().name())) error(l.label().pos(), "label " + l.label().name() + " already defined");
        Label label = new Label(l.label().name(), loop);
        labels.push(label);
        stmt(target);
        labels.pop();
        if (!label.used) error(l.label().pos(), "label " + label.name + " defined and not used");
    }

    private void branch(Stmt.Branch b) {
        switch (b.keyword()) {
            case "goto" -> unsupported(b.pos(), "goto statements are", "use for with break/continue");
            case "fallthrough" -> {
                if (!fallthroughs.contains(b)) error(b.pos(), "fallthrough statement out of place");
            }
            default -> {
                if (b.label() != null) {
                    Label target = null;
                    for (Label l : labels) if (l.name.equals(b.label().name())) { target = l; break; }
                    if (target == null) error(b.label().pos(), "invalid " + b.keyword() + " label " + b.label().name());
                    else if (b.keyword().equals("continue") && !target.loop) error(b.label().pos(), "invalid continue label " + b.label().name());
                    else target.used = true;
                } else if (b.keyword().equals("continue") && loopDepth == 0) {
                    error(b.pos(), "continue is not in a loop");
                } else if (b.keyword().equals("break") && breakDepth == 0) {
                    error(b.pos(), "break is not in a loop, switch, or select");
                }
            }
        }
    }

    private void ifStmt(Stmt.If s) {
        scope = new Scope(scope);
        if (s.init() != null) stmt(s.init());
        condition(s.cond(), "if statement");
        block(s.then().stmts());
        if (s.otherwise() != null) stmt(s.otherwise());
        scope = scope.outer;
    }

    private void condition(Expr cond, String where) {
        Type t = exprs.expr(cond);
        if (!Types.isInvalid(t) && !Types.isBoolean(t)) {
            error(cond.pos(), "non-boolean condition in " + where);
        }
        exprs.defaultValue(cond, t);
    }

    private void forStmt(Stmt.For s) {
        scope = new Scope(scope);
        if (s.init() != null) stmt(s.init());
        if (s.cond() != null) condition(s.cond(), "for statement");
        if (s.post() != null) {
            if (s.post() instanceof Stmt.Assign a && a.op().equals(":=")) error(a.pos(), "cannot declare in post statement of for loop");
            else stmt(s.post());
        }
        loop(s.body());
        scope = scope.outer;
    }

    private void loop(Stmt.Block body) {
        loopDepth++;
        breakDepth++;
        block(body.stmts());
        loopDepth--;
        breakDepth--;
    }

    private void rangeStmt(Stmt.Range r) {
        Type xt = exprs.expr(r.x());
        Type keyType = Types.INVALID;
        Type valueType = null;
        Type u = xt.underlying();
        if (Types.isInvalid(xt)) {
            valueType = Types.INVALID;
        } else if (Types.isInteger(xt)) {
            keyType = exprs.defaultValue(r.x(), xt);
            if (r.value() != null) error(r.value().pos(), "range over " + ExprPrinter.print(r.x()) + " (" + exprs.describeKind(r.x(), xt) + ") permits only one iteration variable");
        } else if (u instanceof Type.Slice sl) {
            keyType = Types.INT;
            valueType = sl.element();
        } else if (u instanceof Type.Array ar) {
            keyType = Types.INT;
            valueType = ar.element();
        } else if (u instanceof Type.Pointer p && p.element().underlying() instanceof Type.Array ar) {
            keyType = Types.INT;
            valueType = ar.element();
        } else if (u instanceof Type.Chan ch) {
            keyType = ch.element();
            if (ch.dir() == 1) error(r.x().pos(), "invalid operation: range " + ExprPrinter.print(r.x()) + " receive from send-only channel");
            if (r.value() != null) error(r.value().pos(), "range over " + ExprPrinter.print(r.x()) + " (" + exprs.describeKind(r.x(), xt) + ") permits only one iteration variable");
        } else if (Types.isString(xt)) {
            exprs.defaultValue(r.x(), xt);
            keyType = Types.INT;
            valueType = Types.INT32; // rune
        } else if (u instanceof Type.MapOf m) {
            keyType = m.key();
            valueType = m.value();
        } else if (u instanceof Type.Func) {
            unsupported(r.x().pos(), "range over functions (iterators) is", "use a 3-clause for loop");
        } else {
            error(r.x().pos(), "cannot range over " + ExprPrinter.print(r.x()) + " (" + exprs.describeKind(r.x(), xt) + ")");
        }
        scope = new Scope(scope);
        Expr[] vars = {r.key(), r.value()};
        Type[] types = {keyType, valueType == null ? Types.INVALID : valueType};
        for (int i = 0; i < 2; i++) {
            Expr v = vars[i];
            if (v == null) continue;
            if (r.define()) {
                if (!(v instanceof Expr.Ident id)) {
                    error(v.pos(), "non-name " + ExprPrinter.print(v) + " on left side of :=");
                    continue;
                }
                Symbol.Var var = new Symbol.Var(id.name(), types[i], fn);
                info.symbols.put(id, var);
                info.types.put(id, types[i]);
                declare(id, var);
            } else if (!(v instanceof Expr.Ident id && id.name().equals("_"))) {
                Type lt = exprs.expr(v);
                exprs.checkAssignable(v);
                if (!Types.isInvalid(lt) && !Types.isInvalid(types[i]) && !exprs.assignable(types[i], lt)) {
                    error(v.pos(), "cannot use " + ExprPrinter.print(v) + " (value of type " + types[i] + ") as " + lt + " value in range");
                }
            }
        }
        loop(r.body());
        scope = scope.outer;
    }

    private void switchStmt(Stmt.Switch s) {
        if (s.typeSwitch()) {
            unsupported(s.pos(), "type switches are", "SchedLab has no interfaces");
            return;
        }
        scope = new Scope(scope);
        if (s.init() != null) stmt(s.init());
        Type tagType = null;
        Expr tag = null;
        if (s.tag() != null) {
            if (!(s.tag() instanceof Stmt.ExprStmt es)) {
                error(s.tag().pos(), "switch expression must be an expression");
            } else {
                tag = es.x();
                tagType = exprs.defaultValue(tag, exprs.expr(tag));
            }
        }
        boolean seenDefault = false;
        breakDepth++;
        for (int i = 0; i < s.clauses().size() - 1; i++) {
            List<Stmt> body = s.clauses().get(i).body();
            if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch br && br.keyword().equals("fallthrough")) fallthroughs.add(br);
        }
        if (!s.clauses().isEmpty()) {
            List<Stmt> last = s.clauses().get(s.clauses().size() - 1).body();
            if (!last.isEmpty() && last.get(last.size() - 1) instanceof Stmt.Branch br && br.keyword().equals("fallthrough")) {
                error(br.pos(), "cannot fallthrough final case in switch");
                fallthroughs.add(br);
            }
        }
        for (Stmt.CaseClause c : s.clauses()) {
            if (c.isDefault()) {
                if (seenDefault) error(c.pos(), "multiple defaults in switch");
                seenDefault = true;
            }
            for (Expr e : c.exprs()) {
                Type t = exprs.expr(e);
                if (tag == null) {
                    if (!Types.isInvalid(t) && !Types.isBoolean(t)) error(e.pos(), "invalid case " + ExprPrinter.print(e) + " in switch (mismatched types " + t + " and bool)");
                    exprs.defaultValue(e, t);
                } else if (tagType != null && !Types.isInvalid(tagType)) {
                    exprs.binaryTypes(e.pos(), "==", tag, e, tagType);
                }
            }
            block(c.body());
        }
        breakDepth--;
        scope = scope.outer;
    }

    private void selectStmt(Stmt.Select s) {
        boolean seenDefault = false;
        breakDepth++;
        for (Stmt.CommClause c : s.clauses()) {
            scope = new Scope(scope);
            if (c.comm() == null) {
                if (seenDefault) error(c.pos(), "multiple defaults in select");
                seenDefault = true;
            } else if (c.comm() instanceof Stmt.Send send) {
                sendStmt(send);
            } else if (isReceive(c.comm())) {
                stmt(c.comm());
            } else {
                error(c.comm().pos(), "select case must be receive, send or assign recv");
            }
            for (Stmt x : c.body()) stmt(x);
            scope = scope.outer;
        }
        breakDepth--;
    }

    /** A select case's receive: {@code <-ch}, {@code v := <-ch}, {@code v, ok = <-ch} ... */
    static boolean isReceive(Stmt comm) {
        Expr x = null;
        if (comm instanceof Stmt.ExprStmt es) x = es.x();
        if (comm instanceof Stmt.Assign a && (a.op().equals("=") || a.op().equals(":=")) && a.rhs().size() == 1 && a.lhs().size() <= 2) {
            x = a.rhs().get(0);
        }
        return x != null && unparen(x) instanceof Expr.Unary u && u.op().equals("<-");
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }
}
