package org.jrw.logic.edit;

import java.util.List;
import java.util.stream.Collectors;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;

/** An edit refused before anything was written: every problem, each naming its field. */
public final class EditRejectedException extends BadInputException {
    private final transient List<FieldProblem> problems;

    public EditRejectedException(String key, List<FieldProblem> problems) {
        super(key, problems.size(), problems.isEmpty() ? "" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The one-line summary, without the list. */
    public String summary() {
        return Messages.get(key(), args());
    }

    /** Each problem as "path：message", for the command line. */
    public List<String> lines() {
        return problems.stream().map(FieldProblem::toString).toList();
    }

    @Override
    public String getMessage() {
        return summary() + "\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
