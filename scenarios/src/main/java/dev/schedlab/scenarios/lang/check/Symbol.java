package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.lib.LibPackage;

/** What an identifier denotes. */
public sealed interface Symbol {
    String name();

    /**
     * A variable. owner is the function that declares it (null for package-level variables);
     * captured/addressed decide whether the compiler boxes it in a cell.
     */
    final class Var implements Symbol {
        private final String name;
        public final Type type;
        public final FuncInfo owner;
        public int globalIndex = -1;
        public boolean captured;
        public boolean addressed;

        public Var(String name, Type type, FuncInfo owner) {
            this.name = name;
            this.type = type;
            this.owner = owner;
        }

        @Override public String name() { return name; }

        public boolean isGlobal() { return owner == null; }

        /** Boxed variables live in a Cell so that closures and pointers share them. */
        public boolean boxed() { return captured || addressed; }

        @Override public String toString() { return name; }
    }

    record Const(String name, Type type, Object value) implements Symbol {}

    record TypeName(String name, Type type) implements Symbol {}

    record Func(String name, FuncInfo info) implements Symbol {}

    record Builtin(String name) implements Symbol {}

    record Package(String name, LibPackage pkg) implements Symbol {}

    record Nil(String name) implements Symbol {}
}
