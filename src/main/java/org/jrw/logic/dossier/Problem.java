package org.jrw.logic.dossier;

import org.jrw.i18n.Messages;

/** One thing wrong with (or worth noting about) a package: an i18n key and its arguments. */
public record Problem(String key, Object... args) {
    public String message() {
        return Messages.get(key, args);
    }

    @Override
    public String toString() {
        return message();
    }
}
