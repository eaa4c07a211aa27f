package org.jrw.logic.training;

import java.util.List;
import org.jrw.i18n.Messages;

/** The anonymised output still holds an original identifier: nothing was written. */
public final class LeakException extends RuntimeException {
    private final transient List<LeakScanner.Leak> leaks;

    public LeakException(List<LeakScanner.Leak> leaks) {
        super("leaks: " + leaks.size());
        this.leaks = List.copyOf(leaks);
    }

    public List<LeakScanner.Leak> leaks() {
        return leaks;
    }

    @Override
    public String getMessage() {
        LeakScanner.Leak first = leaks.get(0);
        return Messages.get("training.leak", first.identifier(), Messages.get("training.kind." + first.kind()),
                first.where(), leaks.size());
    }
}
