package dev.schedlab.scenarios.lang;

import dev.schedlab.scenarios.lang.check.Info;
import dev.schedlab.scenarios.lang.check.Symbol;
import dev.schedlab.scenarios.lang.syntax.Decl;
import dev.schedlab.scenarios.lang.syntax.Expr;
import dev.schedlab.scenarios.lang.syntax.Pos;
import dev.schedlab.scenarios.lang.syntax.SourceFile;
import dev.schedlab.scenarios.lang.syntax.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replaces the values of package-level integer constants in a parsed file, the way a
 * scenario's knobs change a program without editing its text. Works on the syntax tree, so
 * the checker then sees an ordinary constant declaration (typed constants still overflow
 * with Go's message).
 */
final class ConstOverrides {
    private ConstOverrides() {}

    /** The package-level constants of a checked file, by name, in declaration order. */
    static Map<String, PackageConstant> declared(SourceFile sf, Info info) {
        Map<String, PackageConstant> out = new LinkedHashMap<>();
        for (Decl.ValueSpec spec : constSpecs(sf)) {
            for (Expr.Ident name : spec.names()) {
                Object value = info.symbols.get(name) instanceof Symbol.Const c ? c.value() : null;
                out.put(name.name(), new PackageConstant(name.name(), name.pos().line(), name.pos().column(), value));
            }
        }
        return out;
    }

    /**
     * The file with each named constant's value replaced. Names that are not settable
     * integer constants become diagnostics in {@code problems}, and the file is returned unchanged.
     */
    static SourceFile apply(SourceFile sf, Info info, Map<String, Long> overrides, List<Diagnostic> problems) {
        Map<String, PackageConstant> constants = declared(sf, info);
        Map<Decl.ValueSpec, Map<Integer, Long>> replacements = new LinkedHashMap<>();
        for (Map.Entry<String, Long> o : new TreeMap<>(overrides).entrySet()) {
            String problem = locate(sf, constants, o.getKey(), o.getValue(), replacements);
            if (problem != null) problems.add(new Diagnostic(sf.name(), positionOf(sf, o.getKey()).line(),
                    positionOf(sf, o.getKey()).column(), "--set " + o.getKey() + ": " + problem));
        }
        if (!problems.isEmpty()) return sf;
        List<Decl> decls = new ArrayList<>();
        for (Decl d : sf.decls()) decls.add(d instanceof Decl.GenDecl g && g.keyword().equals("const") ? rewrite(g, replacements) : d);
        return new SourceFile(sf.name(), sf.packageName(), sf.imports(), decls, sf.directives());
    }

    /** Records where {@code name}'s value is, or says why it cannot be set. */
    private static String locate(SourceFile sf, Map<String, PackageConstant> constants, String name, long value,
                                 Map<Decl.ValueSpec, Map<Integer, Long>> replacements) {
        PackageConstant c = constants.get(name);
        if (c == null) {
            String other = otherDeclaration(sf, name);
            if (other != null) return name + " is " + other + ", not a constant; --set changes package-level constants only";
            return "there is no package-level constant " + name + " in " + sf.name()
                    + (constants.isEmpty() ? " (it declares none)" : " (its constants: " + String.join(", ", constants.keySet()) + ")");
        }
        if (!c.isInteger()) {
            return name + " is " + kindOf(c.value()) + "; --set gives integer values only";
        }
        for (Decl d : sf.decls()) {
            if (!(d instanceof Decl.GenDecl g) || !g.keyword().equals("const")) continue;
            List<Decl.Spec> specs = g.specs();
            for (int s = 0; s < specs.size(); s++) {
                Decl.ValueSpec spec = (Decl.ValueSpec) specs.get(s);
                int index = indexOf(spec, name);
                if (index < 0) continue;
                if (spec.values().size() != spec.names().size()) {
                    return name + " has no value of its own (it repeats the line above); write \"" + name + " = ...\" to make it settable";
                }
                boolean repeated = s + 1 < specs.size() && ((Decl.ValueSpec) specs.get(s + 1)).values().isEmpty();
                if (repeated) return "the constants after " + name + " repeat its expression; give them values of their own to make " + name + " settable";
                replacements.computeIfAbsent(spec, k -> new LinkedHashMap<>()).put(index, value);
                return null;
            }
        }
        throw new IllegalStateException("constant " + name + " declared but not found");
    }

    private static String kindOf(Object value) {
        if (value instanceof String) return "a string constant";
        if (value instanceof Boolean) return "a boolean constant";
        if (value instanceof Double) return "a floating-point constant";
        return "a constant whose value does not check";
    }

    private static Decl.GenDecl rewrite(Decl.GenDecl g, Map<Decl.ValueSpec, Map<Integer, Long>> replacements) {
        List<Decl.Spec> specs = new ArrayList<>();
        for (Decl.Spec s : g.specs()) {
            Map<Integer, Long> r = replacements.get(s);
            if (r == null) {
                specs.add(s);
                continue;
            }
            Decl.ValueSpec spec = (Decl.ValueSpec) s;
            List<Expr> values = new ArrayList<>(spec.values());
            r.forEach((i, v) -> values.set(i, literal(values.get(i).pos(), v)));
            specs.add(new Decl.ValueSpec(spec.pos(), spec.names(), spec.type(), List.copyOf(values), spec.iota()));
        }
        return new Decl.GenDecl(g.pos(), g.keyword(), specs);
    }

    private static Expr literal(Pos pos, long v) {
        // Long.MIN_VALUE has no positive literal: the checker reports the overflow, as Go would for -(2^63) in an int64 context.
        Expr digits = new Expr.BasicLit(pos, Token.Kind.INT, Long.toString(v).replace("-", ""));
        return v < 0 ? new Expr.Unary(pos, "-", digits) : digits;
    }

    private static List<Decl.ValueSpec> constSpecs(SourceFile sf) {
        List<Decl.ValueSpec> out = new ArrayList<>();
        for (Decl d : sf.decls()) {
            if (d instanceof Decl.GenDecl g && g.keyword().equals("const")) {
                for (Decl.Spec s : g.specs()) out.add((Decl.ValueSpec) s);
            }
        }
        return out;
    }

    private static int indexOf(Decl.ValueSpec spec, String name) {
        for (int i = 0; i < spec.names().size(); i++) if (spec.names().get(i).name().equals(name)) return i;
        return -1;
    }

    /** "a variable", "a function", "a type" for other package-level names, else null. */
    private static String otherDeclaration(SourceFile sf, String name) {
        for (Decl d : sf.decls()) {
            if (d instanceof Decl.Func f && f.receiver() == null && f.name().name().equals(name)) return "a function";
            if (d instanceof Decl.GenDecl g) {
                for (Decl.Spec s : g.specs()) {
                    if (s instanceof Decl.ValueSpec v && g.keyword().equals("var") && indexOf(v, name) >= 0) return "a variable";
                    if (s instanceof Decl.TypeSpec t && t.name().name().equals(name)) return "a type";
                }
            }
        }
        return null;
    }

    /** Where a diagnostic about {@code name} points: its declaration, else the package clause. */
    private static Pos positionOf(SourceFile sf, String name) {
        for (Decl d : sf.decls()) {
            if (d instanceof Decl.Func f && f.receiver() == null && f.name().name().equals(name)) return f.name().pos();
            if (d instanceof Decl.GenDecl g) {
                for (Decl.Spec s : g.specs()) {
                    if (s instanceof Decl.ValueSpec v) {
                        int i = indexOf(v, name);
                        if (i >= 0) return v.names().get(i).pos();
                    }
                    if (s instanceof Decl.TypeSpec t && t.name().name().equals(name)) return t.name().pos();
                }
            }
        }
        return sf.packageName().pos();
    }
}
