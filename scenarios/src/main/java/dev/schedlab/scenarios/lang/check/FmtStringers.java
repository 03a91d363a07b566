package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.lib.FmtLayout;
import dev.schedlab.scenarios.lang.lib.Member;
import dev.schedlab.scenarios.lang.syntax.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * fmt calls an operand's String method for {@code %v}, {@code %s} and {@code %q} (and for every
 * operand of Print and Println): a time.Duration prints as {@code 1.5s}, a program's type as its
 * String says. The lab decides it when compiling, from the operand's static type and the verbs of
 * a constant format; with a format computed at run time the operand prints as its plain value.
 */
final class FmtStringers {
    private FmtStringers() {}

    /**
     * Notes in {@code info.fmtStringers} which operands of the fmt call get their String method
     * called, and in {@code info.fmtTypes} which go to fmt with their static type.
     */
    static void note(Checker c, Info info, Member.Function f, Expr.Call call) {
        if (call.spread() || info.spreadResults.contains(call)) return;
        List<Type> params = f.signature().params();
        int variadic = params.size() - 1;
        if (variadic < 0 || !(params.get(variadic) instanceof Type.Slice s) || !(s.element() instanceof Type.Any)) return;
        List<Character> verbs = null; // null: every operand is %v
        boolean verbsKnown = true;
        if (variadic > 0 && params.get(variadic - 1).equals(Types.STRING)) {
            Object format = info.constants.get(call.args().get(variadic - 1));
            verbs = format instanceof String text ? verbs(text) : null;
            verbsKnown = verbs != null;
        }
        List<Expr> operands = call.args().subList(Math.min(variadic, call.args().size()), call.args().size());
        for (int i = 0; i < operands.size(); i++) {
            // '?': a format computed at run time, where only the uint64s are typed.
            char verb = !verbsKnown ? '?' : verbs == null ? 'v' : i < verbs.size() ? verbs.get(i) : '!';
            Type t = info.type(operands.get(i));
            if (verb == 'v' || verb == 'V' || verb == 's' || verb == 'q') {
                Info.Stringer st = stringer(c, info, t);
                if (st != null) {
                    info.fmtStringers.put(operands.get(i), st);
                    continue;
                }
            }
            boolean unsigned = onlyUnsigned64Integers(t, 0) == Boolean.TRUE;
            FmtLayout layout = verb == 'V' || verb == 'v' ? layout(c, t, 0, verb == 'V', true) : null;
            if (verb == 'T' || unsigned || layout != null) {
                String name = GoTypeNames.of(t);
                if (name != null) info.fmtTypes.put(operands.get(i), new Info.FmtType(name, unsigned, layout));
            }
        }
    }

    /**
     * Whether every integer inside t (elements, keys, fields) is a uint64, uint or uintptr, so fmt
     * can print each long of the value unsigned: TRUE, FALSE (some other integer), or null (no
     * integers at all). Named types with a String method are left alone.
     */
    private static Boolean onlyUnsigned64Integers(Type t, int depth) {
        if (depth > 8) return Boolean.FALSE;
        if (Types.isInteger(t)) return Types.isUnsigned64(t);
        Type u = t.underlying();
        if (u instanceof Type.Slice s) return onlyUnsigned64Integers(s.element(), depth + 1);
        if (u instanceof Type.Pointer p) return onlyUnsigned64Integers(p.element(), depth + 1);
        if (u instanceof Type.Array a) return onlyUnsigned64Integers(a.element(), depth + 1);
        if (u instanceof Type.MapOf m) return both(onlyUnsigned64Integers(m.key(), depth + 1), onlyUnsigned64Integers(m.value(), depth + 1));
        if (u instanceof Type.Struct st) {
            Boolean all = null;
            for (Type.StructField f : st.fields()) all = both(all, onlyUnsigned64Integers(f.type(), depth + 1));
            return all;
        }
        return null;
    }

    private static Boolean both(Boolean a, Boolean b) {
        if (a == null) return b;
        if (b == null) return a;
        return a && b;
    }

    /**
     * The verbs of a format in operand order ({@code %+v} as 'V': struct fields with their names),
     * or null when it uses explicit indexes or {@code *} widths.
     */
    static List<Character> verbs(String format) {
        List<Character> out = new ArrayList<>();
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) != '%') continue;
            i++;
            boolean plus = false;
            while (i < format.length() && "+-# 0123456789.".indexOf(format.charAt(i)) >= 0) plus |= format.charAt(i++) == '+';
            if (i >= format.length()) break;
            char v = format.charAt(i);
            if (v == '[' || v == '*') return null;
            if (v != '%') out.add(v == 'v' && plus ? 'V' : v);
        }
        return out;
    }

    /**
     * How fmt prints the values inside t (see FmtLayout), or null when it prints them plainly:
     * field names when {@code names} (%+v), and the String natives of library types (time.Duration)
     * met below the operand where Go's fmt calls them (elements, keys, exported fields).
     */
    private static FmtLayout layout(Checker c, Type t, int depth, boolean names, boolean callable) {
        if (depth > 8) return null;
        if (depth > 0 && callable && t instanceof Type.Named n && !n.pkg().equals("main")) {
            Member.Function m = c.library.method(n, "String");
            dev.schedlab.model.vm.Native stringer = m == null || !returnsString(m.signature(), 1) ? null : nativeOf(m);
            if (stringer != null) return FmtLayout.leaf(stringer);
        }
        Type u = t.underlying();
        if (u instanceof Type.Struct st) {
            List<String> fieldNames = new ArrayList<>();
            List<FmtLayout> fields = new ArrayList<>();
            boolean any = names;
            for (Type.StructField f : st.fields()) {
                fieldNames.add(f.name());
                // fmt cannot call methods through unexported fields (reflect's CanInterface).
                FmtLayout fl = layout(c, f.type(), depth + 1, names, callable && Character.isUpperCase(f.name().charAt(0)));
                any |= fl != null;
                fields.add(fl);
            }
            return any ? FmtLayout.struct(names ? fieldNames : null, fields) : null;
        }
        FmtLayout inner = null;
        if (u instanceof Type.Slice s) inner = layout(c, s.element(), depth + 1, names, callable);
        else if (u instanceof Type.Array a) inner = layout(c, a.element(), depth + 1, names, callable);
        else if (u instanceof Type.Pointer p && depth == 0) inner = layout(c, p.element(), depth + 1, names, callable);
        else if (u instanceof Type.MapOf m) {
            FmtLayout k = layout(c, m.key(), depth + 1, names, callable);
            FmtLayout v = layout(c, m.value(), depth + 1, names, callable);
            return k == null && v == null ? null : FmtLayout.map(k, v);
        }
        return inner == null ? null : FmtLayout.of(inner);
    }

    /** The native a library method's code calls, when that is all it does (time.Duration.String). */
    private static dev.schedlab.model.vm.Native nativeOf(Member.Function m) {
        List<Object> natives = new ArrayList<>();
        int[] count = {0};
        m.emitter().emit((op, a, b, k) -> {
            count[0]++;
            if (op == dev.schedlab.model.vm.Op.CALL_NATIVE && k instanceof dev.schedlab.model.vm.Native n) natives.add(n);
        }, 1);
        return count[0] == 1 && natives.size() == 1 ? (dev.schedlab.model.vm.Native) natives.get(0) : null;
    }

    /** The String method fmt would find in t's method set, or null. */
    private static Info.Stringer stringer(Checker c, Info info, Type t) {
        if (t instanceof Type.Named n) {
            Member.Function lib = c.library.method(n, "String");
            if (lib != null && returnsString(lib.signature(), 1)) return new Info.Stringer(lib, null, false);
        }
        FuncInfo m = Methods.lookup(info, t, "String");
        if (m == null || m.signature == null || !returnsString(m.signature, 1)) return null;
        boolean operandIsPointer = t.underlying() instanceof Type.Pointer && !(t instanceof Type.Named);
        boolean pointerReceiver = Methods.pointerReceiver(m);
        if (pointerReceiver && !operandIsPointer) return null; // not in a T value's method set: fmt prints the value
        return new Info.Stringer(null, m, operandIsPointer && !pointerReceiver);
    }

    private static boolean returnsString(Type.Func sig, int params) {
        return sig.params().size() == params && sig.results().size() == 1 && sig.results().get(0).equals(Types.STRING);
    }
}
