package dev.schedlab.model.vm;

/** A function value: a function and the cells of the variables it captured (empty for plain functions). */
public record Closure(Function function, Cell[] free) {
    private static final Cell[] NONE = new Cell[0];

    public static Closure of(Function function) { return new Closure(function, NONE); }

    @Override public String toString() { return "func " + function.name(); }
}
