package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.syntax.Decl;
import dev.schedlab.scenarios.lang.syntax.SourceFile;

import java.util.List;
import java.util.Map;

/**
 * {@code //go:linkname local runtime.x} on a bodyless function: SchedLab binds the few
 * runtime internals the conformance programs use, and nothing else.
 */
final class Linknames {
    private Linknames() {}

    /** The runtime functions that may be linked, with the signature SchedLab gives them. */
    private static final Map<String, Type.Func> SUPPORTED = Map.of(
            "procPin", new Type.Func(List.of(), List.of(Types.INT), false),
            "procUnpin", new Type.Func(List.of(), List.of(), false),
            "goyield", new Type.Func(List.of(), List.of(), false));

    /** The runtime function a bodyless declaration is linked to, or null after reporting why it cannot be. */
    static String resolve(Checker c, Decl.Func f) {
        String local = f.name().name();
        for (SourceFile.Directive d : c.directives) {
            if (!d.name().equals("linkname") || d.args().size() != 2 || !d.args().get(0).equals(local)) continue;
            String target = d.args().get(1);
            String name = target.startsWith("runtime.") ? target.substring("runtime.".length()) : null;
            if (name == null || !SUPPORTED.containsKey(name)) {
                c.unsupported(d.pos(), "//go:linkname to " + target + " is", "SchedLab links only runtime.procPin, runtime.procUnpin and runtime.goyield");
                return null;
            }
            if (!c.info.imports.contains("unsafe")) {
                c.error(d.pos(), "//go:linkname only allowed in Go files that import \"unsafe\"");
                return null;
            }
            return name;
        }
        c.error(f.name().pos(), "missing function body");
        return null;
    }

    static boolean signatureMatches(String name, Type.Func sig) { return SUPPORTED.get(name).equals(sig); }

    static String expected(String name) { return SUPPORTED.get(name).toString(); }
}
