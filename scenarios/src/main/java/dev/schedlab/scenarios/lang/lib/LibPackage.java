package dev.schedlab.scenarios.lang.lib;

import java.util.Map;

/** A standard-library package SchedLab models: its import path, its name and its members. */
public record LibPackage(String path, String name, Map<String, Member> members) {
    public LibPackage { members = Map.copyOf(members); }
}
