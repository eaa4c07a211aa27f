package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.PartyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training material from a precedent whose party is a natural person (a company's principal
 * fined under 安全生产法 第九十四条): the copy names a pseudonymous person with his position, keeps
 * the provisions, the fine and the other sanction, and carries no place or agency of the original.
 * An unknown or unusable precedent and a wrong target are refused with nothing written.
 */
class PersonPrecedentMaterialTest {
    @TempDir
    Path tmp;

    @Test
    void aPrincipalFinedAsAPersonBecomesAPersonParty() throws Exception {
        Path out = tmp.resolve("case-049.jrcase");
        Anonymizer.Result r = TrainingMaterial.build("CASE-049", out, Progress.NONE);
        assertThat(r.file()).isEqualTo(out.toAbsolutePath().normalize());
        Dossier d = HostileDossierAnonymizerTest.readManifest(out);
        assertThat(d.caseInfo().caseNumber()).isEqualTo("培训案例-CASE-049");
        assertThat(d.parties()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PartyKind.PERSON);
            assertThat(p.position()).isEqualTo("主要负责人");
        });
        assertThat(d.violations()).singleElement().satisfies(v -> {
            assertThat(v.partyId()).isEqualTo(d.parties().get(0).id());
            assertThat(v.violatedProvision()).isEqualTo("《中华人民共和国安全生产法》第二十一条");
            assertThat(v.proposed().fineYuan()).isEqualTo(35000L);
            assertThat(v.proposed().other()).contains("责令限期改正");
            assertThat(v.facts()).contains("全员安全生产责任制");
        });
        HostileDossierAnonymizerTest.scanBytesFor(out, List.of("芜湖", "繁昌", "安徽"));
    }

    @Test
    void unknownOrUnusablePrecedentsAndBadTargetsAreRefused() throws Exception {
        Path out = tmp.resolve("x.jrcase");
        assertThatThrownBy(() -> TrainingMaterial.build("CASE-999", out, Progress.NONE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CASE-999");
        // CASE-016 states no fine: nothing to score a trainee against
        assertThatThrownBy(() -> TrainingMaterial.build("CASE-016", out, Progress.NONE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CASE-016");
        assertThatThrownBy(() -> TrainingMaterial.build("CASE-049", tmp.resolve("x.zip"), Progress.NONE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("x.zip");
        assertThatThrownBy(() -> TrainingMaterial.build("CASE-049", tmp, Progress.NONE))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> TrainingMaterial.build("CASE-049", null, Progress.NONE))
                .isInstanceOf(BadInputException.class);
        try (var s = Files.list(tmp)) {
            assertThat(s.toList()).isEmpty();
        }
    }
}
