package dev.schedlab.scenarios.lang.check;

import java.util.HashMap;
import java.util.Map;

/** A lexical block's names, linked to the enclosing block. */
final class Scope {
    final Scope outer;
    private final Map<String, Symbol> names = new HashMap<>();

    Scope(Scope outer) { this.outer = outer; }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.outer) {
            Symbol sym = s.names.get(name);
            if (sym != null) return sym;
        }
        return null;
    }

    Symbol lookupLocal(String name) { return names.get(name); }

    void declare(String name, Symbol sym) {
        if (!name.equals("_")) names.put(name, sym);
    }
}
