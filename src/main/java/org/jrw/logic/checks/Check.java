package org.jrw.logic.checks;

import java.util.List;
import org.jrw.model.Finding;

/** One legality or completeness check: it owns exactly one finding code. */
public interface Check {
    String code();

    List<Finding> run(CheckContext ctx);
}
