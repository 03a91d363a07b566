package dev.schedlab.model.trace;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

/**
 * The one-line text form of a {@link TraceEvent}, as written by {@code schedlab run --events}:
 * <pre>1234567 GoroutineExecuted m=0 p=0 g=6 inheritTime=false</pre>
 * Time in nanoseconds, the event's simple name, then every other record component in
 * declaration order as {@code name=value}: strings quoted as Go's {@code strconv.Quote}
 * does, enums by name. Deterministic, so two logs of the same run compare equal with diff.
 *
 * <p>The format follows the records' components, so a new event needs no change here.
 * Accessors are resolved once per class and called through exactly typed method handles:
 * a run can write millions of lines and primitives must not be boxed for each.
 */
public final class EventText {
    private EventText() {}

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override protected Component[] computeValue(Class<?> type) { return componentsOf(type); }
    };

    /** The event's line, without a line terminator. */
    public static String line(TraceEvent event) {
        return append(new StringBuilder(96), event).toString();
    }

    /** Appends the event's line (without a line terminator) to {@code out}: lets a writer reuse one buffer. */
    public static StringBuilder append(StringBuilder out, TraceEvent event) {
        out.append(event.time()).append(' ').append(event.getClass().getSimpleName());
        for (Component c : COMPONENTS.get(event.getClass())) {
            out.append(' ').append(c.name).append('=');
            c.appendValue(out, event);
        }
        return out;
    }

    /** Appends {@code s} quoted with Go's rules: printable runes as they are, others escaped. */
    public static StringBuilder appendQuoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> appendRune(out, cp);
            }
        }
        return out.append('"');
    }

    private static void appendRune(StringBuilder out, int cp) {
        if (isPrintable(cp)) out.appendCodePoint(cp);
        else if (cp < 0x80) hex(out, "\\x", cp, 2);
        else if (cp < 0x10000) hex(out, "\\u", cp, 4);
        else hex(out, "\\U", cp, 8);
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static void hex(StringBuilder out, String prefix, int value, int digits) {
        out.append(prefix);
        String h = Integer.toHexString(value);
        for (int i = h.length(); i < digits; i++) out.append('0');
        out.append(h);
    }

    private static Component[] componentsOf(Class<?> type) {
        if (!type.isRecord()) throw new IllegalArgumentException(type.getName() + " is not a record");
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        RecordComponent[] all = type.getRecordComponents();
        Component[] out = new Component[all.length - 1];
        int n = 0;
        for (RecordComponent rc : all) {
            if (rc.getName().equals("time")) continue; // written first, without a name
            try {
                MethodHandle getter = lookup.unreflect(rc.getAccessor());
                out[n++] = Component.of(rc.getName(), rc.getType(), getter);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + rc.getName(), e);
            }
        }
        return out;
    }

    /** One record component: its name and an accessor typed so the call does not box. */
    private abstract static class Component {
        final String name;
        final MethodHandle getter;

        Component(String name, MethodHandle getter) {
            this.name = name;
            this.getter = getter;
        }

        static Component of(String name, Class<?> type, MethodHandle raw) {
            if (type == int.class) return new IntComponent(name, raw.asType(MethodType.methodType(int.class, TraceEvent.class)));
            if (type == long.class) return new LongComponent(name, raw.asType(MethodType.methodType(long.class, TraceEvent.class)));
            if (type == boolean.class) return new BooleanComponent(name, raw.asType(MethodType.methodType(boolean.class, TraceEvent.class)));
            return new ObjectComponent(name, raw.asType(MethodType.methodType(Object.class, TraceEvent.class)));
        }

        abstract void appendValue(StringBuilder out, TraceEvent e);

        static RuntimeException rethrow(Throwable t) {
            if (t instanceof RuntimeException r) return r;
            if (t instanceof Error err) throw err;
            return new IllegalStateException(t);
        }
    }

    private static final class IntComponent extends Component {
        IntComponent(String name, MethodHandle getter) { super(name, getter); }

        @Override void appendValue(StringBuilder out, TraceEvent e) {
            try { out.append((int) getter.invokeExact(e)); } catch (Throwable t) { throw rethrow(t); }
        }
    }

    private static final class LongComponent extends Component {
        LongComponent(String name, MethodHandle getter) { super(name, getter); }

        @Override void appendValue(StringBuilder out, TraceEvent e) {
            try { out.append((long) getter.invokeExact(e)); } catch (Throwable t) { throw rethrow(t); }
        }
    }

    private static final class BooleanComponent extends Component {
        BooleanComponent(String name, MethodHandle getter) { super(name, getter); }

        @Override void appendValue(StringBuilder out, TraceEvent e) {
            try { out.append((boolean) getter.invokeExact(e)); } catch (Throwable t) { throw rethrow(t); }
        }
    }

    private static final class ObjectComponent extends Component {
        ObjectComponent(String name, MethodHandle getter) { super(name, getter); }

        @Override void appendValue(StringBuilder out, TraceEvent e) {
            Object value;
            try { value = (Object) getter.invokeExact(e); } catch (Throwable t) { throw rethrow(t); }
            if (value instanceof String s) appendQuoted(out, s);
            else if (value instanceof Enum<?> en) out.append(en.name());
            else out.append(value);
        }
    }
}
