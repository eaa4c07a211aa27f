package org.jrw.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jrw.cli.Cli;
import org.jrw.i18n.Messages;

/** Runs the command line in-process and captures its exit code, stdout and stderr. */
public final class CliRunner {
    private CliRunner() {
    }

    public record Run(int code, String out, String err) {
    }

    public static Run run(String... args) {
        Messages.setLanguage("zh");
        // as a new process: no identity left behind by a GUI test in this JVM (AppContext sets it)
        org.jrw.logic.audit.Actor.setCurrent(null);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
