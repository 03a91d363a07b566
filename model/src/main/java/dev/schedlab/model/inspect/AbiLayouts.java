package dev.schedlab.model.inspect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Go 1.23.5 linux/amd64 struct layouts (runtime.g, m, p, gobuf, stack ...), read from the table in
 * this package's resources, which was converted from the DWARF dump in the shared reference
 * (abi-go1.23-amd64.json). Every offset the inspector shows comes from here. Immutable.
 */
public final class AbiLayouts {
    private static final String RESOURCE = "abi-go1.23-amd64.tsv";

    /** One field: name, byte offset in its struct, size in bytes, Go type. */
    public record Field(String name, int offset, int size, String type) {}

    /** One struct: its name ({@code runtime.g}), size and fields in offset order. */
    public record Struct(String name, int size, List<Field> fields) {
        public Struct { fields = List.copyOf(fields); }

        /** The field called {@code name}. */
        public Field field(String name) {
            for (Field f : fields) if (f.name().equals(name)) return f;
            throw new IllegalArgumentException(this.name + " has no field " + name);
        }
    }

    private final Map<String, Struct> structs;

    private AbiLayouts(Map<String, Struct> structs) { this.structs = Map.copyOf(structs); }

    private static final AbiLayouts GO123 = load();

    /** The Go 1.23 amd64 layouts. */
    public static AbiLayouts go123() { return GO123; }

    public Struct struct(String name) {
        Struct s = structs.get(name);
        if (s == null) throw new IllegalArgumentException("no layout for " + name);
        return s;
    }

    /**
     * The offset of a field path from the start of {@code struct}, following embedded structs:
     * {@code offset("runtime.g", "sched.pc")} is 64.
     */
    public int offset(String struct, String path) {
        return resolve(struct, path).offset();
    }

    /** The field a dotted path ends at, with its offset counted from the outer struct. */
    public Field resolve(String struct, String path) {
        Struct s = struct(struct);
        int base = 0;
        String[] parts = path.split("\\.");
        for (int i = 0; ; i++) {
            Field f = s.field(parts[i]);
            if (i == parts.length - 1) return new Field(path, base + f.offset(), f.size(), f.type());
            base += f.offset();
            s = struct(f.type());
        }
    }

    private static AbiLayouts load() {
        try (InputStream in = Objects.requireNonNull(AbiLayouts.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Struct> out = new LinkedHashMap<>();
            String name = null;
            int size = 0;
            List<Field> fields = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                if (c[0].equals("struct")) {
                    if (name != null) out.put(name, new Struct(name, size, fields));
                    name = c[1];
                    size = Integer.parseInt(c[2]);
                    fields = new ArrayList<>();
                } else {
                    fields.add(new Field(c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), c[4]));
                }
            }
            if (name != null) out.put(name, new Struct(name, size, fields));
            return new AbiLayouts(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
