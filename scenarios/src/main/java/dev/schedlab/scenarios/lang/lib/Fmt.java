package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.ArrayValue;
import dev.schedlab.model.vm.MapValue;
import dev.schedlab.model.vm.Ref;
import dev.schedlab.model.vm.SliceValue;
import dev.schedlab.model.vm.StructValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's fmt formatting of VM values. Values carry no static type, so formatting follows
 * the runtime representation: Long prints as an int, Double as a float64, and so on.
 */
public final class Fmt {
    private Fmt() {}

    /** fmt.Sprint: operands formatted with %v, a space between two operands when neither is a string. */
    public static String sprint(Object[] args) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0 && !(FmtOperand.plain(args[i]) instanceof String) && !(FmtOperand.plain(args[i - 1]) instanceof String)) s.append(' ');
            s.append(value(args[i]));
        }
        return s.toString();
    }

    /** fmt.Sprintln: operands formatted with %v, always separated by spaces, then a newline. */
    public static String sprintln(Object[] args) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) s.append(' ');
            s.append(value(args[i]));
        }
        return s.append('\n').toString();
    }

    /** The %v form of a value. */
    public static String value(Object v) {
        if (v instanceof FmtOperand o) return value(o.value(), o.unsigned(), o.layout());
        return value(v, false, null);
    }

    /** A value inside another: a pointer there prints as an address, even to a struct (only the operand itself prints as &{...}). */
    private static String inner(Object v, boolean unsigned, FmtLayout names) {
        if (v instanceof Ref) return "0xc000010000";
        return value(v, unsigned, names);
    }

    /**
     * unsigned: every integer in the value is a uint64, uint or uintptr (held in a long);
     * names: the field names to print, as %+v does, or null.
     */
    private static String value(Object v, boolean unsigned, FmtLayout names) {
        if (names != null && names.stringer() != null) return String.valueOf(names.stringer().body().call(new Object[] {v}));
        if (v == null) return "<nil>";
        if (v instanceof String s) return s;
        if (v instanceof Long l) return unsigned ? Long.toUnsignedString(l) : l.toString();
        if (v instanceof Boolean) return v.toString();
        if (v instanceof Double d) return formatG(d);
        FmtLayout element = names == null ? null : names.element();
        if (v instanceof SliceValue s) return join(s.array, s.offset, s.length, "[", "]", unsigned, element);
        if (v instanceof ArrayValue a) return join(a.elements, 0, a.length(), "[", "]", unsigned, element);
        if (v instanceof StructValue s) return struct(s, unsigned, names);
        if (v instanceof MapValue m) return map(m, unsigned, names);
        if (v instanceof Ref r && r.get() instanceof StructValue s) return "&" + value(s, unsigned, element);
        return "0xc000010000"; // pointers, channels, functions: Go prints an address
    }

    private static String join(Object[] elems, int from, int n, String open, String close, boolean unsigned, FmtLayout names) {
        StringBuilder s = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(' ');
            s.append(inner(elems[from + i], unsigned, names));
        }
        return s.append(close).toString();
    }

    private static String struct(StructValue v, boolean unsigned, FmtLayout names) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < v.fields.length; i++) {
            if (i > 0) s.append(' ');
            if (names != null && names.names() != null && i < names.names().size()) s.append(names.names().get(i)).append(':');
            s.append(inner(v.fields[i], unsigned, names == null ? null : names.field(i)));
        }
        return s.append('}').toString();
    }

    private static String map(MapValue m, boolean unsigned, FmtLayout names) {
        FmtLayout keyNames = names == null ? null : names.key();
        FmtLayout valueNames = names == null ? null : names.element();
        List<Object> keys = new ArrayList<>(m.entries.keySet());
        keys.sort(unsigned ? Fmt::compareKeysUnsigned : Fmt::compareKeys); // fmt prints maps sorted by key
        StringBuilder s = new StringBuilder("map[");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) s.append(' ');
            s.append(inner(keys.get(i), unsigned, keyNames)).append(':').append(inner(m.entries.get(keys.get(i)), unsigned, valueNames));
        }
        return s.append(']').toString();
    }

    private static int compareKeysUnsigned(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compareUnsigned(x, y);
        return compareKeys(a, b);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object a, Object b) {
        if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass()) return ca.compareTo(b);
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** %v of a float64: the shortest representation, in exponent form when the exponent is < -4 or >= 6 (strconv's 'g' with precision -1). */
    static String formatG(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return sign + bd.toPlainString();
    }

    /** fmt.Sprintf with the verbs %v %d %s %q %t %x %X %c %f %g %e %T %%, flags - + 0 space, width and precision. */
    public static String sprintf(String format, Object[] args) {
        StringBuilder out = new StringBuilder();
        int argi = 0;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%') { out.append(c); continue; }
            boolean minus = false;
            boolean plus = false;
            boolean zero = false;
            boolean space = false;
            while (i < format.length() && "-+0 #".indexOf(format.charAt(i)) >= 0) {
                switch (format.charAt(i++)) {
                    case '-' -> minus = true;
                    case '+' -> plus = true;
                    case '0' -> zero = true;
                    case ' ' -> space = true;
                    default -> { }
                }
            }
            int width = -1;
            if (i < format.length() && format.charAt(i) == '*') {
                i++;
                if (argi < args.length && args[argi] instanceof Long w) width = (int) (long) w;
                argi++;
            } else {
                int start = i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) i++;
                if (i > start) width = parseSmall(format.substring(start, i));
            }
            int precision = -1;
            if (i < format.length() && format.charAt(i) == '.') {
                i++;
                int start = i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) i++;
                precision = i > start ? parseSmall(format.substring(start, i)) : 0;
            }
            if (i >= format.length()) { out.append("%!(NOVERB)"); break; }
            char verb = format.charAt(i++);
            if (verb == '%') { out.append('%'); continue; }
            if (argi >= args.length) { out.append("%!").append(verb).append("(MISSING)"); continue; }
            Object arg = args[argi++];
            String body = verb(verb, arg, precision, plus, space);
            out.append(pad(body, width, minus, zero && !minus && verb != 's' && verb != 'q' && verb != 'v' && verb != 't'));
        }
        if (argi < args.length) {
            out.append("%!(EXTRA ");
            for (int k = argi; k < args.length; k++) {
                if (k > argi) out.append(", ");
                out.append(typeName(args[k])).append('=').append(value(args[k]));
            }
            out.append(')');
        }
        return out.toString();
    }

    private static int parseSmall(String digits) {
        return digits.length() > 6 ? 1_000_000 : Integer.parseInt(digits);
    }

    private static String verb(char verb, Object operand, int precision, boolean plus, boolean space) {
        if (verb == 'T') return typeName(operand);
        if (operand instanceof FmtOperand o && o.unsigned()) {
            if (o.value() instanceof Long u) {
                String digits = unsignedDigits(verb, u);
                if (digits != null) return (plus ? "+" : space ? " " : "") + digits;
            } else if (verb == 'v' || verb == 'd') { // a slice, array, map or struct of uint64s
                return value(o.value(), true, verb == 'v' ? o.layout() : null);
            }
        }
        Object arg = FmtOperand.plain(operand);
        switch (verb) {
            case 'v' -> {
                if (operand instanceof FmtOperand o && o.layout() != null) return value(o.value(), o.unsigned(), o.layout());
                return value(arg); // %+v means field names (plusV), never a sign
            }
            case 'T' -> { return typeName(arg); }
            case 'd' -> {
                if (arg instanceof Long l) return (plus && l >= 0 ? "+" : space && l >= 0 ? " " : "") + l;
                if (arg instanceof SliceValue || arg instanceof ArrayValue) return value(arg);
            }
            case 's' -> {
                if (arg instanceof String s) return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
                if (!(arg instanceof Long) && !(arg instanceof Double) && !(arg instanceof Boolean)) return value(arg);
            }
            case 'q' -> {
                if (arg instanceof String s) return quote(s);
                if (arg instanceof Long l) return "'" + new String(Character.toChars((int) (long) l)) + "'";
            }
            case 't' -> { if (arg instanceof Boolean b) return b.toString(); }
            case 'x', 'X' -> {
                String h = null;
                if (arg instanceof Long l) h = l < 0 ? "-" + Long.toHexString(-l) : Long.toHexString(l);
                if (arg instanceof String s) {
                    StringBuilder sb = new StringBuilder();
                    for (byte b : s.getBytes(StandardCharsets.UTF_8)) sb.append(String.format("%02x", b & 0xff));
                    h = sb.toString();
                }
                if (h != null) return verb == 'X' ? h.toUpperCase() : h;
            }
            case 'c' -> { if (arg instanceof Long l) return new String(Character.toChars((int) (long) l)); }
            case 'b' -> { if (arg instanceof Long l) return Long.toBinaryString(l); }
            case 'o' -> { if (arg instanceof Long l) return Long.toOctalString(l); }
            case 'f', 'F' -> {
                if (arg instanceof Double d) return (plus && d >= 0 ? "+" : "") + String.format("%." + (precision < 0 ? 6 : precision) + "f", d);
            }
            case 'e' -> {
                if (arg instanceof Double d) return goExponent(String.format("%." + (precision < 0 ? 6 : precision) + "e", d));
            }
            case 'g' -> { if (arg instanceof Double d) return formatG(d); }
            default -> { return "%!" + verb + "(" + typeName(arg) + "=" + value(arg) + ")"; }
        }
        return "%!" + verb + "(" + typeName(arg) + "=" + value(arg) + ")";
    }

    /** Java's %e already matches Go's (two-digit exponent with a sign). */
    private static String goExponent(String javaForm) { return javaForm; }

    private static String pad(String s, int width, boolean left, boolean zeros) {
        if (width <= s.length()) return s;
        String fill = (zeros ? "0" : " ").repeat(width - s.length());
        if (left) return s + fill;
        if (zeros && (s.startsWith("-") || s.startsWith("+"))) return s.charAt(0) + fill + s.substring(1);
        return fill + s;
    }

    /** %d %v %x %X %b %o of a uint64 (held as a long), or null for other verbs. */
    private static String unsignedDigits(char verb, long u) {
        return switch (verb) {
            case 'd', 'v' -> Long.toUnsignedString(u);
            case 'x' -> Long.toHexString(u);
            case 'X' -> Long.toHexString(u).toUpperCase();
            case 'b' -> Long.toBinaryString(u);
            case 'o' -> Long.toOctalString(u);
            default -> null;
        };
    }

    /** Go's name of a value's type: the static type the compiler recorded, else a guess from the representation. */
    static String typeName(Object v) {
        if (v instanceof FmtOperand o) return o.type();
        if (v == null) return "<nil>";
        if (v instanceof Long) return "int";
        if (v instanceof Double) return "float64";
        if (v instanceof String) return "string";
        if (v instanceof Boolean) return "bool";
        if (v instanceof SliceValue) return "[]interface {}";
        if (v instanceof StructValue) return "struct {}";
        return v.getClass().getSimpleName();
    }

    /** strconv.Quote. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 11 -> out.append("\\v");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) out.append(String.format("\\x%02x", cp));
                    else out.appendCodePoint(cp);
                }
            }
        });
        return out.append('"').toString();
    }
}
