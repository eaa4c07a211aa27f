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

    /** The command run on the workspace {@code ws} ({@code --workspace ws} before the command). */
    public static Run in(java.nio.file.Path ws, String... args) {
        String[] a = new String[args.length + 2];
        a[0] = "--workspace";
        a[1] = ws.toString();
        System.arraycopy(args, 0, a, 2, args.length);
        return run(a);
    }

    /** The JSON a command printed, after asserting it exited 0 (its stderr as the failure's reason). */
    public static com.fasterxml.jackson.databind.JsonNode ok(Run r) {
        org.assertj.core.api.Assertions.assertThat(r.code()).as(r.err()).isZero();
        try {
            return org.jrw.codec.Json.parse(r.out());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r.out(), e);
        }
    }
}
