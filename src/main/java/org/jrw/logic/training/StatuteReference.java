package org.jrw.logic.training;

import java.time.LocalDate;
import java.util.Optional;
import org.jrw.model.Circumstances;

/**
 * What exercise scoring needs from the law library: the text of a cited article, the statutory
 * fine range of a penalty provision for given circumstances, and the discretion benchmark's band.
 * The law library ({@code org.jrw.logic.law}) provides the real implementation; until it is
 * wired in, {@link #NONE} knows nothing and scoring falls back to the actual decision alone.
 */
public interface StatuteReference {
    /** A fine range in whole yuan (either end may be null when open). */
    record Range(Long minYuan, Long maxYuan, String basis) {
        public boolean contains(long v) {
            return (minYuan == null || v >= minYuan) && (maxYuan == null || v <= maxYuan);
        }
    }

    /** The text of the cited article, paragraph or item in force on {@code on}. */
    Optional<String> articleText(String citation, LocalDate on);

    /** The statutory range for the unit's fine under this penalty provision and these circumstances. */
    Optional<Range> statutoryRange(String penaltyProvision, Circumstances circumstances, LocalDate on);

    /** The discretion benchmark's band for these circumstances. */
    Optional<Range> benchmarkBand(String penaltyProvision, Circumstances circumstances, LocalDate on);

    /**
     * The provision a citation names, written however the trainee writes it (short law names,
     * Arabic numbers, with or without 《》 and 第), as {@code lawId|article|paragraph|item}
     * ({@code -} for none); empty when the library cannot resolve it.
     */
    default Optional<String> identify(String citation, LocalDate on) {
        return Optional.empty();
    }

    StatuteReference NONE = new StatuteReference() {
        @Override
        public Optional<String> articleText(String citation, LocalDate on) {
            return Optional.empty();
        }

        @Override
        public Optional<Range> statutoryRange(String p, Circumstances c, LocalDate on) {
            return Optional.empty();
        }

        @Override
        public Optional<Range> benchmarkBand(String p, Circumstances c, LocalDate on) {
            return Optional.empty();
        }
    };
}
