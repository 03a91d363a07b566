package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.Op;

/** Where library calls emit their instructions (the compiler supplies the source position). */
@FunctionalInterface
public interface CodeSink {
    void emit(Op op, int a, int b, Object k);

    /** The index the next instruction will have (jump targets of library code such as sort.Slice). */
    default int here() { throw new UnsupportedOperationException("this code sink has no jump targets"); }

    /**
     * The index of a function of the modelled library that the program's code calls (Once.Do's
     * {@code sync.(*Once).doSlow}, which needs a frame of its own for its defer), compiled once
     * per program: {@code body} emits its code, its parameters are locals 0..params-1.
     */
    default int libraryFunction(String name, int params, java.util.function.Consumer<CodeSink> body) {
        throw new UnsupportedOperationException("this code sink cannot add functions");
    }
}
