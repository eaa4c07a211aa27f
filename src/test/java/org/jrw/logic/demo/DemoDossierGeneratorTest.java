package org.jrw.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.DocumentType;
import org.jrw.model.Evidence;
import org.jrw.model.EvidenceKind;
import org.jrw.model.Party;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated demo package and the committed {@code resources/demo/demo.jrcase}. */
class DemoDossierGeneratorTest {
    private static Map<String, byte[]> entries;
    private static Dossier dossier;

    @BeforeAll
    static void generate() throws IOException {
        byte[] zip = DemoDossierGenerator.toZip(new DemoDossierGenerator().generate());
        entries = unzip(zip);
        dossier = DossierCodec.read(Json.parse(entries.get("manifest.json")));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void manifestIsAV1DossierWithValidReferences() throws IOException {
        JsonNode root = Json.parse(entries.get("manifest.json"));
        assertThat(root.path("format").asText()).isEqualTo("jrw-dossier");
        assertThat(root.path("version").asInt()).isEqualTo(1);
        assertThat(dossier.caseInfo().caseNumber()).matches("西应急罚〔2024〕\\d+号");
        Set<String> partyIds = dossier.parties().stream().map(Party::id).collect(Collectors.toSet());
        dossier.violations().forEach(v -> assertThat(partyIds).contains(v.partyId()));
        Set<String> violationIds = dossier.violations().stream().map(v -> v.id()).collect(Collectors.toSet());
        dossier.evidence().forEach(e -> assertThat(violationIds).containsAll(e.proves()));
        assertThat(dossier.evidence()).allSatisfy(e -> assertThat(e.proves()).isNotEmpty());
        assertThat(dossier.documents()).allSatisfy(d -> assertThat(DocumentType.fromCode(d.typeCode())).isPresent());
        assertThat(dossier.officers()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(o -> assertThat(o.certificateNo()).matches("\\d{11}"));
    }

    @Test
    void everyListedFileIsPresentWithItsHash() {
        for (CaseDocument d : dossier.documents()) {
            assertThat(entries).containsKey(d.file());
            assertThat(DemoDossierGenerator.sha256(entries.get(d.file()))).isEqualTo(d.sha256());
        }
        for (Evidence e : dossier.evidence()) {
            assertThat(entries).containsKey(e.file());
            assertThat(DemoDossierGenerator.sha256(entries.get(e.file()))).isEqualTo(e.sha256());
        }
        assertThat(entries.keySet()).allSatisfy(p -> assertThat(p).doesNotContain("..").doesNotStartWith("/"));
    }

    @Test
    void identifiersPassTheirCheckAlgorithms() {
        for (Party p : dossier.parties()) {
            if (p.isUnit()) {
                assertThat(Identifiers.isValidCreditCode(p.creditCode())).as(p.creditCode()).isTrue();
                assertThat(p.creditCode().substring(2, 6)).isEqualTo("6101");
            } else {
                assertThat(Identifiers.isValidIdNumber(p.idNumber())).as(p.idNumber()).isTrue();
                assertThat(p.idNumber()).startsWith("6101");
            }
        }
        assertThat(dossier.parties()).anyMatch(Party::isUnit).anyMatch(p -> !p.isUnit());
        assertThat(Identifiers.isValidIdNumber(DemoCase.WORKER_ID)).isTrue();
    }

    @Test
    void datesFollowTheProcedure() {
        var c = dossier.caseInfo();
        LocalDate filed = c.filedOn();
        assertThat(c.discoveredOn()).isBeforeOrEqualTo(filed);
        assertThat(ChronoUnit.DAYS.between(c.discoveredOn(), filed)).isLessThanOrEqualTo(5);
        CaseDocument notice = one(DocumentType.PENALTY_NOTICE);
        CaseDocument decision = one(DocumentType.PENALTY_DECISION);
        CaseDocument statement = one(DocumentType.STATEMENT_RECORD);
        CaseDocument payment = one(DocumentType.PAYMENT_RECEIPT);
        CaseDocument closing = one(DocumentType.CLOSING_APPROVAL);
        CaseDocument report = one(DocumentType.INVESTIGATION_REPORT);
        CaseDocument review = one(DocumentType.LEGAL_REVIEW);

        dossier.documentsOf(DocumentType.INQUIRY_RECORD).forEach(d -> assertThat(d.date()).isAfterOrEqualTo(filed));
        assertThat(report.date()).isAfterOrEqualTo(filed).isBeforeOrEqualTo(review.date());
        assertThat(review.date()).isBeforeOrEqualTo(notice.date());
        assertThat(notice.deliveredOn()).isAfterOrEqualTo(notice.date()).isBefore(decision.date());
        // statement period: three days after service of the notice, before the decision
        assertThat(statement.date()).isAfterOrEqualTo(notice.deliveredOn()).isBefore(decision.date());
        assertThat(decision.date()).isAfter(notice.deliveredOn().plusDays(3));
        assertThat(ChronoUnit.DAYS.between(filed, decision.date())).isLessThanOrEqualTo(90);
        assertThat(ChronoUnit.DAYS.between(decision.date(), decision.deliveredOn())).isBetween(0L, 7L);
        assertThat(payment.date()).isAfterOrEqualTo(decision.deliveredOn())
                .isBeforeOrEqualTo(decision.deliveredOn().plusDays(15));
        for (CaseDocument d : dossier.documents()) {
            assertThat(d.date()).as(d.title()).isAfterOrEqualTo(c.discoveredOn()).isBeforeOrEqualTo(closing.date());
            if (d.type().served()) {
                assertThat(d.deliveredOn()).as(d.title() + " served").isNotNull().isAfterOrEqualTo(d.date());
            }
        }
    }

    @Test
    void fineIsConsistentAndWithinTheStatutoryRange() {
        long proposed = dossier.violations().get(0).proposed().fineYuan();
        assertThat(proposed).isBetween(10_000L, 50_000L).isLessThanOrEqualTo(100_000L);
        assertThat(one(DocumentType.PENALTY_NOTICE).statedLong("fineYuan")).isEqualTo(proposed);
        assertThat(one(DocumentType.PENALTY_DECISION).statedLong("fineYuan")).isEqualTo(proposed);
        assertThat(one(DocumentType.PAYMENT_RECEIPT).statedLong("paidYuan")).isEqualTo(proposed);
        assertThat(dossier.violations().get(0).violatedProvision()).endsWith("第三十条第一款");
        assertThat(dossier.violations().get(0).penaltyProvision()).endsWith("第九十七条第七项");
    }

    @Test
    void evidenceCoversSeveralStatutoryKinds() {
        Set<EvidenceKind> kinds = dossier.evidence().stream().map(e -> e.kind().orElseThrow())
                .collect(Collectors.toSet());
        assertThat(kinds).contains(EvidenceKind.DOCUMENTARY, EvidenceKind.PHYSICAL, EvidenceKind.AUDIOVISUAL,
                EvidenceKind.ELECTRONIC, EvidenceKind.WITNESS, EvidenceKind.PARTY_STATEMENT,
                EvidenceKind.INSPECTION_RECORD);
    }

    @Test
    void everyDocumentIsAPdfShowingItsTitle() throws IOException {
        assertThat(dossier.documents()).hasSizeGreaterThanOrEqualTo(13);
        for (CaseDocument d : dossier.documents()) {
            try (PDDocument pdf = Loader.loadPDF(entries.get(d.file()))) {
                assertThat(pdf.getNumberOfPages()).as(d.title()).isGreaterThanOrEqualTo(1);
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                assertThat(text).as(d.title()).contains(d.title());
                if (d.number() != null) {
                    assertThat(text).as(d.title()).contains(d.number());
                }
            }
        }
    }

    @Test
    void photosArePicturesNotBlankImages() throws IOException {
        int photos = 0;
        for (Evidence e : dossier.evidence()) {
            if (e.file().endsWith(".jpg") || e.file().endsWith(".png")) {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(entries.get(e.file())));
                assertThat(img).as(e.file()).isNotNull();
                Set<Integer> colours = new java.util.HashSet<>();
                for (int y = 0; y < img.getHeight(); y += 16) {
                    for (int x = 0; x < img.getWidth(); x += 16) {
                        colours.add(img.getRGB(x, y) & 0xF0F0F0);
                    }
                }
                assertThat(colours.size()).as(e.file()).isGreaterThan(20);
                photos++;
            }
        }
        assertThat(photos).isBetween(3, 5);
    }

    @Test
    void committedPackageEqualsAFreshGeneration() throws IOException {
        try (InputStream in = DemoDossierGenerator.class.getResourceAsStream(DemoDossierGenerator.CLASSPATH_RESOURCE)) {
            assertThat(in).as("committed " + DemoDossierGenerator.PROJECT_PATH).isNotNull();
            Map<String, byte[]> committed = unzip(in.readAllBytes());
            assertThat(committed.keySet()).isEqualTo(entries.keySet());
            // PDF bytes are reproducible in a fresh JVM only (iText's font selection keeps state
            // between documents, which can reorder font objects), so compare what the files say:
            // the manifest without the PDFs' hashes, and the text of every PDF.
            assertThat(withoutPdfHashes(committed.get("manifest.json")))
                    .as("regenerate with the command in resources/demo/README.md")
                    .isEqualTo(withoutPdfHashes(entries.get("manifest.json")));
            for (String name : entries.keySet()) {
                if (name.endsWith(".pdf")) {
                    assertThat(pdfText(committed.get(name))).as(name).isEqualTo(pdfText(entries.get(name)));
                } else if (!name.equals("manifest.json")) {
                    assertThat(committed.get(name)).as(name).isEqualTo(entries.get(name));
                }
            }
        }
    }

    private static CaseDocument one(DocumentType t) {
        assertThat(dossier.documentsOf(t)).as(t.name()).hasSize(1);
        return dossier.firstOf(t).orElseThrow();
    }

    private static String withoutPdfHashes(byte[] manifest) {
        String m = new String(manifest, java.nio.charset.StandardCharsets.UTF_8);
        return m.replaceAll("(\"file\"\\s*:\\s*\"[^\"]+\\.pdf\",\\s*\"sha256\"\\s*:\\s*)\"[0-9a-f]{64}\"", "$1\"…\"");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
    }
}
