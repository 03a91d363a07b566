package dev.schedlab.scenarios.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Go source into tokens, inserting semicolons at line ends exactly where the
 * Go specification says (after identifiers, literals, some keywords and closing brackets).
 */
public final class Lexer {
    static final Set<String> KEYWORDS = Set.of("break", "case", "chan", "const", "continue", "default", "defer",
            "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package",
            "range", "return", "select", "struct", "switch", "type", "var");

    /** Operators, longest first so that greedy matching works. */
    private static final String[] OPERATORS = {
        "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^",
        "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "~", "(", ")", "[", "]", "{", "}",
        ",", ";", ".", ":"
    };

    private final String src;
    private int i;
    private int line = 1;
    private int lineStart;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String src) { this.src = src; }

    public static List<Token> tokenize(String source) {
        Lexer lx = new Lexer(source);
        lx.run();
        return lx.out;
    }

    private Pos pos() { return new Pos(line, i - lineStart + 1); }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (i >= src.length()) {
                insertSemicolon(pos());
                out.add(new Token(Token.Kind.EOF, "", pos()));
                return;
            }
            char c = src.charAt(i);
            Pos p = pos();
            if (c == '\n') {
                insertSemicolon(p);
                newline();
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
                String w = src.substring(s, i);
                out.add(new Token(KEYWORDS.contains(w) ? Token.Kind.KEYWORD : Token.Kind.IDENT, w, p));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1)))) {
                number(p);
            } else if (c == '"') {
                interpreted(p);
            } else if (c == '`') {
                raw(p);
            } else if (c == '\'') {
                rune(p);
            } else {
                operator(p);
            }
        }
    }

    private void newline() {
        i++;
        line++;
        lineStart = i;
    }

    private void skipSpaceAndComments() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') i++;
            } else if (src.startsWith("/*", i)) {
                Pos p = pos();
                int end = src.indexOf("*/", i + 2);
                if (end < 0) throw new SyntaxError(p, "comment not terminated");
                boolean hadNewline = false;
                while (i < end) {
                    if (src.charAt(i) == '\n') { hadNewline = true; newline(); } else i++;
                }
                i = end + 2;
                // A multi-line comment acts like a newline.
                if (hadNewline) insertSemicolon(p);
            } else {
                return;
            }
        }
    }

    private void insertSemicolon(Pos p) {
        if (out.isEmpty()) return;
        Token last = out.get(out.size() - 1);
        boolean needed = switch (last.kind()) {
            case IDENT, INT, FLOAT, IMAG, CHAR, STRING -> true;
            case KEYWORD -> Set.of("break", "continue", "fallthrough", "return").contains(last.text());
            case OP -> Set.of("++", "--", ")", "]", "}").contains(last.text());
            default -> false;
        };
        if (needed) out.add(new Token(Token.Kind.SEMI, "\n", p));
    }

    private void number(Pos p) {
        int s = i;
        boolean isFloat = false;
        if (src.startsWith("0x", i) || src.startsWith("0X", i) || src.startsWith("0b", i) || src.startsWith("0B", i)
                || src.startsWith("0o", i) || src.startsWith("0O", i)) {
            i += 2;
            while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
        } else {
            while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
            if (i < src.length() && src.charAt(i) == '.') {
                isFloat = true;
                i++;
                while (i < src.length() && Character.isDigit(src.charAt(i))) i++;
            }
            if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
                isFloat = true;
                i++;
                if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) i++;
                while (i < src.length() && Character.isDigit(src.charAt(i))) i++;
            }
        }
        Token.Kind kind = isFloat ? Token.Kind.FLOAT : Token.Kind.INT;
        if (i < src.length() && src.charAt(i) == 'i') { i++; kind = Token.Kind.IMAG; }
        out.add(new Token(kind, src.substring(s, i), p));
    }

    private void interpreted(Pos p) {
        int s = i++;
        while (true) {
            if (i >= src.length() || src.charAt(i) == '\n') throw new SyntaxError(p, "string literal not terminated");
            char c = src.charAt(i++);
            if (c == '\\') {
                if (i >= src.length()) throw new SyntaxError(p, "string literal not terminated");
                i++;
            } else if (c == '"') {
                break;
            }
        }
        out.add(new Token(Token.Kind.STRING, src.substring(s, i), p));
    }

    private void raw(Pos p) {
        int end = src.indexOf('`', i + 1);
        if (end < 0) throw new SyntaxError(p, "raw string literal not terminated");
        String text = src.substring(i, end + 1);
        while (i <= end) {
            if (src.charAt(i) == '\n') newline(); else i++;
        }
        out.add(new Token(Token.Kind.STRING, text, p));
    }

    private void rune(Pos p) {
        int s = i++;
        while (true) {
            if (i >= src.length() || src.charAt(i) == '\n') throw new SyntaxError(p, "rune literal not terminated");
            char c = src.charAt(i++);
            if (c == '\\') {
                if (i >= src.length()) throw new SyntaxError(p, "rune literal not terminated");
                i++;
            } else if (c == '\'') {
                break;
            }
        }
        out.add(new Token(Token.Kind.CHAR, src.substring(s, i), p));
    }

    private void operator(Pos p) {
        for (String op : OPERATORS) {
            if (src.startsWith(op, i)) {
                i += op.length();
                out.add(op.equals(";") ? new Token(Token.Kind.SEMI, ";", p) : new Token(Token.Kind.OP, op, p));
                return;
            }
        }
        char c = src.charAt(i);
        throw new SyntaxError(p, String.format("invalid character U+%04X", (int) c)
                + (Character.isISOControl(c) ? "" : " '" + c + "'"));
    }
}
