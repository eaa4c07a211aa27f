package org.jrw.bench;

/**
 * How long a fuzz target runs: {@code -Djrw.fuzz.runs=N} executions, or with
 * {@code -Djrw.fuzz.seconds=S} as many as fit in S seconds (the clock starts at the first
 * {@link #more} call, after the target's set-up); {@code -Djrw.fuzz.seed=S} fixes the seed.
 */
final class FuzzBudget {
    final int runs;
    final long seconds;
    final long seed;
    private long end;

    private FuzzBudget(int runs, long seconds, long seed) {
        this.runs = runs;
        this.seconds = seconds;
        this.seed = seed;
    }

    static FuzzBudget fromProperties(int defaultRuns) {
        return new FuzzBudget(Integer.getInteger("jrw.fuzz.runs", defaultRuns), Long.getLong("jrw.fuzz.seconds", 0L),
                Long.getLong("jrw.fuzz.seed", System.nanoTime()));
    }

    boolean timed() {
        return seconds > 0;
    }

    /** Whether another execution fits, {@code done} having run. */
    boolean more(int done) {
        if (!timed()) {
            return done < runs;
        }
        if (end == 0) {
            end = System.nanoTime() + seconds * 1_000_000_000L;
        }
        return System.nanoTime() < end;
    }

    /** " in S s" for a timed run, else nothing: for the result line. */
    String label() {
        return timed() ? " in " + seconds + " s" : "";
    }
}
