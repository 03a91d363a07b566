package dev.schedlab.scenarios.lang.compile;

import dev.schedlab.model.vm.Op;
import dev.schedlab.scenarios.lang.check.Info;
import dev.schedlab.scenarios.lang.check.Type;
import dev.schedlab.scenarios.lang.check.Types;
import dev.schedlab.scenarios.lang.lib.FmtOperand;
import dev.schedlab.scenarios.lang.lib.Natives;
import dev.schedlab.scenarios.lang.syntax.Expr;

import java.util.List;

/** Code for calls of Go's builtin functions. */
final class Builtins {
    private Builtins() {}

    /** Compiles a builtin call (arguments included); returns the number of results pushed. */
    static int call(Exprs x, FunctionCompiler f, Expr.Call call, String name) {
        Info info = x.info();
        CodeBuilder b = x.code();
        List<Expr> args = call.args();
        switch (name) {
            case "len", "cap" -> {
                Type t = info.type(args.get(0)).underlying();
                x.expr(args.get(0));
                if (t instanceof Type.Chan) b.emit(name.equals("len") ? Op.CHAN_LEN : Op.CHAN_CAP);
                else b.emit(name.equals("len") ? Op.LEN : Op.CAP);
                return 1;
            }
            case "append" -> {
                x.expr(args.get(0));
                if (call.spread()) {
                    x.expr(args.get(1));
                    b.emit(Op.CALL_NATIVE, 2, 1, Natives.APPEND_SLICE);
                } else {
                    for (Expr a : args.subList(1, args.size())) x.value(a);
                    b.emit(Op.APPEND, args.size() - 1, elementSize(info.type(args.get(0))), null);
                }
                return 1;
            }
            case "make" -> {
                Type t = info.type(args.get(0)).underlying();
                if (t instanceof Type.Slice s) {
                    x.expr(args.get(1));
                    if (args.size() > 2) x.expr(args.get(2));
                    else b.emit(Op.DUP);
                    b.emit(Op.MAKE_SLICE, 0, elementSize(s), zeroConstant(f, s.element(), call));
                } else if (t instanceof Type.Chan ch) {
                    if (args.size() > 1) x.expr(args.get(1));
                    else b.constant(0L);
                    b.emit(Op.MAKE_CHAN, 0, 0, zeroConstant(f, ch.element(), call));
                } else {
                    Type.MapOf m = (Type.MapOf) t;
                    if (args.size() > 1) {
                        x.expr(args.get(1));
                        b.emit(Op.POP); // size hints do not matter to the model
                    }
                    b.emit(Op.MAKE_MAP, 0, 0, zeroConstant(f, m.value(), call));
                }
                return 1;
            }
            case "new" -> {
                f.zero(info.type(args.get(0)), call.pos());
                b.emit(Op.NEW_CELL);
                return 1;
            }
            case "min", "max" -> {
                for (Expr a : args) x.expr(a);
                boolean unsigned = Types.isUnsigned64(info.type(call));
                b.emit(Op.CALL_NATIVE, args.size(), 1, name.equals("min")
                        ? (unsigned ? Natives.MIN_UNSIGNED : Natives.MIN) : (unsigned ? Natives.MAX_UNSIGNED : Natives.MAX));
                return 1;
            }
            case "print", "println" -> {
                for (Expr a : args) {
                    x.value(a);
                    Type t = info.type(a);
                    if (Types.isUnsigned64(t)) b.emit(Op.CALL_NATIVE, 1, 1, FmtOperand.wrapper(t.toString(), true, null));
                }
                return emitOp(b, name, args.size());
            }
            default -> {
                for (Expr a : args) x.value(a);
                return emitOp(b, name, args.size());
            }
        }
    }

    /** The operation of a statement builtin whose arguments are on the stack; returns the results pushed. */
    static int emitOp(CodeBuilder b, String name, int argc) {
        switch (name) {
            case "close" -> b.emit(Op.CLOSE);
            case "panic" -> b.emit(Op.PANIC);
            case "recover" -> {
                b.emit(Op.RECOVER);
                return 1;
            }
            case "print", "println" -> {
                b.emit(Op.CALL_NATIVE, argc, 1, name.equals("println") ? Natives.SPRINTLN : Natives.SPRINT);
                b.emit(Op.WRITE, 2);
            }
            case "delete" -> b.emit(Op.CALL_NATIVE, 2, 0, Natives.DELETE);
            case "copy" -> {
                b.emit(Op.CALL_NATIVE, 2, 1, Natives.COPY);
                return 1;
            }
            default -> throw new IllegalStateException("builtin not compiled: " + name);
        }
        return 0;
    }

    private static Object zeroConstant(FunctionCompiler f, Type t, Expr.Call call) {
        Object k = Zero.constant(t);
        if (k == Zero.NEEDS_CODE) {
            f.program().error(call.pos(), "elements of type " + t + " are not supported by SchedLab in make (use pointers made in a loop)");
            return null;
        }
        return k;
    }

    /** A slice type's element size in bytes, for the VM's allocation count (operand b of MAKE_SLICE and APPEND). */
    static int elementSize(Type sliceType) {
        Type u = sliceType.underlying();
        long size = u instanceof Type.Slice s ? dev.schedlab.scenarios.lang.check.Types.size(s.element()) : 8;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, size));
    }
}
