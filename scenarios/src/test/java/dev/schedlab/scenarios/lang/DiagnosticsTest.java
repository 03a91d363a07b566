package dev.schedlab.scenarios.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Out-of-subset constructs and errors are reported at the right file:line:column. */
class DiagnosticsTest {
    static String first(String src) {
        Compilation c = Compiler.compileSource("main.go", src);
        assertThat(c.program()).isNull();
        assertThat(c.diagnostics()).isNotEmpty();
        return c.diagnostics().get(0).toString();
    }

    @Test
    void gotoIsRejectedWithAnAlternative() {
        assertThat(first("package main\n\nfunc main() {\n\tfor {\n\t\tgoto done\n\t}\n}\n"))
                .isEqualTo("main.go:5:3: goto statements are not supported by SchedLab (use for with break/continue)");
    }

    @Test
    void genericsAreRejected() {
        assertThat(first("package main\n\nfunc Id[T any](x T) T { return x }\n\nfunc main() {}\n"))
                .isEqualTo("main.go:3:1: generic functions are not supported by SchedLab (write one function per type)");
    }

    @Test
    void unsupportedImportsNameTheSupportedPackages() {
        assertThat(first("package main\n\nimport \"net/http\"\n\nfunc main() {}\n"))
                .startsWith("main.go:3:8: package net/http is not supported by SchedLab (supported: fmt, math, os, os/signal, runtime, schedlab.dev/library/lab, sort, strconv, strings, sync, sync/atomic, syscall, time, unsafe)");
    }

    @Test
    void gotoInterfacesAndBadLabelsAreRejected() {
        assertThat(first("package main\n\nfunc main() {\n\tfor {\n\t\tgoto done\n\t}\n}\n"))
                .isEqualTo("main.go:5:3: goto statements are not supported by SchedLab (use for with break/continue)");
        assertThat(first("package main\n\nfunc main() {\nouter:\n\tfor {\n\t\tbreak\n\t}\n}\n"))
                .isEqualTo("main.go:4:1: label outer defined and not used");
        assertThat(first("package main\n\nfunc main() {\nouter:\n\tswitch {\n\tdefault:\n\t\tfor {\n\t\t\tcontinue outer\n\t\t}\n\t}\n}\n"))
                .isEqualTo("main.go:8:13: invalid continue label outer");
        assertThat(first("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x interface{} = 1\n\tfmt.Println(x)\n}\n"))
                .isEqualTo("main.go:6:8: interface types are not supported by SchedLab (use concrete types)");
        assertThat(first("package main\n\nfunc main() {\n\tselect {\n\tcase 1 + 1:\n\t}\n}\n"))
                .isEqualTo("main.go:5:7: select case must be receive, send or assign recv");
    }

    @Test
    void syntaxErrorsSayWhatWasExpected() {
        assertThat(first("package main\n\nfunc main() {\n\tprintln(1 {\n}\n"))
                .isEqualTo("main.go:4:12: syntax error: expected ')', found '{'");
        assertThat(first("package main\n\nfunc main() {\n\tx := \"abc\n}\n"))
                .isEqualTo("main.go:4:7: syntax error: string literal not terminated");
    }

    @Test
    void typeErrorsReadLikeGos() {
        assertThat(first("package main\n\nfunc main() {\n\tfoo()\n}\n")).isEqualTo("main.go:4:2: undefined: foo");
        assertThat(first("package main\n\nfunc main() {\n\tvar s string = 5\n\tprintln(s)\n}\n"))
                .isEqualTo("main.go:4:17: cannot use 5 (untyped int constant) as string value in variable declaration");
        assertThat(first("package main\n\nfunc main() {\n\tx := \"a\"\n\tvar n int = x\n\tprintln(n)\n}\n"))
                .isEqualTo("main.go:5:14: cannot use x (variable of type string) as int value in variable declaration");
        assertThat(first("package main\n\nfunc main() {\n\tvar b int8 = 300\n\tprintln(b)\n}\n"))
                .isEqualTo("main.go:4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)");
    }

    @Test
    void missingFilesAreDiagnosticsNotExceptions() {
        Compilation c = Compiler.compile(Path.of("/nonexistent/folder"));
        assertThat(c.program()).isNull();
        assertThat(c.diagnostics()).singleElement().asString().contains("main.go").contains("no such file");
    }

    @Test
    void linknameIsLimitedToThreeRuntimeFunctionsAndMethodExpressionsAreRejected() {
        assertThat(first("package main\n\nimport _ \"unsafe\"\n\n//go:linkname nanotime runtime.nanotime\nfunc nanotime() int64\n\nfunc main() {}\n"))
                .isEqualTo("main.go:5:1: //go:linkname to runtime.nanotime is not supported by SchedLab (SchedLab links only runtime.procPin, runtime.procUnpin and runtime.goyield)");
        assertThat(first("package main\n\n//go:linkname procPin runtime.procPin\nfunc procPin() int\n\nfunc main() {}\n"))
                .isEqualTo("main.go:3:1: //go:linkname only allowed in Go files that import \"unsafe\"");
        assertThat(first("package main\n\ntype T struct{}\n\nfunc (T) M() {}\n\nfunc main() {\n\tf := T.M\n\tf(T{})\n}\n"))
                .isEqualTo("main.go:8:8: method expressions are not supported by SchedLab (use a method value such as c.M, or a function literal)");
    }
}
