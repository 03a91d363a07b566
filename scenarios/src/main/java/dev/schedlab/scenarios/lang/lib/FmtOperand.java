package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.Native;

/**
 * An operand of a fmt call together with what the compiler knew of its static type: VM values
 * carry no type, so a uint64 above 2^63 would print as a negative int64 and {@code %T} could
 * only guess from the representation. The compiler wraps such operands with {@link #wrapper}.
 *
 * @param value    the VM value
 * @param type     Go's name of the static type, as {@code %T} prints it ({@code main.Counter})
 * @param unsigned whether every integer in the value is a uint64, uint or uintptr (a long holding 64 unsigned bits)
 * @param layout   the field names of the structs in the value, for %+v, or null
 */
public record FmtOperand(Object value, String type, boolean unsigned, FmtLayout layout) {

    /** A native that wraps the value on top of the stack: [value] -> [FmtOperand]. */
    public static Native wrapper(String type, boolean unsigned, FmtLayout layout) {
        return new Native("fmt operand " + type, a -> new FmtOperand(a[0], type, unsigned, layout));
    }

    /** The plain value of a possibly wrapped operand. */
    static Object plain(Object v) {
        return v instanceof FmtOperand o ? o.value() : v;
    }
}
