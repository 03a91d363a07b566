package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.Op;
import dev.schedlab.scenarios.lang.check.FuncInfo;
import dev.schedlab.scenarios.lang.syntax.Pos;

/** Bodies of the runtime functions a program binds with //go:linkname: one runtime instruction each. */
final class Intrinsics {
    private Intrinsics() {}

    static void compile(ProgramCompiler pc, FuncInfo fn, int index, Pos pos) {
        CodeBuilder b = new CodeBuilder(pc);
        b.at(pos);
        switch (fn.linkname) {
            case "procPin" -> {
                b.emit(Op.PROC_PIN);
                b.emit(Op.RETURN, 1);
            }
            case "procUnpin" -> {
                b.emit(Op.PROC_UNPIN);
                b.emit(Op.RETURN, 0);
            }
            case "goyield" -> {
                b.emit(Op.GOYIELD);
                b.emit(Op.RETURN, 0);
            }
            default -> throw new IllegalStateException("no intrinsic for runtime." + fn.linkname);
        }
        pc.define(index, fn.name, pos, 0, b);
    }
}
