package org.jrw.logic.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.CaseEditDao;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a stored case: validated first, one transaction with its audit entry, undo and redo. */
class CaseEditorTest {
    static final String VALID_CODE = credit("91610104MA6T0A2B");

    @TempDir
    Path tmp;
    Workspace ws;
    CaseEditor editor;
    String caseId;

    static String credit(String first16) {
        String first17 = first16 + Identifiers.orgCodeCheckChar(first16.substring(8, 16));
        return first17 + Identifiers.creditCodeCheckChar(first17);
    }

    @BeforeEach
    void setUp() throws Exception {
        Messages.setLanguage("zh");
        ws = Workspace.open(tmp.resolve("ws"));
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("in.jrcase"));
        caseId = new DossierService(ws).importPackage(pkg, false, Progress.NONE).caseId();
        editor = new CaseEditor(ws);
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    Dossier load() {
        return new DossierService(ws).load(caseId);
    }

    int auditEntries() {
        return Audit.list(ws, caseId, null).size();
    }

    int edits() {
        return ws.db().withConnection(c -> CaseEditDao.list(c, caseId)).size();
    }

    @Test
    void setsFieldsOfEveryKindInOneAuditedTransactionAndUndoesAndRedoesThem() {
        Dossier before = load();
        int audits = auditEntries();
        CaseEditor.Result r = editor.apply(caseId, List.of(
                new Edit.Set("case.title", "某某机械有限公司特种作业人员未持证上岗案"),
                new Edit.Set("parties[0].creditCode", VALID_CODE),
                new Edit.Set("violations[0].proposed.fineYuan", "3万"),
                new Edit.Set("violations[v1].circumstances.firstOffence", "是"),
                new Edit.Set("documents[d7].deliveredOn", "2024年4月12日"),
                new Edit.Set("documents[d7].states.fineYuan", "30000"),
                new Edit.Set("evidence[e1].collectedBy", "王某")));
        assertThat(r.changed()).isTrue();
        Dossier after = load();
        assertThat(after.caseInfo().title()).isEqualTo("某某机械有限公司特种作业人员未持证上岗案");
        assertThat(after.parties().get(0).creditCode()).isEqualTo(VALID_CODE);
        assertThat(after.violations().get(0).proposed().fineYuan()).isEqualTo(30000L);
        assertThat(after.violations().get(0).proposed().other()).containsExactly("责令限期改正");
        assertThat(after.violations().get(0).circumstances().firstOffence()).isTrue();
        assertThat(after.document("d7").orElseThrow().deliveredOn()).hasToString("2024-04-12");
        assertThat(after.document("d7").orElseThrow().statedLong("fineYuan")).isEqualTo(30000L);
        assertThat(after.evidenceItem("e1").orElseThrow().collectedBy()).isEqualTo("王某");
        // unknown fields are kept
        assertThat(after.caseInfo().extra().get("customCaseField")).isEqualTo("kept");
        assertThat(r.changes()).extracting(CaseEditor.Change::path).contains("case.title",
                "parties[p1].creditCode", "violations[v1].proposed.fineYuan", "documents[d7].deliveredOn");

        List<AuditDao.Row> rows = Audit.list(ws, caseId, null);
        assertThat(rows).hasSize(audits + 1);
        AuditDao.Row entry = rows.get(rows.size() - 1);
        assertThat(entry.action()).isEqualTo("case.edit");
        assertThat(entry.beforeDigest()).isEqualTo(CaseEditor.digest(before)).isNotEqualTo(entry.afterDigest());
        assertThat(entry.afterDigest()).isEqualTo(CaseEditor.digest(after));
        assertThat(entry.details()).contains("documents[d7].deliveredOn");
        assertThat(Audit.verify(ws).intact()).isTrue();

        assertThat(editor.canUndo(caseId)).isTrue();
        editor.undo(caseId);
        assertThat(CaseEditor.canonical(load())).isEqualTo(CaseEditor.canonical(before));
        assertThat(editor.canRedo(caseId)).isTrue();
        editor.redo(caseId);
        assertThat(CaseEditor.canonical(load())).isEqualTo(CaseEditor.canonical(after));
        assertThat(Audit.list(ws, caseId, null)).extracting(AuditDao.Row::action)
                .endsWith("case.edit", "case.edit.undo", "case.edit.redo");
        // a new edit after an undo drops the redo stack
        editor.undo(caseId);
        editor.apply(caseId, List.of(new Edit.Set("case.district", "碑林区")));
        assertThat(editor.canRedo(caseId)).isFalse();
        assertThatThrownBy(() -> editor.redo(caseId)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("没有可重做的修改");
    }

    @Test
    void anInvalidCreditCodeIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String wrong = VALID_CODE.substring(0, 17) + (VALID_CODE.charAt(17) == '0' ? '1' : '0');
        String before = CaseEditor.canonical(load());
        int audits = auditEntries();
        Map<String, String> disk = TestPackages.snapshot(ws.vault().root());
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.Set("case.title", "新名称"),
                new Edit.Set("parties[p1].creditCode", wrong))))
                .isInstanceOf(EditRejectedException.class)
                .satisfies(e -> {
                    List<FieldProblem> ps = ((EditRejectedException) e).problems();
                    assertThat(ps).hasSize(1);
                    assertThat(ps.get(0).path()).isEqualTo("parties[p1].creditCode");
                    assertThat(ps.get(0).message()).contains("当事人 p1 · 统一社会信用代码").contains(wrong)
                            .contains("GB 32100-2015");
                });
        assertThat(CaseEditor.canonical(load())).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(audits);
        assertThat(edits()).isZero();
        assertThat(TestPackages.snapshot(ws.vault().root())).isEqualTo(disk);
        // the fixture's own code is invalid already: that does not block editing another field
        editor.apply(caseId, List.of(new Edit.Set("case.district", "雁塔区")));
        assertThat(load().caseInfo().district()).isEqualTo("雁塔区");
    }

    @Test
    void badValuesPathsAndIdNumbersAreEachNamed() {
        assertThatThrownBy(() -> editor.apply(caseId, List.of(
                new Edit.Set("documents[d7].deliveredOn", "2024-13-01"),
                new Edit.Set("violations[v1].proposed.fineYuan", "两万"),
                new Edit.Set("parties[p9].name", "某"),
                new Edit.Set("parties[p1].colour", "红"),
                new Edit.Set("case.caseNumber", " "))))
                .isInstanceOf(EditRejectedException.class)
                .satisfies(e -> assertThat(((EditRejectedException) e).lines()).satisfiesExactly(
                        l -> assertThat(l).startsWith("documents[d7].deliveredOn").contains("送达日期")
                                .contains("不是有效日期"),
                        l -> assertThat(l).startsWith("violations[v1].proposed.fineYuan").contains("拟罚款金额"),
                        l -> assertThat(l).startsWith("parties[p9].name").contains("当事人 p9 不存在"),
                        l -> assertThat(l).startsWith("parties[p1].colour").contains("不是可编辑的字段"),
                        l -> assertThat(l).startsWith("case.caseNumber").contains("案号不能为空")));
        // once every value can be read, the identifiers are checked
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.Set("parties[p2].idNumber",
                "610104198002301234")))).isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("当事人 p2 · 公民身份号码“610104198002301234”未通过校验");
        assertThat(edits()).isZero();
    }

    @Test
    void datesMustKeepTheProcedureOrderAndProvisionsAndFinesAreCheckedAgainstTheLaw() {
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.Set("documents[d7].date", "2024-03-01"))))
                .isInstanceOf(EditRejectedException.class)
                .satisfies(e -> assertThat(((EditRejectedException) e).problems().get(0).path())
                        .isEqualTo("documents[d7]"))
                .hasMessageContaining("立案日期");
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.Set("documents[d7].deliveredOn", "2024-04-09"))))
                .isInstanceOf(EditRejectedException.class);
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.Set("case.filedOn", "2024-02-20"))))
                .isInstanceOf(EditRejectedException.class)
                .satisfies(e -> assertThat(((EditRejectedException) e).problems().get(0).path()).isEqualTo("case"));

        CaseEditor.Result ok = editor.apply(caseId,
                List.of(new Edit.Set("violations[v1].penaltyProvision", "安全生产法97条7项")));
        assertThat(ok.notes()).isEmpty();
        assertThat(load().violations().get(0).penaltyProvision()).isEqualTo("安全生产法97条7项");
        assertThatThrownBy(() -> editor.apply(caseId,
                List.of(new Edit.Set("violations[v1].penaltyProvision", "安全生产法第九百条"))))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("处罚依据")
                .hasMessageContaining("第九百条");
        assertThatThrownBy(() -> editor.apply(caseId,
                List.of(new Edit.Set("violations[v1].violatedProvision", "未取得操作证"))))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("没有可识别的条文");
        // 第九十七条: a unit is fined up to 100 000 yuan
        assertThatThrownBy(() -> editor.apply(caseId,
                List.of(new Edit.Set("violations[v1].proposed.fineYuan", "200000"))))
                .isInstanceOf(EditRejectedException.class)
                .satisfies(e -> assertThat(((EditRejectedException) e).problems().get(0).path())
                        .isEqualTo("violations[v1].proposed.fineYuan"))
                .hasMessageContaining("上限");
        editor.apply(caseId, List.of(new Edit.Set("violations[v1].proposed.fineYuan", "100000")));
        assertThat(load().violations().get(0).proposed().fineYuan()).isEqualTo(100000L);
    }

    @Test
    void addsAndRemovesPartiesOfficersAndViolationsLinksEvidenceAndReordersDocuments() {
        CaseEditor.Result r = editor.apply(caseId, List.of(
                new Edit.Add("violations", Map.of("partyId", "p2", "facts", "未履行安全生产管理职责",
                        "violatedProvision", "《中华人民共和国安全生产法》第二十一条")),
                new Edit.Add("officers", Map.of("name", "钱某", "certificateNo", "61010000789")),
                new Edit.Add("parties", Map.of("kind", "个人", "name", "孙某"))));
        assertThat(r.added()).containsEntry("violations[v2]", "v2").containsEntry("parties[p3]", "p3")
                .containsEntry("officers[2]", "2");
        Dossier d = load();
        assertThat(d.violations()).extracting(v -> v.id()).containsExactly("v1", "v2");
        assertThat(d.party("p3").orElseThrow().isUnit()).isFalse();
        assertThat(d.officers()).hasSize(3);

        editor.apply(caseId, List.of(new Edit.Link("e1", "v2", true)));
        assertThat(load().evidenceItem("e1").orElseThrow().proves()).containsExactly("v1", "v2");
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.Remove("parties[p2]"))))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("违法行为 v2");
        editor.apply(caseId, List.of(new Edit.Remove("violations[v2]"), new Edit.Remove("parties[p2]"),
                new Edit.Remove("officers[2]")));
        d = load();
        assertThat(d.evidenceItem("e1").orElseThrow().proves()).containsExactly("v1");
        assertThat(d.parties()).extracting(p -> p.id()).containsExactly("p1", "p3");
        assertThat(d.officers()).hasSize(2);
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.Link("e1", "v7", true))))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("违法行为 v7 不存在");

        CaseEditor.Result moved = editor.apply(caseId, List.of(new Edit.Move("documents", "d7", 0)));
        assertThat(load().documents()).extracting(x -> x.id()).containsExactly("d7", "d1");
        assertThat(moved.changes()).extracting(CaseEditor.Change::path).containsExactly("documents order");
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.Move("documents", "d7", 5))))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("超出范围");
    }

    @Test
    void replacingAFileKeepsTheOldVersionInTheVaultAndTheHistoryAcrossReopening() throws Exception {
        String oldSha = load().document("d7").orElseThrow().sha256();
        Path newFile = tmp.resolve("告知书（更正）.pdf");
        Files.writeString(newFile, "%PDF-1.4 corrected notice");
        String newSha = Vault.hash(newFile);
        CaseEditor.Result r = editor.apply(caseId, List.of(new Edit.ReplaceFile("documents[d7]", newFile)));
        assertThat(r.changes()).extracting(CaseEditor.Change::path)
                .contains("documents[d7].file", "documents[d7].sha256");
        assertThat(load().document("d7").orElseThrow().sha256()).isEqualTo(newSha);
        assertThat(load().document("d7").orElseThrow().file()).isEqualTo("files/告知书（更正）.pdf");
        List<CaseEditDao.FileVersion> history = editor.history(caseId).files();
        assertThat(history).singleElement().satisfies(v -> {
            assertThat(v.itemId()).isEqualTo("d7");
            assertThat(v.sha256()).isEqualTo(oldSha);
            assertThat(v.replacedBySha256()).isEqualTo(newSha);
        });
        assertThat(ws.db().withConnection(CaseDao::referencedHashes)).contains(oldSha, newSha);
        assertThatThrownBy(() -> editor.apply(caseId, List.of(new Edit.ReplaceFile("documents[d7]", newFile))))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("内容相同");
        assertThatThrownBy(() -> editor.apply(caseId,
                List.of(new Edit.ReplaceFile("documents[d7]", tmp.resolve("missing.pdf")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("不存在");

        ws.close();
        ws = Workspace.open(tmp.resolve("ws")); // opening removes vault files nothing refers to
        editor = new CaseEditor(ws);
        assertThat(ws.vault().contains(oldSha)).isTrue();
        assertThat(ws.vault().contains(newSha)).isTrue();
        editor.undo(caseId);
        assertThat(load().document("d7").orElseThrow().sha256()).isEqualTo(oldSha);
        assertThat(editor.history(caseId).files()).hasSize(2);
        assertThat(org.jrw.logic.integrity.WorkspaceCheck.run(ws, Progress.NONE).faults()).isEmpty();
    }

    @Test
    void aDraftIsConfirmedOnlyWhenComplete() {
        editor.markDraft(caseId);
        assertThat(load().caseInfo().draft()).isTrue();
        editor.apply(caseId, List.of(new Edit.Set("case.agency", "")));
        assertThatThrownBy(() -> editor.confirm(caseId)).isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("草稿未确认")
                .satisfies(e -> assertThat(((EditRejectedException) e).problems()).extracting(FieldProblem::path)
                        .contains("case.agency", "parties[p1].creditCode", "parties[p2].idNumber"));
        assertThat(load().caseInfo().draft()).isTrue();
        editor.apply(caseId, List.of(new Edit.Set("case.agency", "西安市应急管理局"),
                new Edit.Set("parties[p1].creditCode", VALID_CODE),
                new Edit.Set("parties[p2].idNumber", idNumber("61010319800506231"))));
        CaseEditor.Result r = editor.confirm(caseId);
        assertThat(r.draft()).isFalse();
        assertThat(load().caseInfo().draft()).isFalse();
        assertThat(Audit.list(ws, caseId, null)).extracting(AuditDao.Row::action).contains("case.draft", "case.confirm");
    }

    static String idNumber(String first17) {
        return first17 + Identifiers.idNumberCheckChar(first17);
    }

    @Test
    void undoIsRefusedWhenTheCaseWasReplacedInBetween() throws Exception {
        editor.apply(caseId, List.of(new Edit.Set("case.district", "碑林区")));
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("again.jrcase"));
        new DossierService(ws).importPackage(pkg, true, Progress.NONE);
        assertThatThrownBy(() -> editor.undo(caseId)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("不能撤销");
        assertThat(load().caseInfo().district()).isEqualTo("莲湖区");
    }
}
