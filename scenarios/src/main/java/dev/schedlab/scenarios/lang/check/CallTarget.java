package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.lib.Member;
import dev.schedlab.scenarios.lang.syntax.Expr;

/** What a call expression calls, as resolved by the checker. */
public sealed interface CallTarget {
    /** {@code T(x)}. */
    record Conversion(Type to) implements CallTarget {}

    /** {@code len(x)}, {@code make(...)} ... */
    record Builtin(String name) implements CallTarget {}

    /** A package function such as {@code strconv.Itoa}. */
    record Library(Member.Function function) implements CallTarget {}

    /** A method of a library type ({@code wg.Done()}); viaPointer when the receiver is a pointer to it. */
    record LibraryMethod(Member.Function function, Expr receiver, boolean viaPointer) implements CallTarget {}

    /**
     * A method of a program type, called directly. pointerReceiver: the method wants *T;
     * receiverIsPointer: the receiver expression already is one (else it is a T value).
     */
    record Method(FuncInfo function, Expr receiver, boolean pointerReceiver, boolean receiverIsPointer) implements CallTarget {}

    /** A top-level function of the program, called directly. */
    record Static(FuncInfo function) implements CallTarget {}

    /** A function value (closure, function literal, parameter of function type). */
    record Value() implements CallTarget {}
}
