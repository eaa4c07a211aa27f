package org.jrw.logic.dossier;

import java.util.List;
import java.util.stream.Collectors;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;

/** A package refused before anything was written; carries every problem found. */
public final class InvalidPackageException extends BadInputException {
    private final transient List<Problem> problems;
    private final String packageName;

    public InvalidPackageException(String packageName, List<Problem> problems) {
        super("import.invalid", packageName, problems.size());
        this.packageName = packageName;
        this.problems = List.copyOf(problems);
    }

    /** The one-line summary (which package, how many problems), without the list. */
    public String summary() {
        return Messages.get("import.invalid", packageName, problems.size());
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return summary() + "\n"
                + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
    }
}
