package dev.schedlab.model.vm;

/** Arithmetic and comparisons on VM values, with Go's semantics for 64-bit integers. */
final class Arith {
    private Arith() {}

    static Object binary(Op op, Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) return longs(op, a, b);
        if (x instanceof String a && y instanceof String b) return strings(op, a, b);
        if (x instanceof Double a && y instanceof Double b) return doubles(op, a, b);
        return switch (op) {
            case EQ -> equal(x, y);
            case NE -> !equal(x, y);
            default -> throw new IllegalStateException(op + " on " + describe(x) + " and " + describe(y));
        };
    }

    private static Object longs(Op op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> { if (b == 0) throw GoPanic.runtime("integer divide by zero"); yield a / b; }
            case MOD -> { if (b == 0) throw GoPanic.runtime("integer divide by zero"); yield a % b; }
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case ANDNOT -> a & ~b;
            case SHL -> b >= 64 ? 0L : a << b;
            case SHR -> b >= 64 ? (a < 0 ? -1L : 0L) : a >> b;
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new IllegalStateException(op + " on integers");
        };
    }

    /**
     * The operators whose result differs for uint64/uint/uintptr (held as the same 64 bits in a
     * long): the compiler marks them with b=1 when the operands' static type is unsigned 64-bit.
     */
    static Object unsigned(Op op, Object x, Object y) {
        if (!(x instanceof Long) || !(y instanceof Long)) return binary(op, x, y);
        long a = (Long) x;
        long b = (Long) y;
        return switch (op) {
            case DIV -> { if (b == 0) throw GoPanic.runtime("integer divide by zero"); yield Long.divideUnsigned(a, b); }
            case MOD -> { if (b == 0) throw GoPanic.runtime("integer divide by zero"); yield Long.remainderUnsigned(a, b); }
            case SHR -> b >= 64 || b < 0 ? 0L : a >>> b;
            case LT -> Long.compareUnsigned(a, b) < 0;
            case LE -> Long.compareUnsigned(a, b) <= 0;
            case GT -> Long.compareUnsigned(a, b) > 0;
            case GE -> Long.compareUnsigned(a, b) >= 0;
            default -> longs(op, a, b);
        };
    }

    /** An unsigned 64-bit integer as a float64, rounded to nearest as Go's conversion does. */
    static double unsignedToDouble(long v) {
        if (v >= 0) return (double) v;
        // Halve keeping the lowest bit (round-to-odd) so the final rounding is correct.
        double half = (double) ((v >>> 1) | (v & 1));
        return half * 2.0;
    }

    /** A float64 as uint64 (values from 2^63 up keep their high bit, as Go's conversion does). */
    static long doubleToUnsigned(double d) {
        if (d < 0x1p63) return (long) d;
        return (long) (d - 0x1p63) ^ Long.MIN_VALUE;
    }

    private static Object strings(Op op, String a, String b) {
        return switch (op) {
            case ADD -> a.concat(b);
            case EQ -> a.equals(b);
            case NE -> !a.equals(b);
            case LT -> a.compareTo(b) < 0;
            case LE -> a.compareTo(b) <= 0;
            case GT -> a.compareTo(b) > 0;
            case GE -> a.compareTo(b) >= 0;
            default -> throw new IllegalStateException(op + " on strings");
        };
    }

    private static Object doubles(Op op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new IllegalStateException(op + " on floats");
        };
    }

    static Object unary(Op op, Object x) {
        return switch (op) {
            case NOT -> !(Boolean) x;
            case NEG -> x instanceof Double d ? (Object) (-d) : (Object) (-(Long) x);
            case COMPLEMENT -> ~(Long) x;
            default -> throw new IllegalStateException(op + " is not unary");
        };
    }

    /**
     * Integer conversions; with kind "float" integer to float (unsigned: the source is uint64).
     * A float converted to a 64-bit unsigned type keeps values from 2^63 up.
     */
    static Object convert(Object x, int bits, boolean unsigned, Object kind) {
        if ("float".equals(kind)) {
            if (!(x instanceof Long l)) return x;
            return unsigned ? (Object) unsignedToDouble(l) : (Object) l.doubleValue();
        }
        long v = x instanceof Double d ? (unsigned && bits >= 64 ? doubleToUnsigned(d) : d.longValue()) : (Long) x;
        if (bits >= 64) return v;
        long mask = (1L << bits) - 1;
        v &= mask;
        if (!unsigned && (v & (1L << (bits - 1))) != 0) v |= ~mask;
        return v;
    }

    static boolean equal(Object x, Object y) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        return x.equals(y);
    }

    private static String describe(Object v) { return v == null ? "nil" : v.getClass().getSimpleName(); }
}
