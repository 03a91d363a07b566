package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.Op;

/** Where library calls emit their instructions (the compiler supplies the source position). */
@FunctionalInterface
public interface CodeSink {
    void emit(Op op, int a, int b, Object k);

    /** The index the next instruction will have (jump targets of library code such as Once.Do). */
    default int here() { throw new UnsupportedOperationException("this code sink has no jump targets"); }
}
