package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.check.Type.Basic;
import dev.schedlab.scenarios.lang.check.Type.Kind;

/** Shared basic types and classification helpers. */
public final class Types {
    private Types() {}

    public static final Basic BOOL = new Basic(Kind.BOOL);
    public static final Basic INT = new Basic(Kind.INT);
    public static final Basic INT32 = new Basic(Kind.INT32);
    public static final Basic INT64 = new Basic(Kind.INT64);
    public static final Basic UINT8 = new Basic(Kind.UINT8);
    public static final Basic UINT64 = new Basic(Kind.UINT64);
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64);
    public static final Basic STRING = new Basic(Kind.STRING);
    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL);
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT);
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE);
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT);
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING);
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL);
    public static final Basic INVALID = new Basic(Kind.INVALID);
    /** Go's predeclared error interface; its values are nil or the error's message (a string). */
    public static final Type.Named ERROR = new Type.Named("", "error", new Type.Any());
    public static final Type.Struct EMPTY_STRUCT = new Type.Struct(java.util.List.of());

    static Kind kind(Type t) { return t.underlying() instanceof Basic b ? b.kind() : null; }

    public static boolean isInteger(Type t) {
        Kind k = kind(t);
        return k != null && (k.ordinal() >= Kind.INT.ordinal() && k.ordinal() <= Kind.UINTPTR.ordinal()
                || k == Kind.UNTYPED_INT || k == Kind.UNTYPED_RUNE);
    }

    public static boolean isUnsigned(Type t) {
        Kind k = kind(t);
        return k != null && k.ordinal() >= Kind.UINT.ordinal() && k.ordinal() <= Kind.UINTPTR.ordinal();
    }

    /** uint64, uint and uintptr: the unsigned types as wide as the VM's longs. */
    public static boolean isUnsigned64(Type t) {
        return isUnsigned(t) && bits(t) == 64;
    }

    public static boolean isFloat(Type t) {
        Kind k = kind(t);
        return k == Kind.FLOAT32 || k == Kind.FLOAT64 || k == Kind.UNTYPED_FLOAT;
    }

    public static boolean isNumeric(Type t) { return isInteger(t) || isFloat(t); }

    public static boolean isString(Type t) {
        Kind k = kind(t);
        return k == Kind.STRING || k == Kind.UNTYPED_STRING;
    }

    public static boolean isBoolean(Type t) {
        Kind k = kind(t);
        return k == Kind.BOOL || k == Kind.UNTYPED_BOOL;
    }

    public static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.kind().ordinal() >= Kind.UNTYPED_BOOL.ordinal() && b.kind() != Kind.INVALID;
    }

    public static boolean isInvalid(Type t) { return t instanceof Basic b && b.kind() == Kind.INVALID; }

    /** Width in bits of a sized integer type (8, 16, 32), or 64 for int, uint, int64 ... */
    public static int bits(Type t) {
        Kind k = kind(t);
        if (k == null) return 64;
        return switch (k) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32 -> 32;
            default -> 64;
        };
    }

    /**
     * unsafe.Sizeof on amd64, for the heap's allocation count: 1 for byte and bool, 16 for a
     * string or interface, 24 for a slice header, 8 for pointers, maps, channels and funcs;
     * structs add their fields up to 8-byte alignment (close enough for the pacer's estimate).
     */
    public static long size(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind()) {
                case BOOL, INT8, UINT8, UNTYPED_BOOL -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32, UNTYPED_RUNE -> 4;
                case STRING, UNTYPED_STRING -> 16;
                default -> 8;
            };
        }
        if (u instanceof Type.Slice) return 24;
        if (u instanceof Type.Any) return 16;
        if (u instanceof Type.Array a) return a.length() * size(a.element());
        if (u instanceof Type.Struct s) {
            long total = 0;
            for (Type.StructField f : s.fields()) total += size(f.type());
            return Math.max(8, (total + 7) / 8 * 8);
        }
        return 8;
    }

    /** The type an untyped constant gets when nothing else decides (int, float64, string, bool, rune = int32). */
    public static Type defaultType(Type t) {
        if (!(t instanceof Basic b)) return t;
        return switch (b.kind()) {
            case UNTYPED_BOOL -> BOOL;
            case UNTYPED_INT -> INT;
            case UNTYPED_RUNE -> INT32;
            case UNTYPED_FLOAT -> FLOAT64;
            case UNTYPED_STRING -> STRING;
            default -> t;
        };
    }

    /** Whether == and != apply (Go's comparability, minus interfaces). */
    public static boolean isComparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.MapOf || u instanceof Type.Func) return false;
        if (u instanceof Type.Array a) return isComparable(a.element());
        if (u instanceof Type.Struct s) return s.fields().stream().allMatch(f -> isComparable(f.type()));
        return true;
    }

    /** Whether values of this type are copied on assignment (arrays and structs). */
    public static boolean hasValueSemantics(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Array || u instanceof Type.Struct;
    }
}
