package org.jrw.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit anchors without the command line: the anchor of an empty history, anchors that are not
 * anchors, an altered anchor, an anchor of another workstation, and a read-only workspace that
 * cannot anchor at all.
 */
class AuditAnchorsTest {
    @TempDir
    Path tmp;

    @Test
    void theAnchorOfAnEmptyHistoryIsHeldAndAnAlteredOneIsNot() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            AuditAnchors.Anchor a = AuditAnchors.create(ws);
            assertThat(a.seq()).isZero();
            assertThat(a.hash()).isEqualTo(AuditDao.GENESIS);
            assertThat(AuditAnchors.signatureValid(a, WorkstationIdentity.existingCertificate(ws))).isTrue();

            AuditAnchors.Anchor moved = new AuditAnchors.Anchor(5, a.hash(), a.at(), a.certificateSha256(), a.signature());
            AuditAnchors.Anchor garbled = new AuditAnchors.Anchor(0, a.hash(), a.at(), a.certificateSha256(), "%%不是base64");
            Map<String, AuditAnchors.Anchor> files = new LinkedHashMap<>();
            files.put("意见书.pdf", a);
            files.put("moved.pdf", moved);
            files.put("garbled.pdf", garbled);
            AuditAnchors.Check c = AuditAnchors.check(ws, files);
            assertThat(c.problems()).containsExactly("seats.anchor.badSignature:moved.pdf",
                    "seats.anchor.badSignature:garbled.pdf");
            assertThat(c.anchors()).extracting(AuditAnchors.Found::held).containsExactly(true, false, false);
            assertThat(c.anchors()).extracting(AuditAnchors.Found::ours).containsExactly(true, true, true);
            assertThat(c.intact()).isFalse();
            assertThat(AuditAnchors.check(ws, Map.of("意见书.pdf", a)).intact()).isTrue();
        }
    }

    @Test
    void anAnchorOfAnotherWorkstationIsNotOursEvenWhereNoKeyExistsYet() {
        AuditAnchors.Anchor foreign;
        try (Workspace ws = Workspace.open(tmp.resolve("there"))) {
            foreign = AuditAnchors.create(ws);
        }
        try (Workspace here = Workspace.open(tmp.resolve("here"))) {
            assertThat(WorkstationIdentity.existingCertificate(here)).isNull();
            AuditAnchors.Check c = AuditAnchors.check(here, Map.of("a:b.pdf", foreign));
            assertThat(c.problems()).containsExactly(
                    "seats.anchor.otherKey:a：b.pdf:" + foreign.certificateSha256().substring(0, 16));
            assertThat(c.anchors().get(0).ours()).isFalse();
            assertThat(c.anchors().get(0).signatureValid()).isFalse();
        }
    }

    @Test
    void onlyAMapOfTheAnchorFormatWithANumberedSequenceIsAnAnchor() {
        AuditAnchors.Anchor a = new AuditAnchors.Anchor(7, "h", "2026-01-01T00:00:00Z", "sha", "sig");
        assertThat(AuditAnchors.fromJson(a.toJson())).isEqualTo(a);
        assertThat(AuditAnchors.fromMap(null)).isNull();
        Map<String, Object> other = new LinkedHashMap<>(a.toMap());
        other.put("format", "something-else");
        assertThat(AuditAnchors.fromMap(other)).isNull();
        Map<String, Object> textSeq = new LinkedHashMap<>(a.toMap());
        textSeq.put("seq", "7");
        assertThat(AuditAnchors.fromMap(textSeq)).isNull();
        assertThat(AuditAnchors.fromJson("{not json")).isNull();
    }

    @Test
    void aReadOnlyWorkspaceWritesNoAnchor() {
        Path dir = tmp.resolve("ro");
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(AuditAnchors.createIfWritable(ws)).isNotNull();
        }
        try (Workspace ro = Workspace.openReadOnly(dir)) {
            assertThat(ro.readOnly()).isTrue();
            assertThat(AuditAnchors.createIfWritable(ro)).isNull();
        }
    }
}
