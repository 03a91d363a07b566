package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.Op;

/** Where library calls emit their instructions (the compiler supplies the source position). */
@FunctionalInterface
public interface CodeSink {
    void emit(Op op, int a, int b, Object k);
}
