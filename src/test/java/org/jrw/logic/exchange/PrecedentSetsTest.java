package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.search.BureauCases;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.PrecedentService;
import org.jrw.logic.search.SearchQuery;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.PrecedentRecord;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bureau's own decisions as precedents, and signed precedent sets between bureaus. */
public class PrecedentSetsTest {
    @TempDir
    Path tmp;

    /** The test package with a 行政处罚决定书 (number, date, fine). */
    public static TestPackages.Pkg decided(String caseNumber) {
        TestPackages.Pkg pkg = TestPackages.valid(caseNumber);
        byte[] content = "%PDF-1.4 fake 行政处罚决定书".getBytes(StandardCharsets.UTF_8);
        pkg.files.put("files/09-决定书.pdf", content);
        ObjectNode d = ((ArrayNode) pkg.manifest.get("documents")).addObject();
        d.put("id", "d9");
        d.put("type", "PENALTY_DECISION");
        d.put("title", "行政处罚决定书");
        d.put("number", "西应急罚〔2024〕21号");
        d.put("date", "2024-05-06");
        d.put("file", "files/09-决定书.pdf");
        d.put("sha256", Vault.hash(content));
        d.putObject("states").put("fineYuan", 20000);
        return pkg;
    }

    @Test
    void aDecidedCaseBecomesTheBureausOwnPrecedentAndTravelsSigned() throws Exception {
        Path set = tmp.resolve("out/本局案例.jsonl");
        try (Workspace ws = Workspace.open(tmp.resolve("a")); PrecedentService s = new PrecedentService(ws)) {
            DossierService ds = new DossierService(ws);
            Dossier undecided = ds.load(ds.importPackage(TestPackages.valid().writeZip(tmp.resolve("u.jrcase")), false,
                    Progress.NONE).caseId());
            assertThatThrownBy(() -> s.addCase(undecided)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("行政处罚决定书");
            assertThat(s.count()).isZero();

            Dossier d = ds.load(ds.importPackage(decided("西应急罚〔2024〕21号").writeZip(tmp.resolve("d.jrcase")), false,
                    Progress.NONE).caseId());
            PrecedentRecord r = s.addCase(d);
            assertThat(r.publisher()).isEqualTo("西安市应急管理局");
            assertThat(r.date()).isEqualTo("2024-05-06");
            assertThat(r.penaltyBasis()).contains("第九十七条");
            assertThat(r.penaltyUnitYuan()).isEqualByComparingTo("20000");
            assertThat(r.partyType()).isEqualTo("单位");
            assertThat(r.extra().get(BureauCases.DECISION_NUMBER)).isEqualTo("西应急罚〔2024〕21号");
            assertThat(BureauCases.isOwn(r)).isTrue();
            Hit h = s.search(SearchQuery.of("熔化焊接")).hits().stream().filter(x -> x.id().equals(r.id())).findFirst()
                    .orElseThrow();
            assertThat(h.bureauCase()).isTrue();
            s.addCase(d); // again: replaced, not duplicated
            assertThat(s.count()).isEqualTo(1);

            var exported = new PrecedentSets(ws, s).export(set, false);
            assertThat(exported.records()).isEqualTo(1);
            assertThat(PrecedentSets.signatureOf(set)).exists();
        }
        // another bureau imports it: signed, and the case is theirs, not shown as the receiver's own
        try (Workspace ws = Workspace.open(tmp.resolve("b")); PrecedentService s = new PrecedentService(ws)) {
            var imported = new PrecedentSets(ws, s).importSet(set);
            assertThat(imported.signed()).isTrue();
            assertThat(imported.report().imported()).isEqualTo(1);
            PrecedentRecord got = s.records(false).get(0);
            assertThat(BureauCases.isBureauCase(got)).isTrue();
            assertThat(BureauCases.isOwn(got)).isFalse();
            assertThat(got.extra().get(BureauCases.RECEIVED_SHA256)).isEqualTo(imported.sha256());
            assertThat(s.search(SearchQuery.of("熔化焊接")).hits()).noneMatch(Hit::bureauCase);
        }
        // an altered set is refused whole
        Path altered = tmp.resolve("out/altered.jsonl");
        Files.writeString(altered, Files.readString(set).replace("20000", "2000"));
        Files.copy(PrecedentSets.signatureOf(set), PrecedentSets.signatureOf(altered));
        try (Workspace ws = Workspace.open(tmp.resolve("c")); PrecedentService s = new PrecedentService(ws)) {
            assertThatThrownBy(() -> new PrecedentSets(ws, s).importSet(altered))
                    .isInstanceOf(ExchangeVerificationException.class).hasMessageContaining("签名");
            assertThat(s.count()).isZero();
        }
    }
}
