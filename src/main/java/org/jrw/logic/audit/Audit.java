package org.jrw.logic.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.Workspace;

/**
 * The audit trail (全过程留痕): every change is recorded in the same transaction as the change
 * itself, chained by hash. After each commit the head (entry count and last hash) is also written
 * to {@code audit.head} beside the database, so that cutting entries off the end is detected too.
 */
public final class Audit {
    public static final String HEAD_FILE = "audit.head";

    private Audit() {
    }

    /**
     * An entry for a change by the current {@link Actor}, now. Append it inside the transaction
     * that makes the change ({@code AuditDao.append(connection, entry)}), then call
     * {@link #writeHead} after the commit.
     */
    public static AuditDao.Entry entry(String action, String caseId, List<String> targets, String before,
                                       String after, Map<String, Object> details) {
        Actor a = Actor.current();
        return new AuditDao.Entry(Timestamps.now(), a.name(),
                a.role() == null ? null : a.role().name(), action, caseId,
                Json.write(targets == null ? List.of() : targets), before, after,
                Json.write(details == null ? Map.of() : details));
    }

    /** Records one change in its own transaction and moves the head. */
    public static void recordNow(Workspace ws, String action, String caseId, List<String> targets, String before,
                                 String after, Map<String, Object> details) {
        AuditDao.Entry e = entry(action, caseId, targets, before, after, details);
        ws.db().inTransaction(c -> AuditDao.append(c, e));
        writeHead(ws);
    }

    /** Writes {@code audit.head} from the database's last entry (after a commit). */
    public static void writeHead(Workspace ws) {
        List<AuditDao.Row> rows = ws.db().withConnection(c -> AuditDao.list(c, null, null));
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("entries", rows.size());
        head.put("hash", rows.isEmpty() ? AuditDao.GENESIS : rows.get(rows.size() - 1).hash());
        Path target = ws.dir().resolve(HEAD_FILE);
        try {
            org.jrw.persistence.AtomicFiles.write(target, Json.pretty(head).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the chain itself is intact; only tail truncation would go unnoticed until the next write
            System.getLogger("jrw.audit").log(System.Logger.Level.WARNING, "cannot write audit head: " + e);
        }
    }

    /** The outcome of {@link #verify}: entries checked, intact or not, and what is wrong. */
    public record Verification(int entries, boolean intact, List<String> problems) {
    }

    public static List<AuditDao.Row> list(Workspace ws, String caseId, String actor) {
        return ws.db().withConnection(c -> AuditDao.list(c, caseId, actor));
    }

    /** One entry of the trail as screens show it ({@code targets} and {@code details} are JSON text). */
    public record Line(long seq, String at, String actor, String role, String action, String caseId, String targets,
                       String details, String hash) {
    }

    /** As {@link #list}, as {@link Line}s (the GUI reads the trail without the persistence layer). */
    public static List<Line> lines(Workspace ws, String caseId, String actor) {
        return list(ws, caseId, actor).stream().map(r -> new Line(r.seq(), r.at(), r.actor(), r.role(), r.action(),
                r.caseId(), r.targets(), r.details(), r.hash())).toList();
    }

    /**
     * Re-computes the chain: sequence numbers without gaps, each entry's previous hash equal to
     * the hash of the entry before it, each hash equal to the hash of its content, and the head
     * file's entry present with the same hash.
     */
    public static Verification verify(Workspace ws) {
        List<AuditDao.Row> rows = list(ws, null, null);
        List<String> problems = new ArrayList<>();
        String prev = AuditDao.GENESIS;
        long expectedSeq = 1;
        for (AuditDao.Row r : rows) {
            if (r.seq() != expectedSeq) {
                problems.add("audit.problem.sequence:" + expectedSeq + ":" + r.seq());
            }
            if (!r.prevHash().equals(prev)) {
                problems.add("audit.problem.link:" + r.seq());
            }
            String h = AuditDao.hash(r.seq(), r.at(), r.actor(), r.role(), r.action(), r.caseId(), r.targets(),
                    r.beforeDigest(), r.afterDigest(), r.details(), r.prevHash());
            if (!h.equals(r.hash())) {
                problems.add("audit.problem.content:" + r.seq());
            }
            prev = r.hash();
            expectedSeq = r.seq() + 1;
        }
        Path headFile = ws.dir().resolve(HEAD_FILE);
        if (Files.isRegularFile(headFile)) {
            try {
                Map<String, Object> head = Json.readMap(Files.readString(headFile, StandardCharsets.UTF_8));
                int n = ((Number) head.get("entries")).intValue();
                String hash = String.valueOf(head.get("hash"));
                if (n > rows.size() || n > 0 && !rows.get(n - 1).hash().equals(hash)) {
                    problems.add("audit.problem.head:" + n + ":" + rows.size());
                }
            } catch (IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Audit.class).warn("audit head file unreadable", e);
                problems.add("audit.problem.headUnreadable");
            }
        } else if (!rows.isEmpty()) {
            problems.add("audit.problem.headMissing");
        }
        return new Verification(rows.size(), problems.isEmpty(), List.copyOf(problems));
    }
}
