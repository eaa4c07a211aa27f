package org.jrw.logic.search;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a precedent's source is shown (ADR 0103): by its publisher — the authority that published
 * or decided the case — never by the page it was read on, which is often a reprint or a mirror.
 * The collector's remarks in brackets (推定, 转载, 镜像页面 …) are research notes and are dropped.
 * A link is offered only to an official government site ({@code .gov.cn}).
 */
public final class Sources {
    private static final Pattern NOTE = Pattern.compile("[(（][^()（）]*(?:推定|转载|镜像|页面|摘录|公众号|不详)[^()（）]*[)）]");
    private static final Pattern LEADING_NOTE = Pattern.compile("^(?:不详|转载)[;；,，]?");

    private Sources() {
    }

    /** The publisher as a reader cites it, without the collector's notes; null when unknown. */
    public static String publisher(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return null;
        }
        String s = NOTE.matcher(publisher.strip()).replaceAll("");
        s = LEADING_NOTE.matcher(s.strip()).replaceAll("").strip();
        s = s.replace(";", "；").replaceAll("^[；,，\\s]+|[；,，\\s]+$", "");
        return s.isEmpty() ? null : s;
    }

    /** The source address when it is an official government site, else null (mirrors and reprints are not shown). */
    public static String officialUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).endsWith(".gov.cn") ? url.strip() : null;
        } catch (IllegalArgumentException e) {
            // not a URL: no source link
            return null;
        }
    }
}
