package dev.schedlab.scenarios.scenario;

/** A scenario's title and description in another language (its knobs and chapters carry their own translations). */
public record ScenarioTranslation(String title, String description) {}
