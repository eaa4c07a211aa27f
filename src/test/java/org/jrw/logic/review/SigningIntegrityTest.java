package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before a member signs, every file of the case is re-hashed; an altered file stops the signing. */
class SigningIntegrityTest {
    @TempDir
    Path tmp;

    @Test
    void anAlteredEvidenceFileStopsTheSigning() throws Exception {
        Messages.setLanguage("zh");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            DemoContent.loadDemoDossier(ws, Progress.NONE);
            Dossier d = new DossierService(ws).list().stream().findFirst()
                    .map(c -> new DossierService(ws).load(c.caseId())).orElseThrow();
            ReviewService review = new ReviewService(ws);
            assertThatCode(() -> review.verifyEvidenceBeforeSigning(d.caseId())).doesNotThrowAnyException();
            Path f = ws.vault().pathOf(d.evidence().get(0).sha256());
            f.toFile().setWritable(true);
            Files.writeString(f, "altered");
            assertThatThrownBy(() -> review.verifyEvidenceBeforeSigning(d.caseId()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(d.evidence().get(0).id()).hasMessageContaining("不能签名");
        }
    }
}
