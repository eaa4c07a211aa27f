package org.jrw.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.InvalidPackageException;
import org.jrw.logic.dossier.Problem;
import org.jrw.model.BadInputException;
import picocli.CommandLine;

/**
 * Runs one command line and returns its exit code: 0 done, 2 bad input or usage, 3 a verification
 * failed, 1 an internal error. With {@code --json}, stdout carries exactly one JSON document (the
 * result, or {@code {"error": …}}); human messages always go to stderr.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int VERIFICATION_FAILED = 3;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            applyLanguage(args);
        } catch (IllegalArgumentException e) {
            err.println(Messages.get("cli.lang.unsupported", e.getMessage()));
            return BAD_INPUT;
        }
        java.util.Locale.setDefault(Messages.locale());
        boolean json = List.of(args).contains("--json");
        CommandLine cl = new CommandLine(new JrwCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own help command brings an English description; it speaks the interface language
        CommandLine help = cl.getSubcommands().get("help");
        if (help != null) {
            help.getCommandSpec().usageMessage().header(Messages.get("jrw.help.usage.description"))
                    .description(Messages.get("jrw.help.usage.description"));
        }
        cl.setParameterExceptionHandler((ex, a) -> {
            String message = usageMessage(ex);
            err.println(Messages.get("cli.error.usage", message));
            if (!json) {
                ex.getCommandLine().usage(err);
            }
            printError(out, json, BAD_INPUT, message, List.of());
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> handle(ex, out, err, json));
        cl.setExecutionStrategy(parsed -> {
            try {
                OutputFolders.check(parsed);
            } catch (BadInputException e) {
                return handle(e, out, err, json);
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Picocli's usage errors in the user's language (the common ones; others as picocli words them). */
    static String usageMessage(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            return Messages.get("cli.usage.missing", String.join(Messages.enumComma(), m.getMissing().stream().map(Cli::name).toList()));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return Messages.get("cli.usage.unmatched", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return Messages.get("cli.usage.twice", name(o.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            // a value of the wrong type: not a number, not one of the choices
            CommandLine.Model.ArgSpec a = ex.getArgSpec();
            Class<?> t = a.type();
            String expected;
            if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
                expected = Messages.get("cli.usage.expect.integer");
            } else if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
                expected = Messages.get("cli.usage.expect.number");
            } else if (t.isEnum()) {
                expected = Messages.get("cli.usage.expect.oneOf", String.join(Messages.enumComma(),
                        java.util.Arrays.stream(t.getEnumConstants()).map(String::valueOf).toList()));
            } else if (t == java.time.LocalDate.class) {
                expected = Messages.get("cli.usage.expect.date");
            } else {
                return ex.getMessage();
            }
            return Messages.get("cli.usage.badValue", name(a).replaceFirst("=.*$", ""), ex.getValue(), expected);
        }
        return ex.getMessage();
    }

    private static String name(CommandLine.Model.ArgSpec a) {
        if (a instanceof CommandLine.Model.OptionSpec o) {
            return o.arity().max() == 0 ? o.longestName() : o.longestName() + "=" + o.paramLabel();
        }
        return a.paramLabel();
    }

    static int handle(Throwable ex, PrintWriter out, PrintWriter err, boolean json) {
        if (ex instanceof org.jrw.logic.exchange.ExchangeVerificationException v) {
            err.println(TerminalText.human(Messages.get("cli.error.verification", v.getMessage())));
            printError(out, json, VERIFICATION_FAILED, v.getMessage(), List.of());
            return VERIFICATION_FAILED;
        }
        if (ex instanceof BadInputException b) {
            err.println(TerminalText.human(Messages.get("cli.error", b.getMessage())));
            List<String> problems = b instanceof InvalidPackageException ip
                    ? ip.problems().stream().map(Problem::message).toList()
                    : b instanceof org.jrw.logic.edit.EditRejectedException er ? er.lines() : List.of();
            printError(out, json, BAD_INPUT, b instanceof InvalidPackageException ip2 ? ip2.summary().strip()
                    : b instanceof org.jrw.logic.edit.EditRejectedException er2 ? er2.summary() : b.getMessage(),
                    problems);
            return BAD_INPUT;
        }
        if (ex instanceof VerificationFailedException v) {
            err.println(TerminalText.human(Messages.get("cli.error.verification", v.getMessage())));
            return VERIFICATION_FAILED;
        }
        err.println(Messages.get("cli.error.internal", String.valueOf(ex)));
        if (Boolean.getBoolean("jrw.debug")) {
            ex.printStackTrace(err);
        }
        printError(out, json, INTERNAL, String.valueOf(ex), List.of());
        return INTERNAL;
    }

    private static void printError(PrintWriter out, boolean json, int code, String message, List<String> problems) {
        if (!json) {
            return;
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("exitCode", code);
        e.put("message", message);
        if (!problems.isEmpty()) {
            e.put("problems", problems);
        }
        out.println(TerminalText.json(Map.of("error", e)));
    }

    /** {@code --lang} is applied before parsing so that usage errors are in the right language too. */
    static void applyLanguage(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length) {
                Messages.setLanguage(args[i + 1]);
            } else if (a.startsWith("--lang=")) {
                Messages.setLanguage(a.substring("--lang=".length()));
            }
        }
    }
}
