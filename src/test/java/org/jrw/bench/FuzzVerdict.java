package org.jrw.bench;

import org.jrw.model.BadInputException;

/**
 * Whether a fuzz execution's refusal is a clean one. The package and comment readers wrap any
 * exception of a parser into a {@link BadInputException} ("damaged file"), so "ended in a
 * BadInputException" alone could never fail: a NullPointerException or an index error in our own
 * reading code would pass as a refusal. A refusal whose cause is an unchecked exception or an
 * error thrown by the workbench's own code ({@code org.jrw.}) is a bug; one thrown inside a
 * library (PDFBox, zip4j, the XML parser) meeting garbage is the library's refusal.
 */
final class FuzzVerdict {
    private FuzzVerdict() {
    }

    /** Null for a clean refusal, else a description of our own failure behind it. */
    static String bugBehind(BadInputException refusal) {
        for (Throwable t = refusal.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof BadInputException) {
                continue;
            }
            if ((t instanceof RuntimeException || t instanceof Error) && thrownByUs(t)) {
                return t + " behind " + refusal.key() + " at " + java.util.Arrays.stream(t.getStackTrace())
                        .filter(e -> e.getClassName().startsWith("org.jrw.")).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** The first frame outside the JDK is ours: our code threw it, or called the JDK wrongly. */
    private static boolean thrownByUs(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            return c.startsWith("org.jrw.");
        }
        return false;
    }
}
