package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.Function;
import dev.schedlab.model.vm.Instr;
import dev.schedlab.model.vm.Program;
import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.lang.check.FuncInfo;
import dev.schedlab.scenarios.lang.check.Info;
import dev.schedlab.scenarios.lang.check.Symbol;
import dev.schedlab.scenarios.lang.syntax.Decl;
import dev.schedlab.scenarios.lang.syntax.Pos;
import dev.schedlab.scenarios.lang.syntax.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a checked file into a {@link Program}: reserves an index for every top-level
 * function (so calls can be emitted before their target is compiled), then compiles
 * package initialisation and each function. Function literals and go/defer wrappers are
 * added as they are met.
 */
public final class ProgramCompiler {
    final Info info;
    final String file;
    /** Where package initialisation code points when no declaration is involved: the package clause. */
    Pos packagePos = new Pos(1, 1);
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final Map<FuncInfo, Integer> indexes = new HashMap<>();
    /** The -fm function of each method used as a value, by method (FuncInfo or library Member.Function). */
    final Map<Object, Integer> methodValueWrappers = new HashMap<>();

    private ProgramCompiler(Info info, String file) {
        this.info = info;
        this.file = file;
    }

    /** Compiles; diagnostics (rare: constructs the checker accepts but the VM cannot express) go to {@code out}. */
    public static Program compile(SourceFile sf, Info info, String sourceName, List<Diagnostic> out) {
        ProgramCompiler pc = new ProgramCompiler(info, sf.name());
        Program p = pc.run(sf, sourceName);
        out.addAll(pc.diagnostics);
        return pc.diagnostics.isEmpty() ? p : null;
    }

    private Program run(SourceFile sf, String sourceName) {
        packagePos = sf.packageName().pos();
        List<Decl.Func> decls = new ArrayList<>();
        for (Decl d : sf.decls()) {
            if (d instanceof Decl.Func f && info.functions.containsKey(f)) {
                decls.add(f);
                indexOf(info.functions.get(f));
            }
        }
        int initIndex = reserve(info.packageInit);
        Function init = FunctionCompiler.compileInit(this, initIndex);
        for (Decl.Func f : decls) {
            FuncInfo fi = info.functions.get(f);
            if (fi.linkname != null) Intrinsics.compile(this, fi, indexOf(fi), f.pos());
            else FunctionCompiler.compileFunction(this, fi, indexOf(fi), f.pos(), f.type(), f.body());
        }
        List<String> globalNames = new ArrayList<>();
        for (Symbol.Var v : info.globals) globalNames.add(v.name());
        Function main = functions.get(indexOf(info.main));
        return new Program(functions, globalNames, init, main, info.imports, sourceName);
    }

    int indexOf(FuncInfo f) {
        Integer i = indexes.get(f);
        return i != null ? i : reserve(f);
    }

    /** Reserves a function index, filled in by {@link #define}. */
    int reserve(FuncInfo f) {
        functions.add(null);
        indexes.put(f, functions.size() - 1);
        return functions.size() - 1;
    }

    private final Map<String, Integer> libraryFunctions = new HashMap<>();

    /** See {@link dev.schedlab.scenarios.lang.lib.CodeSink#libraryFunction}; pos is the first call's. */
    int libraryFunction(String name, int params, java.util.function.Consumer<dev.schedlab.scenarios.lang.lib.CodeSink> body, Pos pos) {
        Integer known = libraryFunctions.get(name);
        if (known != null) return known;
        int index = reserveAnonymous();
        libraryFunctions.put(name, index);
        CodeBuilder code = new CodeBuilder(this);
        code.at(pos);
        for (int i = 0; i < params; i++) code.newSlot("p" + i);
        body.accept(code);
        define(index, name, pos, params, code);
        return index;
    }

    int reserveAnonymous() {
        functions.add(null);
        return functions.size() - 1;
    }

    Function define(int index, String name, Pos pos, int paramCount, CodeBuilder code) {
        Function fn = new Function(name, file, pos.line(), paramCount, code.localCount(), code.localNames());
        Instr[] instrs = code.instructions();
        fn.setCode(instrs);
        functions.set(index, fn);
        return fn;
    }

    void error(Pos pos, String message) { diagnostics.add(new Diagnostic(file, pos.line(), pos.column(), message)); }
}
