package dev.schedlab.scenarios.lang.check;

import dev.schedlab.model.vm.SyncKind;

import java.util.List;
import java.util.stream.Collectors;

/** Go types of the subset. Records give structural identity, which is Go's rule for unnamed types. */
public sealed interface Type {
    /** The type Go's messages print. */
    String toString();

    /** The underlying type (itself except for named types). */
    default Type underlying() { return this; }

    enum Kind {
        BOOL("bool"), INT("int"), INT8("int8"), INT16("int16"), INT32("int32"), INT64("int64"),
        UINT("uint"), UINT8("uint8"), UINT16("uint16"), UINT32("uint32"), UINT64("uint64"), UINTPTR("uintptr"),
        FLOAT32("float32"), FLOAT64("float64"), STRING("string"),
        UNTYPED_BOOL("untyped bool"), UNTYPED_INT("untyped int"), UNTYPED_RUNE("untyped rune"),
        UNTYPED_FLOAT("untyped float"), UNTYPED_STRING("untyped string"), UNTYPED_NIL("untyped nil"),
        INVALID("invalid type");

        final String goName;

        Kind(String goName) { this.goName = goName; }
    }

    record Basic(Kind kind) implements Type {
        @Override public String toString() { return kind.goName; }
    }

    record Slice(Type element) implements Type {
        @Override public String toString() { return "[]" + element; }
    }

    record Array(long length, Type element) implements Type {
        @Override public String toString() { return "[" + length + "]" + element; }
    }

    /** dir: 0 both, 1 send-only, 2 receive-only (as in the AST). */
    record Chan(int dir, Type element) implements Type {
        @Override public String toString() { return (dir == 2 ? "<-chan " : dir == 1 ? "chan<- " : "chan ") + element; }
    }

    record MapOf(Type key, Type value) implements Type {
        @Override public String toString() { return "map[" + key + "]" + value; }
    }

    record Pointer(Type element) implements Type {
        @Override public String toString() { return "*" + element; }
    }

    record StructField(String name, Type type) {}

    record Struct(List<StructField> fields) implements Type {
        @Override public String toString() {
            if (fields.isEmpty()) return "struct{}";
            return fields.stream().map(f -> f.name() + " " + f.type()).collect(Collectors.joining("; ", "struct{", "}"));
        }

        public int indexOf(String name) {
            for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(name)) return i;
            return -1;
        }
    }

    /** variadic: the last parameter is {@code ...T}, held as a slice type. */
    record Func(List<Type> params, List<Type> results, boolean variadic) implements Type {
        @Override public String toString() {
            StringBuilder s = new StringBuilder("func(");
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) s.append(", ");
                if (variadic && i == params.size() - 1) s.append("...").append(((Slice) params.get(i)).element());
                else s.append(params.get(i));
            }
            s.append(')');
            if (results.size() == 1) s.append(' ').append(results.get(0));
            else if (results.size() > 1) s.append(results.stream().map(Type::toString).collect(Collectors.joining(", ", " (", ")")));
            return s.toString();
        }
    }

    /** The result list of a call with several results; only valid on the right of an assignment. */
    record Tuple(List<Type> types) implements Type {
        @Override public String toString() { return types.stream().map(Type::toString).collect(Collectors.joining(", ", "(", ")")); }
    }

    /** The empty interface (library signatures such as fmt.Println's ...any); user code cannot name it yet. */
    record Any() implements Type {
        @Override public String toString() { return "any"; }
    }

    /** A runtime synchronisation object (the underlying type of sync.WaitGroup, sync.Mutex ...). */
    record SyncObject(SyncKind kind) implements Type {
        @Override public String toString() { return "sync object"; }
    }

    /** A defined type: {@code time.Duration}, {@code sync.WaitGroup}, or a program's own {@code type T ...}. */
    record Named(String pkg, String name, Type underlyingType) implements Type {
        @Override public Type underlying() { return underlyingType; }

        @Override public String toString() { return pkg.equals("main") || pkg.isEmpty() ? name : pkg + "." + name; }

        /** Whether a selector may name this type's field: Go hides other packages' lower-case names. */
        public boolean exports(String field) { return pkg.equals("main") || Character.isUpperCase(field.charAt(0)); }

        @Override public boolean equals(Object o) { return o instanceof Named n && n.pkg.equals(pkg) && n.name.equals(name); }

        @Override public int hashCode() { return pkg.hashCode() * 31 + name.hashCode(); }
    }
}
