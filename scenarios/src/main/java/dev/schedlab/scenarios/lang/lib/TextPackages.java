package dev.schedlab.scenarios.lang.lib;

import static dev.schedlab.scenarios.lang.lib.Library.fn;
import static dev.schedlab.scenarios.lang.lib.Library.nativeFn;
import static dev.schedlab.scenarios.lang.lib.Library.sig;

import dev.schedlab.model.vm.Native;
import dev.schedlab.model.vm.Op;
import dev.schedlab.scenarios.lang.check.Type;
import dev.schedlab.scenarios.lang.check.Types;

import java.util.List;
import java.util.Map;

/** fmt's Fprint family, more of strings and strconv, strings.Builder, sort, and unsafe (for go:linkname). */
final class TextPackages {
    private TextPackages() {}

    static final Type.Named BUILDER = new Type.Named("strings", "Builder", new Type.Struct(List.of(new Type.StructField("buf", Types.STRING))));
    private static final Type ANYS = new Type.Slice(new Type.Any());
    private static final Type STRINGS = new Type.Slice(Types.STRING);

    static void define(Library lib) {
        Type w = RuntimePackages.FILE_PTR;
        lib.add("fmt", Map.of(
                "Fprintf", fprint(TextNatives.FPRINTF, List.of(w, Types.STRING, ANYS)),
                "Fprintln", fprint(TextNatives.FPRINTLN, List.of(w, ANYS)),
                "Fprint", fprint(TextNatives.FPRINT, List.of(w, ANYS)),
                "Errorf", nativeFn(Natives.SPRINTF, sig(List.of(Types.STRING, ANYS), List.of(Types.ERROR), true))));
        lib.add("strings", Map.of(
                "Split", pure(TextNatives.SPLIT, List.of(Types.STRING, Types.STRING), STRINGS),
                "HasPrefix", pure(TextNatives.HAS_PREFIX, List.of(Types.STRING, Types.STRING), Types.BOOL),
                "HasSuffix", pure(TextNatives.HAS_SUFFIX, List.of(Types.STRING, Types.STRING), Types.BOOL),
                "TrimSpace", pure(TextNatives.TRIM_SPACE, List.of(Types.STRING), Types.STRING),
                "Fields", pure(TextNatives.FIELDS, List.of(Types.STRING), STRINGS),
                "Index", pure(TextNatives.INDEX, List.of(Types.STRING, Types.STRING), Types.INT),
                "Builder", new Member.TypeDef(BUILDER)));
        Type b = new Type.Pointer(BUILDER);
        lib.methods(BUILDER, Map.of(
                "WriteString", nativeFn(TextNatives.BUILDER_WRITE, sig(List.of(b, Types.STRING), List.of(Types.INT, Types.ERROR), false)),
                "WriteByte", nativeFn(TextNatives.BUILDER_WRITE_BYTE, sig(List.of(b, Types.UINT8), List.of(Types.ERROR), false)),
                "String", nativeFn(TextNatives.BUILDER_STRING, sig(List.of(b), List.of(Types.STRING), false)),
                "Len", nativeFn(TextNatives.BUILDER_LEN, sig(List.of(b), List.of(Types.INT), false)),
                "Reset", fn("strings.(*Builder).Reset", sig(List.of(b), List.of(), false),
                        (c, n) -> c.emit(Op.CALL_NATIVE, n, 0, TextNatives.BUILDER_RESET))));
        lib.add("strconv", Map.of(
                "Atoi", nativeFn(TextNatives.ATOI, sig(List.of(Types.STRING), List.of(Types.INT, Types.ERROR), false)),
                "FormatInt", pure(TextNatives.FORMAT_INT, List.of(Types.INT64, Types.INT), Types.STRING),
                "FormatUint", pure(TextNatives.FORMAT_UINT, List.of(Types.UINT64, Types.INT), Types.STRING)));
        lib.add("math", mathLimits());
        lib.add("sort", Map.of(
                "Ints", sorter("sort.Ints", new Type.Slice(Types.INT)),
                "Strings", sorter("sort.Strings", STRINGS),
                "Slice", fn("sort.Slice", sig(List.of(new Type.Any(),
                        new Type.Func(List.of(Types.INT, Types.INT), List.of(Types.BOOL), false)), List.of(), false),
                        TextPackages::sortSlice)));
        lib.add("unsafe", Map.of());
    }

    /** math's integer limits: untyped constants, exact like Go's (MaxUint64 needs 64 unsigned bits). */
    private static Map<String, Member> mathLimits() {
        Map<String, Member> m = new java.util.HashMap<>();
        for (int bits : new int[] {8, 16, 32, 64}) {
            java.math.BigInteger one = java.math.BigInteger.ONE;
            m.put("MaxInt" + bits, untypedInt(one.shiftLeft(bits - 1).subtract(one)));
            m.put("MinInt" + bits, untypedInt(one.shiftLeft(bits - 1).negate()));
            m.put("MaxUint" + bits, untypedInt(one.shiftLeft(bits).subtract(one)));
        }
        m.put("MaxInt", m.get("MaxInt64"));
        m.put("MinInt", m.get("MinInt64"));
        m.put("MaxUint", m.get("MaxUint64"));
        return m;
    }

    private static Member.Constant untypedInt(java.math.BigInteger v) {
        return new Member.Constant(Types.UNTYPED_INT, v.bitLength() < 64 ? (Object) v.longValue() : v);
    }

    private static Member.Function pure(Native n, List<Type> params, Type result) {
        return nativeFn(n, sig(params, List.of(result), false));
    }

    private static Member.Function sorter(String name, Type slice) {
        return fn(name, sig(List.of(slice), List.of(), false), (c, n) -> c.emit(Op.CALL_NATIVE, 1, 0, TextNatives.SORT));
    }

    /** sort.Slice(x, less): [x, less]; a loop asks TextNatives for each comparison and calls less. */
    private static void sortSlice(CodeSink c, int argc) {
        c.emit(Op.CALL_NATIVE, 2, 1, TextNatives.SORT_SLICE_BEGIN);  // [st]
        int loop = c.here();
        c.emit(Op.DUP, 0, 0, null);                                  // [st, st]
        c.emit(Op.CALL_NATIVE, 1, 4, TextNatives.SORT_SLICE_NEXT);   // [st, less, j, j-1, more]
        int end = c.here() + 5;
        c.emit(Op.JUMP_IF_FALSE, end, 0, null);                      // [st, less, j, j-1]
        c.emit(Op.CALL_VALUE, 0, 2, null);                           // [st, less(j, j-1)]
        c.emit(Op.CALL_NATIVE, 2, 1, TextNatives.SORT_SLICE_ANSWER); // [st]
        c.emit(Op.JUMP, loop, 0, null);
        c.emit(Op.POP, 0, 0, null);                                  // end: [st, less, 0, 0]
        c.emit(Op.POP, 0, 0, null);
        c.emit(Op.POP, 0, 0, null);
        c.emit(Op.POP, 0, 0, null);                                  // []
    }

    /** The text is formatted by a native that also leaves Go's (n, err) results under the writer and text; WRITE 0 writes it to the writer's fd. */
    private static Member.Function fprint(Native n, List<Type> params) {
        return fn(n.name(), sig(params, List.of(Types.INT, Types.ERROR), true), (c, argc) -> {
            c.emit(Op.CALL_NATIVE, argc, 4, n);
            c.emit(Op.WRITE, 0, 0, null);
        });
    }
}
