package org.jrw.model;

/**
 * Bad input from the user or from a file: the command line answers with exit code 2 and the
 * localized message, the GUI with a dialog. The message is resolved from the i18n bundles by
 * {@code key} with {@code args}; nothing may have been written when this is thrown.
 */
public class BadInputException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public BadInputException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public BadInputException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getMessage() {
        return org.jrw.i18n.Messages.get(key, args);
    }
}
