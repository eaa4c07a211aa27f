package org.jrw.logic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.Resolution;
import org.junit.jupiter.api.Test;

/** The 案卷评查 items cite the article that says what they score. */
class EvaluationBasisTest {
    @Test
    void archivingRestsOnTheArticleThatRequiresIt() {
        EvaluationModel.ItemDef archive = EvaluationModel.builtIn().items().stream()
                .filter(i -> i.id().equals("ARCHIVE")).findFirst().orElseThrow();
        String cited = archive.basis().split("；")[0];
        Resolution r = new CitationResolver(LawLibrary.builtIn()).resolve(cited, LocalDate.of(2024, 4, 16));
        assertThat(r.found()).as(cited).isTrue();
        // 第四十七条: 全过程记录，归档保存 (第六十七条, cited before, separates fines from their collection)
        assertThat(r.text()).contains("归档");
    }
}
