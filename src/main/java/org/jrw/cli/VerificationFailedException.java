package org.jrw.cli;

/**
 * A verification found a fault (a broken signature, an altered file, a broken audit chain): exit
 * code 3. The command has already printed its result; the message explains the failure.
 */
public class VerificationFailedException extends RuntimeException {
    public VerificationFailedException(String message) {
        super(message);
    }
}
