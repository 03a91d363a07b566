package dev.schedlab.scenarios.lang.check;

/**
 * Constant folding. Integer constants are Long (so untyped constants are limited to 64 bits,
 * a documented difference from Go), floats Double, plus String and Boolean.
 */
final class Constants {
    private Constants() {}

    /** Thrown for a constant division by zero. */
    static final class DivisionByZero extends RuntimeException {
        DivisionByZero() { super(null, null, false, false); }
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
        if (x instanceof Long a && y instanceof Long b) return longs(op, a, b);
        if (x instanceof Number a && y instanceof Number b) return doubles(op, a.doubleValue(), b.doubleValue());
        return null;
    }

    private static Object longs(String op, long a, long b) {
        return switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> { if (b == 0) throw new DivisionByZero(); yield a / b; }
            case "%" -> { if (b == 0) throw new DivisionByZero(); yield a % b; }
            case "&" -> a & b;
            case "|" -> a | b;
            case "^" -> a ^ b;
            case "&^" -> a & ~b;
            case "<<" -> b >= 64 ? 0L : a << b;
            case ">>" -> b >= 64 ? (a < 0 ? -1L : 0L) : a >> b;
            case "==" -> a == b;
            case "!=" -> a != b;
            case "<" -> a < b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            case ">=" -> a >= b;
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
        if (op.equals("-")) return x instanceof Long l ? (Object) (-l) : x instanceof Double d ? (Object) (-d) : null;
        if (op.equals("!")) return x instanceof Boolean b ? !b : null;
        if (op.equals("^")) return x instanceof Long l ? ~l : null;
        return null;
    }

    /** The constant as a value of type t (Long for integers, Double for floats), or null if it does not fit. */
    static Object represent(Object v, Type t) {
        if (Types.isInteger(t)) {
            long l;
            if (v instanceof Long x) l = x;
            else if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.2e18) l = (long) (double) d;
            else return null;
            int bits = Types.bits(t);
            if (Types.isUntyped(t) || bits == 64) {
                return Types.isUnsigned(t) && l < 0 ? null : l;
            }
            if (Types.isUnsigned(t)) return l >= 0 && l < (1L << bits) ? l : null;
            long lim = 1L << (bits - 1);
            return l >= -lim && l < lim ? l : null;
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
