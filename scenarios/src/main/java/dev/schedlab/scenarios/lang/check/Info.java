package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.syntax.Decl;
import dev.schedlab.scenarios.lang.syntax.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the checker learned about a file, for the compiler. Keyed by AST node identity. */
public final class Info {
    public final Map<Expr, Type> types = new IdentityHashMap<>();
    public final Map<Expr, Object> constants = new IdentityHashMap<>();
    public final Map<Expr.Ident, Symbol> symbols = new IdentityHashMap<>();
    public final Map<Expr.Call, CallTarget> calls = new IdentityHashMap<>();
    /** Calls f(g()) whose arguments are all the results of the single call g(). */
    public final Set<Expr.Call> spreadResults = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    public final Map<Expr.Selector, Integer> fields = new IdentityHashMap<>();
    public final Map<Expr.FuncLit, FuncInfo> literals = new IdentityHashMap<>();
    public final Map<Decl.Func, FuncInfo> functions = new IdentityHashMap<>();
    /** Uses of library variables (os.Args, os.Stdout). */
    public final Map<Expr.Selector, dev.schedlab.scenarios.lang.lib.Member.Variable> libraryVariables = new IdentityHashMap<>();
    /** Method values ({@code f := c.Inc}): a Method or LibraryMethod target whose receiver is bound when evaluated. */
    public final Map<Expr.Selector, CallTarget> methodValues = new IdentityHashMap<>();
    /** Operands of fmt calls that fmt formats through their String method (FmtStringers). */
    public final Map<Expr, Stringer> fmtStringers = new IdentityHashMap<>();

    /**
     * A String method fmt calls: a library one (time.Duration's) or the program's, whose receiver
     * is the operand, dereferenced first when the operand is a pointer and the receiver a value.
     */
    public record Stringer(dev.schedlab.scenarios.lang.lib.Member.Function library, FuncInfo method, boolean derefOperand) {}

    /**
     * Operands of fmt calls that go to fmt with their static type (FmtStringers): uint64s, so
     * they print unsigned, and operands of {@code %T}.
     */
    public final Map<Expr, FmtType> fmtTypes = new IdentityHashMap<>();

    /**
     * An operand's static type as %T prints it, whether its integers are all uint64s, and the
     * field names of its structs when it is printed with %+v (else null).
     */
    public record FmtType(String name, boolean unsigned, dev.schedlab.scenarios.lang.lib.FmtLayout layout) {}

    /** Methods of the program's types, by type and name. */
    public final Map<Type.Named, Map<String, FuncInfo>> methods = new java.util.HashMap<>();
    /** Package-level variables in declaration order, and their initialisers (spec, in source order). */
    public final List<Symbol.Var> globals = new ArrayList<>();
    public final List<Decl.ValueSpec> globalSpecs = new ArrayList<>();
    public final List<FuncInfo> initFunctions = new ArrayList<>();
    public final Set<String> imports = new LinkedHashSet<>();
    public final FuncInfo packageInit = new FuncInfo("main.init", null);
    public FuncInfo main;

    public Type type(Expr e) { return types.getOrDefault(e, Types.INVALID); }

    public boolean isConstant(Expr e) { return constants.containsKey(e); }
}
