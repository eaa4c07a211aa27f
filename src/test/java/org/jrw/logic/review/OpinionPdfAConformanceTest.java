package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.Circumstances;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The opinion in the official layout (serif CJK faces, CFF subsets) is PDF/A-3b as veraPDF checks it. */
class OpinionPdfAConformanceTest {
    @Test
    void opinionIsPdfA3b() throws Exception {
        var r = OpinionContentTest.review(OpinionContentTest.agreeAllExcept(OpinionContentTest.view(ReviewPoint.DISCRETION,
                "m3", ViewKind.OBJECT, "应按下限处罚")), OpinionContentTest.REC);
        OpinionContent c = OpinionContent.build(OpinionContentTest.dossier(true, Circumstances.NONE), r, true,
                java.time.LocalDate.of(2026, 12, 7), OpinionContentTest.sources(List.of()));
        byte[] pdf = OpinionPdf.write(c.document(), c.slotsHeading(), c.slotsNote(), c.slots(),
                "{}".getBytes(StandardCharsets.UTF_8), true, "c1;v1", Map.of()).pdf();
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
             PDFAValidator v = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = v.validate(parser);
            List<String> failed = result.getTestAssertions().stream().filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + " " + t.getMessage()).distinct().toList();
            assertThat(failed).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
