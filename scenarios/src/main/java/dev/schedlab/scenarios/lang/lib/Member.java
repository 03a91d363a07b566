package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.scenarios.lang.check.Type;

/** Something a supported package exports. */
public sealed interface Member {
    /**
     * A function (or a method of a library type, whose receiver is the first argument).
     * The emitter runs after the arguments are on the stack; argc counts them (variadic
     * arguments are passed one by one).
     */
    record Function(String goName, Type.Func signature, Emitter emitter) implements Member {}

    record Constant(Type type, Object value) implements Member {}

    /** A package variable such as os.Args or os.Stdout: read-only here; load pushes its value. */
    record Variable(Type type, Emitter load) implements Member {}

    record TypeDef(Type type) implements Member {}

    @FunctionalInterface
    interface Emitter {
        void emit(CodeSink code, int argc);
    }
}
