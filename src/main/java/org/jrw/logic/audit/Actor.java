package org.jrw.logic.audit;

import org.jrw.model.Role;

/**
 * Who acts: a name and, when known, a panel role. The GUI sets it from the user's identity
 * preferences; the command line takes {@code JRW_USER}/{@code JRW_ROLE} (or the system
 * properties {@code jrw.user}/{@code jrw.role}), else the operating-system user.
 */
public record Actor(String name, Role role) {
    private static volatile Actor current;

    public static Actor current() {
        Actor a = current;
        if (a != null) {
            return a;
        }
        String name = first(System.getProperty("jrw.user"), System.getenv("JRW_USER"), System.getProperty("user.name"));
        String role = first(System.getProperty("jrw.role"), System.getenv("JRW_ROLE"));
        return new Actor(name == null ? "?" : name, role == null ? null : Role.parse(role).orElse(null));
    }

    /**
     * The signed-in person: the identity the GUI set from the preferences, else {@code jrw.user} /
     * {@code JRW_USER}; never the operating-system login (a form signed by a person must name them).
     */
    public static java.util.Optional<String> signedIn() {
        Actor a = current;
        if (a != null && a.name() != null && !a.name().isBlank() && !"?".equals(a.name())) {
            return java.util.Optional.of(a.name());
        }
        return java.util.Optional.ofNullable(first(System.getProperty("jrw.user"), System.getenv("JRW_USER")));
    }

    /** The signed-in person's name, or null (see {@link #signedIn()}). */
    public static String givenName() {
        return signedIn().orElse(null);
    }

    /** Sets who acts for the rest of this process (the GUI's identity). */
    public static void setCurrent(Actor a) {
        current = a;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
