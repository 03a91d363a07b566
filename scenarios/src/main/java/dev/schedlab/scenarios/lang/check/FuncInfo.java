package dev.schedlab.scenarios.lang.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A function being compiled: a top-level function, a function literal, or package
 * initialisation. Records its Go name, its parameters and results, and the variables of
 * enclosing functions it captures (in the order the closure's cells are laid out).
 */
public final class FuncInfo {
    public final String name;
    public final FuncInfo parent;
    public Type.Func signature;
    public final List<Symbol.Var> params = new ArrayList<>();
    /** Result variables: named results, or null entries for unnamed ones. */
    public final List<Symbol.Var> results = new ArrayList<>();
    public final List<Symbol.Var> free = new ArrayList<>();
    /** For a bodyless function bound by //go:linkname: the runtime function it stands for (procPin ...). */
    public String linkname;
    private int literals;
    private int wrappers;

    public FuncInfo(String name, FuncInfo parent) {
        this.name = name;
        this.parent = parent;
    }

    /** Go's name for the next function literal inside this one: main.f.func1, then main.f.func1.1 for nested ones. */
    public String nextLiteralName() {
        literals++;
        return parent == null ? name + ".func" + literals : name + "." + literals;
    }

    /** Go 1.22's name for a wrapper around a go/defer call that is not a plain function value. */
    public String nextWrapperName(String kind) {
        wrappers++;
        return name + "." + kind + "wrap" + wrappers;
    }

    public int freeIndex(Symbol.Var v) {
        int i = free.indexOf(v);
        if (i < 0) {
            free.add(v);
            i = free.size() - 1;
        }
        return i;
    }

    public boolean hasNamedResults() { return !results.isEmpty() && results.get(0) != null; }

    @Override public String toString() { return name; }
}
