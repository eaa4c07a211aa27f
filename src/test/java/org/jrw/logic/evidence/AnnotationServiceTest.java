package org.jrw.logic.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.persistence.Workspace;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations and evidence links on a real SQLite workspace. */
class AnnotationServiceTest {
    static final String CASE = "西应急罚〔2024〕56号";
    @TempDir
    Path tmp;
    Workspace ws;
    AnnotationService service;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(tmp.resolve("ws"));
        new DossierService(ws).importPackage(EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("p.jrcase")), false,
                Progress.NONE);
        service = new AnnotationService(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Annotation addRegion(String note, Role role) {
        return service.add(CASE, AnnotationService.Draft.region("d1", 1, new Annotation.Rect(72, 80, 200, 30),
                AnnotationKind.QUESTION, note, "王某", role, "西安市司法局"));
    }

    @Test
    void addedAnnotationIsStoredWithAllItsFields() {
        Annotation a = addRegion("这里的日期与立案审批表不一致", Role.LEGAL_ADVISER);
        List<Annotation> all = service.list(CASE);
        assertThat(all).containsExactly(a);
        Annotation b = all.get(0);
        assertThat(b.targetType()).isEqualTo(Annotation.TargetType.DOCUMENT);
        assertThat(b.targetSha256()).matches("[0-9a-f]{64}");
        assertThat(b.rects()).containsExactly(new Annotation.Rect(72, 80, 200, 30));
        assertThat(b.organisation()).isEqualTo("西安市司法局");
        assertThat(b.status()).isEqualTo(Annotation.Status.OPEN);
    }

    @Test
    void replyResolveEditDeleteRestore() {
        Annotation a = addRegion("疑点", Role.EXPERT);
        Annotation r = service.reply(a.id(), "已核实，日期为笔误", "李某", Role.OFFICER, null);
        assertThat(r.parentId()).isEqualTo(a.id());
        assertThat(r.targetId()).isEqualTo("d1");
        Annotation rr = service.reply(r.id(), "同意", "赵某", Role.CHAIR, null);
        assertThat(rr.parentId()).as("threads are flat under the first note").isEqualTo(a.id());

        assertThat(service.setStatus(a.id(), Annotation.Status.RESOLVED).status()).isEqualTo(Annotation.Status.RESOLVED);
        assertThat(service.get(a.id()).status()).isEqualTo(Annotation.Status.RESOLVED);
        service.edit(a.id(), "疑点（已改）", AnnotationKind.DEFECT);
        assertThat(service.get(a.id()).kind()).isEqualTo(AnnotationKind.DEFECT);

        List<Annotation> gone = service.delete(a.id());
        assertThat(gone).hasSize(3);
        assertThat(service.list(CASE)).isEmpty();
        service.restore(gone);
        assertThat(service.list(CASE)).extracting(Annotation::id).containsExactlyInAnyOrder(a.id(), r.id(), rr.id());
    }

    @Test
    void invalidDraftsWriteNothing() {
        assertThatThrownBy(() -> addRegion(" ", Role.CHAIR)).isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("annotation.note.blank");
        assertThatThrownBy(() -> service.add(CASE, AnnotationService.Draft.region("d1", 9,
                new Annotation.Rect(1, 1, 1, 1), null, "x", "a", Role.CHAIR, null)))
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("annotation.page.outOfRange");
        assertThatThrownBy(() -> service.add(CASE, new AnnotationService.Draft("d1", 1,
                List.of(new Annotation.Rect(1, 1, 1, 1)), null, null, 1.0, 2.0, null, "x", "a", Role.CHAIR, null)))
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("annotation.selector.mixed");
        assertThat(service.list(CASE)).isEmpty();
    }

    @Test
    void rectParsing() {
        assertThat(AnnotationService.parseRect(" 1, 2.5 ,3,4")).isEqualTo(new Annotation.Rect(1, 2.5, 3, 4));
        for (String bad : new String[] {"", "1,2,3", "1,2,3,4,5", "1,2,0,4", "-1,2,3,4", "NaN,1,1,1", "1,2,3,Infinity"}) {
            assertThatThrownBy(() -> AnnotationService.parseRect(bad)).as(bad).isInstanceOf(BadInputException.class);
        }
        assertThat(AnnotationService.parseTime("0,0")).containsExactly(0, 0);
        assertThatThrownBy(() -> AnnotationService.parseTime("-1,2")).isInstanceOf(BadInputException.class);
    }

    @Test
    void evidenceLinksAreEditedAndGapsFound() {
        EvidenceLinks links = new EvidenceLinks(ws);
        DossierService ds = new DossierService(ws);
        assertThat(EvidenceLinks.unlinkedEvidence(ds.load(CASE))).containsExactly("e2");
        assertThat(links.setLink(CASE, "e2", "v1", true)).containsExactly("v1");
        assertThat(EvidenceLinks.unlinkedEvidence(ds.load(CASE))).isEmpty();
        links.setLink(CASE, "e1", "v1", false);
        links.setLink(CASE, "e2", "v1", false);
        assertThat(EvidenceLinks.unprovenViolations(ds.load(CASE))).containsExactly("v1");
        assertThatThrownBy(() -> links.setLink(CASE, "e1", "v9", true)).isInstanceOf(BadInputException.class);
    }

    @Test
    void replacingImportKeepsAnnotationsWhoseTargetIsStillThereAndMarksChangedFiles() throws Exception {
        Annotation onPdf = addRegion("日期不一致", Role.LEGAL_ADVISER);
        Annotation reply = service.reply(onPdf.id(), "已核实", "李某", Role.OFFICER, null);
        Annotation onPhoto = service.add(CASE, AnnotationService.Draft.region("e1", null, new Annotation.Rect(10, 10, 50, 40),
                AnnotationKind.DEFECT, "照片无拍摄时间", "赵某", Role.EXPERT, null));
        Annotation onAudio = service.add(CASE, new AnnotationService.Draft("e2", null, List.of(), null, null, 0.5, 1.5,
                AnnotationKind.NOTE, "00:01 当事人陈述", "赵某", Role.CHAIR, null));
        String photoShaBefore = onPhoto.targetSha256();

        // the new version of the dossier: d1 unchanged, e1 another photo under the same id, e2 gone
        org.jrw.testing.TestPackages.Pkg p = org.jrw.testing.EvidenceFixtures.pkg(CASE);
        byte[] photo = org.jrw.testing.EvidenceFixtures.png(500, 300);
        p.files.put(p.evidence(0).get("file").asText(), photo);
        p.evidence(0).put("sha256", org.jrw.persistence.Vault.hash(photo));
        byte[] samePdf = java.nio.file.Files.readAllBytes(ws.vault().pathOf(onPdf.targetSha256()));
        p.files.put(p.doc(0).get("file").asText(), samePdf);
        p.doc(0).put("sha256", onPdf.targetSha256());
        ((com.fasterxml.jackson.databind.node.ArrayNode) p.manifest.get("evidence")).remove(1);
        p.files.remove("files/e2.wav");
        new DossierService(ws).importPackage(p.writeZip(tmp.resolve("p2.jrcase")), true, Progress.NONE);

        List<Annotation> after = service.list(CASE);
        assertThat(after).extracting(Annotation::id).containsExactlyInAnyOrder(onPdf.id(), reply.id(), onPhoto.id());
        assertThat(after).contains(onPdf, reply, onPhoto); // every field as it was, times and authors included
        assertThat(after).extracting(Annotation::id).doesNotContain(onAudio.id());
        var dossier = new DossierService(ws).load(CASE);
        String pdfSha = dossier.documents().get(0).sha256();
        String photoSha = dossier.evidence().stream().filter(e -> e.id().equals("e1")).findFirst().orElseThrow().sha256();
        assertThat(onPdf.onChangedFile(pdfSha)).isFalse();
        assertThat(photoSha).isNotEqualTo(photoShaBefore);
        assertThat(after.stream().filter(a -> a.id().equals(onPhoto.id())).findFirst().orElseThrow().onChangedFile(photoSha))
                .as("flagged: written on the earlier photo").isTrue();
        String details = ws.db().withConnection(c -> org.jrw.persistence.AuditDao.list(c, null, null)).stream()
                .filter(r -> r.action().equals("case.replace")).findFirst().orElseThrow().details();
        assertThat(details).contains("\"annotationsKept\":3", "\"annotationsOnChangedFiles\":1", "\"annotationsDropped\":1");
    }
}
