package org.jrw.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as the workbench writes them (database, JSON, packages): ISO 8601 with the seconds
 * always present. {@code OffsetDateTime.toString()} leaves out {@code :00} seconds
 * ({@code 2026-12-07T03:44Z}), which strict readers ({@code Instant.parse}, other tools reading
 * our JSON) refuse and which sorts after {@code 03:44:30Z} as text.
 */
public final class Timestamps {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private Timestamps() {
    }

    /** Now in UTC to the second: {@code 2026-12-07T03:44:00Z}. */
    public static String nowSeconds() {
        return SECONDS.format(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Now in UTC to the millisecond, always three digits: {@code 2026-12-07T03:44:00.120Z}. */
    public static String nowMillis() {
        return MILLIS.format(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    /** Now in UTC as precisely as the clock gives it (seconds always written). */
    public static String now() {
        return format(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** A time with its offset, seconds always written, fractions only when there are any. */
    public static String format(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    /** A time with its offset to the millisecond, always three digits (for times compared as text). */
    public static String formatMillis(OffsetDateTime t) {
        return MILLIS.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * The zone every time is shown in (screens, audit, signatures, minutes): the workstation's.
     * Stored times keep their offset; only what is shown is converted.
     */
    public static java.time.ZoneId zone() {
        return java.time.ZoneId.systemDefault();
    }

    /**
     * A stored time (any ISO 8601 form with an offset) as the reader's local time in
     * {@code pattern} (e.g. {@code yyyy-MM-dd HH:mm}); the text as it is when it is not such a time,
     * {@code ""} for none.
     */
    public static String local(String iso, String pattern) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso.strip()).atZoneSameInstant(zone())
                    .format(DateTimeFormatter.ofPattern(pattern));
        } catch (java.time.DateTimeException e) {
            // not an ISO timestamp: shown as stored
            return iso;
        }
    }
}
