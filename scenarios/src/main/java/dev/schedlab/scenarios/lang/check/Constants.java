package dev.schedlab.scenarios.lang.check;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Constant folding. Integer constants are exact, as in Go: a {@code Long} when the value fits
 * in 64 signed bits, else a {@code BigInteger} (so {@code 1<<63 + 5} can become a uint64);
 * untyped integers are limited to {@link #MAX_BITS} bits. Floats are Double, plus String and Boolean.
 */
final class Constants {
    private Constants() {}

    /** Go's compilers refuse untyped integer constants wider than this. */
    static final int MAX_BITS = 512;

    /** Thrown for a constant division by zero. */
    static final class DivisionByZero extends RuntimeException {
        DivisionByZero() { super(null, null, false, false); }
    }

    /** Thrown when an integer constant grows beyond {@link #MAX_BITS} bits. */
    static final class Overflow extends RuntimeException {
        Overflow() { super(null, null, false, false); }
    }

    static boolean isInteger(Object v) { return v instanceof Long || v instanceof BigInteger; }

    static BigInteger big(Object v) { return v instanceof BigInteger b ? b : BigInteger.valueOf((Long) v); }

    /** The canonical form: Long when the value fits, BigInteger otherwise. */
    static Object normal(BigInteger v) {
        if (v.bitLength() > MAX_BITS) throw new Overflow();
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    static Object binary(String op, Object x, Object y) {
        if (x instanceof Boolean a && y instanceof Boolean b) {
            return switch (op) {
                case "&&" -> a && b;
                case "||" -> a || b;
                case "==" -> a.equals(b);
                case "!=" -> !a.equals(b);
                default -> null;
            };
        }
        if (x instanceof String a && y instanceof String b) {
            return switch (op) {
                case "+" -> a + b;
                case "==" -> a.equals(b);
                case "!=" -> !a.equals(b);
                case "<" -> a.compareTo(b) < 0;
                case "<=" -> a.compareTo(b) <= 0;
                case ">" -> a.compareTo(b) > 0;
                case ">=" -> a.compareTo(b) >= 0;
                default -> null;
            };
        }
        if (isInteger(x) && isInteger(y)) return integers(op, big(x), big(y));
        if (x instanceof Number a && y instanceof Number b) return doubles(op, a.doubleValue(), b.doubleValue());
        return null;
    }

    private static Object integers(String op, BigInteger a, BigInteger b) {
        return switch (op) {
            case "+" -> normal(a.add(b));
            case "-" -> normal(a.subtract(b));
            case "*" -> normal(a.multiply(b));
            case "/" -> { if (b.signum() == 0) throw new DivisionByZero(); yield normal(a.divide(b)); }
            case "%" -> { if (b.signum() == 0) throw new DivisionByZero(); yield normal(a.remainder(b)); }
            case "&" -> normal(a.and(b));
            case "|" -> normal(a.or(b));
            case "^" -> normal(a.xor(b));
            case "&^" -> normal(a.andNot(b));
            case "<<" -> {
                if (a.signum() == 0) yield 0L;
                if (b.compareTo(BigInteger.valueOf(MAX_BITS)) > 0) throw new Overflow();
                yield normal(a.shiftLeft(b.intValue()));
            }
            case ">>" -> b.compareTo(BigInteger.valueOf(MAX_BITS + 1)) > 0
                    ? (Object) (a.signum() < 0 ? -1L : 0L) : normal(a.shiftRight(b.intValue()));
            case "==" -> a.equals(b);
            case "!=" -> !a.equals(b);
            case "<" -> a.compareTo(b) < 0;
            case "<=" -> a.compareTo(b) <= 0;
            case ">" -> a.compareTo(b) > 0;
            case ">=" -> a.compareTo(b) >= 0;
            default -> null;
        };
    }

    private static Object doubles(String op, double a, double b) {
        return switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> { if (b == 0) throw new DivisionByZero(); yield a / b; }
            case "==" -> a == b;
            case "!=" -> a != b;
            case "<" -> a < b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            case ">=" -> a >= b;
            default -> null;
        };
    }

    static Object unary(String op, Object x) {
        if (op.equals("+")) return x;
        if (op.equals("-")) return isInteger(x) ? normal(big(x).negate()) : x instanceof Double d ? (Object) (-d) : null;
        if (op.equals("!")) return x instanceof Boolean b ? !b : null;
        if (op.equals("^")) return isInteger(x) ? normal(big(x).not()) : null;
        return null;
    }

    /** ^x for a typed unsigned constant of the given width: the complement within those bits. */
    static Object complementUnsigned(Object x, int bits) {
        return normal(big(x).not().and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)));
    }

    /**
     * The constant as a value of type t (exact: Long or BigInteger for integers, Double for
     * floats), or null if it does not fit.
     */
    static Object represent(Object v, Type t) {
        if (Types.isInteger(t)) {
            BigInteger n;
            if (isInteger(v)) n = big(v);
            else if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) n = new BigDecimal(d).toBigInteger();
            else return null;
            if (n.bitLength() > MAX_BITS) return null;
            if (!Types.isUntyped(t)) {
                int bits = Types.bits(t);
                boolean fits = Types.isUnsigned(t)
                        ? n.signum() >= 0 && n.bitLength() <= bits
                        : n.bitLength() <= bits - 1;
                if (!fits) return null;
            }
            return normal(n);
        }
        if (Types.isFloat(t)) return v instanceof Number n ? (Object) n.doubleValue() : null;
        if (Types.isString(t)) return v instanceof String ? v : null;
        if (Types.isBoolean(t)) return v instanceof Boolean ? v : null;
        return null;
    }

    static String show(Object v) {
        if (v instanceof String s) return dev.schedlab.scenarios.lang.lib.Fmt.quote(s);
        if (v instanceof Double d) return dev.schedlab.scenarios.lang.lib.Fmt.value(d);
        return String.valueOf(v);
    }
}
