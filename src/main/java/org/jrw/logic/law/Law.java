package org.jrw.logic.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A law (or regulation) of the library with its versions, oldest first. {@code firstEffective} is
 * when the law first took effect at all (an earlier version may be missing from the library).
 */
public record Law(String id, String title, String kind, List<String> aliases, LocalDate firstEffective,
                  List<LawVersion> versions) {

    /** The short title without 中华人民共和国. */
    public String shortTitle() {
        return title.startsWith("中华人民共和国") ? title.substring("中华人民共和国".length()) : title;
    }

    public LawVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public LawVersion earliest() {
        return versions.get(0);
    }

    /** The version in force on a day, if the library holds it. */
    public Optional<LawVersion> versionOn(LocalDate day) {
        if (day == null) {
            return Optional.of(latest());
        }
        return versions.stream().filter(v -> v.inForceOn(day)).findFirst();
    }

    public Optional<LawVersion> version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Whether the law existed at all on a day (in a version the library may not hold). */
    public boolean existedOn(LocalDate day) {
        LocalDate first = firstEffective != null ? firstEffective : earliest().effectiveFrom();
        return !day.isBefore(first);
    }
}
