package org.jrw.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command: computes a result object (a Map or record that Jackson can write), then prints it
 * as one JSON document ({@code --json}) or as text for people.
 */
public abstract class BaseCommand implements Callable<Integer> {
    @CommandLine.Spec
    protected CommandLine.Model.CommandSpec spec;

    protected JrwCommand root() {
        return (JrwCommand) spec.root().userObject();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints the result: JSON when asked, else the human text. */
    protected void print(Object result, String human) {
        // dossier text never reaches the terminal with control characters or bidi overrides
        if (root().json()) {
            out().println(TerminalText.json(result));
        } else if (human != null && !human.isEmpty()) {
            out().println(TerminalText.human(human));
        }
        out().flush();
    }

    /** A note for people (stderr), e.g. a warning; never mixed into the JSON on stdout. */
    protected void note(String message) {
        err().println(TerminalText.human(message));
        err().flush();
    }
}
