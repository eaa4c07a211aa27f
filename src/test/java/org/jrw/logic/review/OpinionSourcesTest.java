package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.i18n.Messages;
import org.jrw.model.Circumstances;
import org.jrw.persistence.PrecedentDao;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the opinion cites a precedent the panel referred to: publisher, what happened (cut short),
 * basis and fine; the id alone when the workspace does not hold it or cannot read it. And an
 * opinion for a case whose checks cannot run says so instead of reporting nothing found.
 */
class OpinionSourcesTest {
    @TempDir
    Path tmp;

    private Workspace ws;

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void store(String id, String json) {
        ws.db().inTransaction(c -> PrecedentDao.upsert(c, id, "test", "测试", null, json, "2026-12-07T08:00:00Z"));
    }

    @Test
    void aPrecedentIsCitedWithPublisherFactsBasisAndFineAndItsLibraryNumberLast() {
        store("CASE-003", "{\"id\":\"CASE-003\",\"publisher\":\"某市应急管理局；转载\",\"facts_zh\":\"某公司安排无证人员焊接\","
                + "\"penalty_basis\":\"《安全生产法》第九十七条\",\"penalty_unit_yuan\":20000.00}");
        assertThat(OpinionSources.describePrecedent(ws, "CASE-003"))
                .isEqualTo("某市应急管理局：某公司安排无证人员焊接（依据《安全生产法》第九十七条；罚款20000元；案例库编号CASE-003）");

        String longFacts = "甲".repeat(70);
        store("CASE-004", "{\"id\":\"CASE-004\",\"facts_zh\":\"" + longFacts + "\",\"penalty_person_yuan\":5000}");
        assertThat(OpinionSources.describePrecedent(ws, "CASE-004"))
                .isEqualTo("甲".repeat(60) + "…（罚款5000元；案例库编号CASE-004）");

        store("CASE-005", "{\"id\":\"CASE-005\",\"publisher\":\" \",\"facts_zh\":\"责令改正\"}");
        assertThat(OpinionSources.describePrecedent(ws, "CASE-005")).isEqualTo("责令改正（案例库编号CASE-005）");
    }

    @Test
    void aPrecedentNotHeldOrUnreadableIsCitedByItsIdAlone() {
        assertThat(OpinionSources.describePrecedent(ws, "CASE-404")).isEqualTo("典型案例（案例库编号CASE-404）");
        store("CASE-006", "{\"id\":\"CASE-006\",\"facts_zh\":\"\"}");
        assertThat(OpinionSources.describePrecedent(ws, "CASE-006")).isEqualTo("典型案例（案例库编号CASE-006）");
    }

    @Test
    void checksThatCannotRunLeaveTheFindingsUnknownNotEmpty() {
        OpinionContent.Sources src = OpinionSources.of(ws, OpinionContentTest.dossier(false, Circumstances.NONE));
        assertThat(src.findings()).isNull();
        assertThat(src.resolver()).isNotNull();
        assertThat(src.precedent().apply("CASE-404")).isEqualTo("典型案例（案例库编号CASE-404）");
    }
}
