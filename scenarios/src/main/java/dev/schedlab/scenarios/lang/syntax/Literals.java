package dev.schedlab.scenarios.lang.syntax;

import java.nio.charset.StandardCharsets;

/** Decoding of Go string and rune literals. */
public final class Literals {
    private Literals() {}

    /** The value of a quoted ("..." or `...`) string literal. */
    public static String unquote(String lit, Pos pos) {
        if (lit.startsWith("`")) return lit.substring(1, lit.length() - 1).replace("\r", "");
        return decode(lit.substring(1, lit.length() - 1), pos, '"');
    }

    /** The code point of a rune literal such as 'a' or '\n'. */
    public static long runeValue(String lit, Pos pos) {
        String s = decode(lit.substring(1, lit.length() - 1), pos, '\'');
        if (s.codePointCount(0, s.length()) != 1) throw new SyntaxError(pos, "more than one character in rune literal");
        return s.codePointAt(0);
    }

    private static String decode(String body, Pos pos, char quote) {
        StringBuilder out = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\') {
                flush(bytes, out);
                out.append(c);
                continue;
            }
            if (i >= body.length()) throw new SyntaxError(pos, "invalid escape sequence");
            char e = body.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case '\\' -> out.append('\\');
                case '\'', '"' -> {
                    if (e != quote) throw new SyntaxError(pos, "unknown escape sequence");
                    out.append(e);
                }
                case 'x' -> { bytes.write(hex(body, i, 2, pos)); i += 2; continue; }
                case 'u' -> { flush(bytes, out); out.appendCodePoint(hex(body, i, 4, pos)); i += 4; }
                case 'U' -> {
                    flush(bytes, out);
                    int cp = hex(body, i, 8, pos);
                    if (!Character.isValidCodePoint(cp)) throw new SyntaxError(pos, "escape sequence is invalid Unicode code point");
                    out.appendCodePoint(cp);
                    i += 8;
                }
                default -> {
                    if (e >= '0' && e <= '7' && i + 1 < body.length()) {
                        try {
                            bytes.write(Integer.parseInt(body.substring(i - 1, i + 2), 8) & 0xff);
                        } catch (NumberFormatException ex) {
                            throw new SyntaxError(pos, "invalid octal escape");
                        }
                        i += 2;
                        continue;
                    }
                    throw new SyntaxError(pos, "unknown escape sequence");
                }
            }
            flush(bytes, out);
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static int hex(String s, int at, int n, Pos pos) {
        if (at + n > s.length()) throw new SyntaxError(pos, "invalid escape sequence");
        try {
            return Integer.parseInt(s.substring(at, at + n), 16);
        } catch (NumberFormatException ex) {
            throw new SyntaxError(pos, "invalid escape sequence");
        }
    }
}
