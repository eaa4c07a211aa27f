package org.jrw.model;

/** One violation: who, the facts, the violated and the penalty provision, circumstances, penalty. */
public record Violation(
        String id,
        String partyId,
        String facts,
        String violatedProvision,
        String penaltyProvision,
        Circumstances circumstances,
        ProposedPenalty proposed,
        Extra extra) {
}
