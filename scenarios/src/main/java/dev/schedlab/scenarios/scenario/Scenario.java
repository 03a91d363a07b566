package dev.schedlab.scenarios.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * A workload with its teaching material: the folder holding {@code main.go}, and what its
 * optional {@code scenario.yaml} says. A folder without one is a scenario named after the
 * folder, with no knobs or chapters.
 *
 * @param gomaxprocs the GOMAXPROCS the scenario is meant for, unless the user chooses
 * @param seed       the seed of the runtime's random choices, unless the user chooses
 */
public record Scenario(String name, Path folder, String title, String description, OptionalInt gomaxprocs, long seed,
                       List<Knob> knobs, List<Chapter> chapters) {
    public static final long DEFAULT_SEED = 1;

    public Scenario {
        knobs = List.copyOf(knobs);
        chapters = List.copyOf(chapters);
    }

    public Path mainGo() { return folder.resolve("main.go"); }

    /** The knob bound to this constant, if any. */
    public java.util.Optional<Knob> knob(String constName) {
        return knobs.stream().filter(k -> k.constName().equals(constName)).findFirst();
    }

    /** The first line of the description, for one-line listings. */
    public String summary() {
        String text = description.strip();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
