package org.jrw.gui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jrw.logic.settings.Preferences;

/**
 * Small things the workbench remembers across restarts in the preferences' extra fields, one map
 * per group ({@code lastFolders}: purpose → folder; {@code keystores}: member name → PKCS#12 file).
 * Never a password. Written in the background (the preferences file is I/O), each write merged
 * into the preferences as they are when it runs, so two groups written at once both stay.
 */
public final class Remembered {
    private static final java.util.concurrent.ExecutorService SAVER = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "jrw-remembered");
                t.setDaemon(true);
                return t;
            });

    private Remembered() {
    }

    /** The remembered value of {@code item} in {@code group}, or null. */
    public static String get(AppContext ctx, String group, String item) {
        if (ctx == null || item == null) {
            return null;
        }
        Object all = ctx.preferences().extra().get(group);
        return all instanceof Map<?, ?> m && m.get(item) instanceof String s ? s : null;
    }

    /**
     * Waits (5 s at most) until every value queued so far is written: called when the services close, so a value
     * remembered just before (the last case opened) is not lost with the background writer when the program ends.
     */
    static void flush() {
        try {
            SAVER.submit(() -> { }).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // closing: keep the interrupt for the caller
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            java.util.logging.Logger.getLogger(Remembered.class.getName()).warning("remembered values not flushed: " + e);
        }
    }

    /** Remembers {@code value} for {@code item} in {@code group}; returns at once, saves in the background. */
    public static java.util.concurrent.Future<?> put(AppContext ctx, String group, String item, String value) {
        if (ctx == null || item == null || value == null || value.equals(get(ctx, group, item))) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return SAVER.submit(() -> {
            try {
                synchronized (ctx) {
                    Preferences p = ctx.preferences();
                    Map<String, Object> extra = new LinkedHashMap<>(p.extra());
                    Map<String, Object> items = new LinkedHashMap<>();
                    if (extra.get(group) instanceof Map<?, ?> m) {
                        m.forEach((k, v) -> items.put(String.valueOf(k), v));
                    }
                    items.put(item, value);
                    extra.put(group, items);
                    ctx.savePreferences(new Preferences(p.language(), p.uiScalePercent(), p.theme(), p.workspace(),
                            p.identity(), p.thresholds(), Map.copyOf(extra)));
                }
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(Remembered.class.getName()).warning(group + " not saved: " + e);
            }
        });
    }
}
