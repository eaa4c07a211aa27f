package org.jrw.logic.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManifestValidatorTest {
    @BeforeEach
    void zh() {
        Messages.setLanguage("zh");
    }

    private static List<String> errors(ObjectNode m) {
        return ManifestValidator.validate(m).errors().stream().map(Problem::message).toList();
    }

    @Test
    void theSpecExampleShapeIsValid() {
        assertThat(errors(TestPackages.valid().manifest)).isEmpty();
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        ObjectNode m = Json.object();
        m.put("format", "jrw-dossier");
        m.put("version", 1);
        m.putObject("case").put("caseNumber", "X1").put("title", "T");
        m.putArray("parties").addObject().put("id", "p1");
        assertThat(errors(m)).isEmpty();
        Dossier d = DossierCodec.read(m);
        assertThat(d.parties()).hasSize(1);
        assertThat(d.documents()).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsFieldPath() {
        ObjectNode m = TestPackages.valid().manifest;
        ((ObjectNode) m.get("case")).put("filedOn", "2024-13-01");
        ((ObjectNode) m.get("parties").get(1)).put("annualIncomeYuan", -5);
        ((ObjectNode) m.get("evidence").get(0)).putArray("proves").add("v2");
        List<String> e = errors(m);
        assertThat(e).hasSize(3);
        assertThat(e.get(0)).contains("case.filedOn").contains("2024-13-01");
        assertThat(e.get(1)).contains("parties[1].annualIncomeYuan");
        assertThat(e.get(2)).contains("evidence[0].proves[0]").contains("v2");
    }

    @Test
    void aFileReferenceOfTheWrongTypeIsOneProblemNotTwo() {
        ObjectNode m = TestPackages.valid().manifest;
        ((ObjectNode) m.get("evidence").get(0)).putArray("sha256");
        List<String> e = errors(m);
        assertThat(e).hasSize(1);
        assertThat(e.get(0)).contains("evidence[0].sha256").contains("必须是字符串");
        ((ObjectNode) m.get("evidence").get(0)).remove("sha256");
        assertThat(errors(m)).singleElement().asString().contains("缺少必填字段 evidence[0].sha256");
    }

    @Test
    void aViolationListedTwiceInProvesIsRefusedByName() {
        ObjectNode m = TestPackages.valid().manifest;
        com.fasterxml.jackson.databind.node.ArrayNode proves = (com.fasterxml.jackson.databind.node.ArrayNode)
                m.get("evidence").get(0).get("proves");
        proves.add(proves.get(0).asText());
        assertThat(errors(m)).singleElement().asString().contains("evidence[0].proves[1]").contains("重复引用");
    }

    @Test
    void aNewerVersionIsRefusedWithoutJudgingItsContent() {
        ObjectNode m = Json.object();
        m.put("format", "jrw-dossier");
        m.put("version", 2);
        assertThat(errors(m)).singleElement().asString().contains("版本 2");
    }

    @Test
    void unknownTypesAreWarningsNotErrors() {
        TestPackages.Pkg p = TestPackages.valid();
        p.doc(0).put("type", "SOMETHING_NEW");
        p.evidence(0).put("type", "传闻");
        ManifestValidator.Result r = ManifestValidator.validate(p.manifest);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).hasSize(2);
        Dossier d = DossierCodec.read(p.manifest);
        assertThat(d.documents().get(0).type()).isEqualTo(DocumentType.OTHER);
        assertThat(d.documents().get(0).typeCode()).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void codecWritesKnownFieldsInSpecOrderThenUnknownOnes() {
        TestPackages.Pkg p = TestPackages.valid();
        ObjectNode written = DossierCodec.write(DossierCodec.read(p.manifest));
        List<String> top = new java.util.ArrayList<>();
        written.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("format", "version", "case", "parties", "officers", "violations",
                "documents", "evidence", "futureTopLevel");
        assertThat(DossierCodec.write(DossierCodec.read(written))).isEqualTo(written);
    }
}
