package org.jrw.logic.exchange;

import org.jrw.model.BadInputException;

/**
 * A package failed verification: its signature is missing or invalid, a file does not match the
 * manifest's SHA-256, or it does not answer a package this workspace sent (foreign). The command
 * line exits with 3; nothing has been written.
 */
public class ExchangeVerificationException extends BadInputException {
    public ExchangeVerificationException(String key, Object... args) {
        super(key, args);
    }
}
