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

    static Object convert(Object x, int bits, boolean unsigned, Object kind) {
        if ("float".equals(kind)) return x instanceof Long l ? (Object) l.doubleValue() : x;
        long v = x instanceof Double d ? d.longValue() : (Long) x;
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
