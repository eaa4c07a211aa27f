package org.jrw.model;

/** Severity of a finding, written in lower case in JSON. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
