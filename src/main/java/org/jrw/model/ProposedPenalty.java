package org.jrw.model;

import java.util.List;

/** The penalty proposed for a violation: fine and confiscation in whole yuan, other sanctions. */
public record ProposedPenalty(Long fineYuan, Long confiscationYuan, List<String> other, Extra extra) {
    public static final ProposedPenalty NONE = new ProposedPenalty(null, null, List.of(), Extra.NONE);
}
