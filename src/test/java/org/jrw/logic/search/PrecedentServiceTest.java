package org.jrw.logic.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, search, filters, facets, highlights, similar and index rebuild on the real corpus. */
class PrecedentServiceTest {
    @TempDir
    Path tmp;
    Workspace ws;
    PrecedentService service;

    static InputStreamReader corpus() {
        InputStream in = PrecedentServiceTest.class.getClassLoader().getResourceAsStream("content/precedents/cases.jsonl");
        assertThat(in).isNotNull();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void open() {
        Messages.setLanguage("zh");
        ws = Workspace.open(tmp.resolve("ws"));
        service = new PrecedentService(ws);
    }

    @AfterEach
    void close() {
        service.close();
        ws.close();
    }

    /** Hit ids in rank order with each hit's grouped near-duplicates after it. */
    private List<String> ids(SearchResult r) {
        return SearchEvaluation.ranked(r.hits());
    }

    @Test
    void importsTheCorpusIdempotently() {
        ImportReport r = service.importJsonl(corpus(), "cases.jsonl");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.imported()).isEqualTo(43);
        assertThat(service.count()).isEqualTo(43);
        ImportReport again = service.importJsonl(corpus(), "cases.jsonl");
        assertThat(again.imported()).isEqualTo(43);
        assertThat(service.count()).isEqualTo(43);
        assertThat(service.search(SearchQuery.of("").withLimit(100)).total()).isEqualTo(43);
    }

    @Test
    void badLinesAreRejectedWithReasonAndTheRestImported() {
        String good = "{\"id\":\"T-1\",\"facts_zh\":\"作业人员无证焊接\",\"industry\":\"工贸\",\"future\":{\"x\":1}}";
        String jsonl = String.join("\n",
                good,                                                      // 1 ok
                "{\"id\":\"T-2\",\"facts_zh\":\"缺括号\"",                   // 2 malformed
                "[1,2]",                                                   // 3 not an object
                "{\"facts_zh\":\"没有id\"}",                                // 4 no id
                "{\"id\":\"T-5\"}",                                        // 5 no facts
                "{\"id\":\"T-6\",\"facts_zh\":\"x\",\"penalty_unit_yuan\":\"五千\"}",   // 6 amount not a number
                "{\"id\":\"T-7\",\"facts_zh\":\"x\",\"penalty_unit_yuan\":-5}",       // 7 negative
                "{\"id\":\"T-8\",\"facts_zh\":\"x\",\"transferred_criminal\":\"是\"}", // 8 not boolean
                "{\"id\":\"T-9\",\"facts_zh\":\"x\",\"source_url\":\"ftp://a\"}",      // 9 bad url
                "{\"id\":\"T-1\",\"facts_zh\":\"重复\"}",                    // 10 duplicate id
                "",                                                        // 11 blank: ignored
                "{\"id\":\"T-12\",\"facts_zh\":\"x\",\"id\":\"T-13\"}",       // 12 duplicate key
                "{\"id\":\"T-14\",\"facts_zh\":\"x\",\"region\":5}",          // 13 region not text
                "{\"id\":\"T-15\",\"facts_zh\":\"有限空间未辨识\",\"penalty_unit_yuan\":1000.50}"); // 14 ok
        ImportReport r = service.importJsonl(new StringReader(jsonl), "t.jsonl");
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.rejected()).extracting(ImportReport.Rejected::line)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13);
        assertThat(r.rejected().get(0).reason()).startsWith("不是有效的 JSON");
        assertThat(r.rejected().get(3).reason()).contains("facts_zh");
        assertThat(r.rejected().get(8).reason()).contains("T-1").contains("1");
        assertThat(service.count()).isEqualTo(2);
        // unknown fields are kept
        assertThat(service.find("T-1").orElseThrow().extra().get("future")).isEqualTo(java.util.Map.of("x", 1));
        assertThat(service.find("T-15").orElseThrow().penaltyUnitYuan()).isEqualByComparingTo("1000.5");
    }

    @Test
    void allLinesBadImportsNothing() {
        ImportReport r = service.importJsonl(new StringReader("not json\n{}\n"), "bad.jsonl");
        assertThat(r.imported()).isZero();
        assertThat(r.rejected()).hasSize(2);
        assertThat(service.count()).isZero();
    }

    @Test
    void weldingWithoutCertificateFindsTheWeldingCases() {
        service.importJsonl(corpus(), "cases.jsonl");
        SearchResult r = service.search(SearchQuery.of("无证焊接"));
        assertThat(ids(r).subList(0, 5)).contains("CASE-003", "CASE-027", "CASE-028", "CASE-046");
        Hit top = r.hits().get(0);
        assertThat(top.highlights()).isNotEmpty();
        assertThat(top.highlights().get(0)).contains("<em>");
        assertThat(r.facets().get("industry")).extracting(SearchResult.FacetCount::value).contains("工贸");
    }

    @Test
    void everydayWordsFindTheLockedExitCase() {
        service.importJsonl(corpus(), "cases.jsonl");
        assertThat(ids(service.search(SearchQuery.of("安全出口上锁")))).startsWith("CASE-001");
        assertThat(ids(service.search(SearchQuery.of("疏散通道堆放杂物")))).contains("CASE-002");
        assertThat(ids(service.search(SearchQuery.of("烟花爆竹 非法储存")))).contains("CASE-021", "CASE-022");
    }

    @Test
    void similarWeighsProvisionsAndOutcomeExplainsWhyAndSurfacesTransfersForCriminalIndicators() throws Exception {
        service.importJsonl(corpus(), "cases.jsonl");
        var ds = new org.jrw.logic.dossier.DossierService(ws);
        Path pkg = org.jrw.testing.TestPackages.valid().writeZip(tmp.resolve("weld.jrcase"));
        org.jrw.model.Dossier weld = ds.load(ds.importPackage(pkg, false, org.jrw.logic.task.Progress.NONE).caseId());
        List<Hit> similar = service.similar(weld, 10);
        System.out.println(similar.stream().map(h -> h.id() + " " + h.reasons()).toList());
        // the first ones state the penalty provision and a fine; one without either never comes first
        Hit top = similar.get(0);
        assertThat(top.penaltyUnitYuan()).isNotNull();
        assertThat(top.reasons()).anySatisfy(r -> assertThat(r).startsWith("处罚依据相同"));
        assertThat(similar).allSatisfy(h -> assertThat(h.reasons()).isNotEmpty());
        int firstIncomplete = indexOf(similar, h -> h.reasons().stream().anyMatch(r -> r.contains("未载明处罚依据或罚款") || r.contains("未载明处罚依据，") || r.contains("未载明罚款")));
        int lastCompleteSharing = lastIndexOf(similar, h -> h.reasons().stream().noneMatch(r -> r.contains("未载明处罚依据或罚款") || r.contains("未载明处罚依据，") || r.contains("未载明罚款"))
                && h.reasons().stream().anyMatch(r -> r.contains("依据相同") || r.contains("条款相同")));
        if (firstIncomplete >= 0) {
            assertThat(firstIncomplete).isGreaterThan(lastCompleteSharing);
        }

        var refused = org.jrw.testing.TestPackages.valid("西应急罚〔2024〕100号");
        var v = (com.fasterxml.jackson.databind.node.ObjectNode) refused.manifest.get("violations").get(0);
        v.put("facts", "该公司可燃气体报警装置长期关闭停用，因存在重大事故隐患被责令停止使用相关设施后拒不执行，擅自恢复生产。");
        v.put("violatedProvision", "《中华人民共和国安全生产法》第三十六条第二款");
        v.put("penaltyProvision", "《中华人民共和国安全生产法》第九十九条第三项");
        org.jrw.model.Dossier crime = ds.load(ds.importPackage(refused.writeZip(tmp.resolve("crime.jrcase")), false,
                org.jrw.logic.task.Progress.NONE).caseId());
        List<Hit> forCrime = service.similar(crime, 10);
        System.out.println(forCrime.stream().map(h -> h.id() + " " + h.reasons()).toList());
        assertThat(forCrime.subList(0, 3)).anySatisfy(h -> {
            assertThat(h.transferred()).isTrue();
            assertThat(h.reasons()).anySatisfy(r -> assertThat(r).contains("移送司法机关"));
        });
    }

    private static int indexOf(List<Hit> hits, java.util.function.Predicate<Hit> p) {
        for (int i = 0; i < hits.size(); i++) {
            if (p.test(hits.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<Hit> hits, java.util.function.Predicate<Hit> p) {
        int last = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (p.test(hits.get(i))) {
                last = i;
            }
        }
        return last;
    }

    @Test
    void aQueryNothingMatchesInFullSaysSoAndShowsNoLookAlikes() {
        service.importJsonl(corpus(), "cases.jsonl");
        // 隐瞒 (concealing) is not 隐患 (a hazard), and 事故 inside 事故隐患 is not an accident
        SearchResult concealed = service.search(SearchQuery.of("隐瞒事故").withLimit(50));
        assertThat(concealed.allWords()).isZero();
        assertThat(concealed.hits()).allSatisfy(h -> {
            assertThat(h.matchedAll()).isFalse();
            assertThat(h.facts()).doesNotContain("隐患");
        });
        // no 第九十七条第四项 case in the library: nothing is presented as matching, and the total
        // counts exactly what is shown
        SearchResult records = service.search(SearchQuery.of("未如实记录安全生产教育培训").withLimit(100));
        assertThat(records.allWords()).isZero();
        assertThat(records.hits()).noneMatch(Hit::matchedAll);
        assertThat(ids(records)).hasSize(records.total());
        assertThat(records.total()).isLessThan(15);
        // a word that matches: every hit says so
        SearchResult weld = service.search(SearchQuery.of("无证焊接"));
        assertThat(weld.hits().subList(0, 4)).allMatch(Hit::matchedAll);
    }

    @Test
    void transferConceptsFindEveryTransferredCaseThroughTheFlag() {
        service.importJsonl(corpus(), "cases.jsonl");
        List<String> transferred = service.search(SearchQuery.of("移送:是").withLimit(100)).hits().stream()
                .map(Hit::id).toList();
        assertThat(transferred).hasSizeGreaterThanOrEqualTo(5);
        SearchResult r = service.search(SearchQuery.of("移送公安机关 涉嫌犯罪").withLimit(100));
        assertThat(ids(r)).containsAll(transferred);
        assertThat(r.allWords()).isGreaterThanOrEqualTo(transferred.size());
        assertThat(r.hits().subList(0, transferred.size())).allMatch(Hit::matchedAll);
    }

    @Test
    void nearDuplicatesOfOnePublishedCaseAreOneEntry() {
        service.importJsonl(corpus(), "cases.jsonl");
        SearchResult r = service.search(SearchQuery.of("特种作业").withFilters(null, "上海", null).withLimit(100));
        assertThat(r.hits()).hasSize(1);
        assertThat(r.hits().get(0).duplicates()).hasSize(4);
        assertThat(r.total()).isEqualTo(5);
        // same notice but different facts (CASE-012 / CASE-013), or same facts from another notice: separate
        SearchResult beijing = service.search(SearchQuery.of("特种作业资格").withFilters(null, "北京", null).withLimit(100));
        assertThat(beijing.hits()).extracting(Hit::id).contains("CASE-012", "CASE-013");
        var a = service.find("CASE-004").orElseThrow();
        var b = service.find("CASE-006").orElseThrow();
        assertThat(NearDuplicates.same(a, b)).isTrue();
        var elsewhere = new org.jrw.model.PrecedentRecord("X-1", null, "https://example.org/other", "某市应急管理局(另一通报)",
                b.date(), b.region(), b.industry(), b.partyType(), b.facts(), b.violationBasis(), b.penaltyBasis(),
                b.penaltyUnitYuan(), null, null, false, null, null, org.jrw.model.Extra.NONE);
        assertThat(NearDuplicates.same(a, elsewhere)).isFalse();
    }

    @Test
    void conceptDataHasSourcesAndNoLookAlikeMembers() {
        assertThat(DomainSynonyms.CONCEPTS).hasSizeGreaterThan(30);
        for (DomainSynonyms.Concept c : DomainSynonyms.CONCEPTS) {
            assertThat(c.source()).as(c.label()).isNotBlank();
            for (String d : c.distinct()) {
                assertThat(c.terms()).as(c.label()).noneMatch(t -> t.contains(d) || d.contains(t));
            }
        }
        var transfer = DomainSynonyms.find("移送公安机关").get(0).concept();
        assertThat(transfer.flagField()).isEqualTo("transferred");
        var concealed = DomainSynonyms.find("瞒报").get(0).concept();
        assertThat(concealed.provisions()).extracting(Provision::articleId).contains("安全生产法第110条");
        assertThat(DomainSynonyms.find("事故隐患")).noneMatch(m -> m.concept() == concealed);
    }

    @Test
    void filtersRestrictResults() {
        service.importJsonl(corpus(), "cases.jsonl");
        SearchResult all = service.search(SearchQuery.of("特种作业").withLimit(100));
        SearchResult shanghai = service.search(SearchQuery.of("特种作业").withFilters(null, "上海", null).withLimit(100));
        assertThat(ids(shanghai)).containsExactlyInAnyOrder("CASE-004", "CASE-005", "CASE-006", "CASE-007", "CASE-008");
        assertThat(all.total()).isGreaterThan(shanghai.total());
        SearchResult fireworks = service.search(SearchQuery.of("").withFilters("烟花爆竹", null, null).withLimit(100));
        assertThat(ids(fireworks)).containsExactlyInAnyOrder("CASE-018", "CASE-019", "CASE-021", "CASE-022", "CASE-045");
        // the three spellings of one provision select the same cases
        List<String> a = ids(service.search(SearchQuery.of("").withFilters(null, null, "第九十七条第(七)项").withLimit(100)));
        List<String> b = ids(service.search(SearchQuery.of("").withFilters(null, null, "第九十七条第一款第七项").withLimit(100)));
        List<String> c = ids(service.search(SearchQuery.of("").withFilters(null, null, "97条7项").withLimit(100)));
        assertThat(a).contains("CASE-003", "CASE-030", "CASE-046").doesNotContain("CASE-001").hasSize(b.size());
        assertThat(b).containsExactlyInAnyOrderElementsOf(a);
        assertThat(c).containsExactlyInAnyOrderElementsOf(a);
        // 2014 numbering: 第九十六条 (2014) is 第九十九条 now
        assertThat(ids(service.search(SearchQuery.of("").withFilters(null, null, "安全生产法第九十九条").withLimit(100))))
                .contains("CASE-023", "CASE-024", "CASE-034", "CASE-035");
        // field prefixes in the query box
        assertThat(ids(service.search(SearchQuery.of("行业:烟花爆竹 移送:是").withLimit(100))))
                .containsExactlyInAnyOrder("CASE-019", "CASE-022");
        assertThat(ids(service.search(SearchQuery.of("特种作业 -上海 年份:2023").withLimit(100))))
                .doesNotContain("CASE-004", "CASE-011").contains("CASE-003");
    }

    @Test
    void facetsCountAllMatches() {
        service.importJsonl(corpus(), "cases.jsonl");
        SearchResult r = service.search(SearchQuery.of("").withLimit(1));
        assertThat(r.total()).isEqualTo(43);
        assertThat(r.facets()).containsKeys("industry", "region", "year", "provision", "fine", "transferred");
        assertThat(r.facets().get("region")).contains(new SearchResult.FacetCount("上海市", 5));
        assertThat(r.facets().get("provision")).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("安全生产法第97条");
            assertThat(f.count()).isGreaterThanOrEqualTo(14);
        });
        int sum = r.facets().get("transferred").stream().mapToInt(SearchResult.FacetCount::count).sum();
        assertThat(sum).isEqualTo(43);
    }

    @Test
    void sortsByAmountAndDate() {
        service.importJsonl(corpus(), "cases.jsonl");
        List<Hit> byAmount = service.search(SearchQuery.of("").withSort(SearchQuery.Sort.AMOUNT).withLimit(3)).hits();
        assertThat(byAmount.get(0).id()).isEqualTo("CASE-032");
        List<Hit> byDate = service.search(SearchQuery.of("").withSort(SearchQuery.Sort.DATE).withLimit(1)).hits();
        assertThat(byDate.get(0).id()).isEqualTo("CASE-022");
    }

    @Test
    void searchWithinResults() {
        service.importJsonl(corpus(), "cases.jsonl");
        SearchResult r = service.search(SearchQuery.of("焊接").within(List.of("举报")).withLimit(100));
        assertThat(ids(r)).contains("CASE-003", "CASE-046").doesNotContain("CASE-027", "CASE-028");
    }

    @Test
    void rebuildsFromTheDatabaseWhenTheIndexIsDeletedOrDamaged() throws IOException {
        service.importJsonl(corpus(), "cases.jsonl");
        service.close();
        PrecedentIndex.deleteTree(ws.indexDir().resolve(PrecedentIndex.FOLDER));
        PrecedentService fresh = new PrecedentService(ws);
        assertThat(fresh.search(SearchQuery.of("无证焊接")).hits()).isNotEmpty();
        assertThat(fresh.rebuiltOnOpen()).isTrue();
        fresh.close();
        // damage every file of the index
        try (var s = Files.list(ws.indexDir().resolve(PrecedentIndex.FOLDER))) {
            for (Path p : s.toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        PrecedentService again = new PrecedentService(ws);
        assertThat(again.search(SearchQuery.of("").withLimit(100)).total()).isEqualTo(43);
        assertThat(again.rebuiltOnOpen()).isTrue();
        again.close();
        PrecedentService intact = new PrecedentService(ws);
        intact.ensureIndex();
        assertThat(intact.rebuiltOnOpen()).isFalse();
        intact.close();
    }

    @Test
    void similarCasesShareFactsAndProvisionsAndAPromotedCaseBecomesSearchable() throws Exception {
        service.importJsonl(corpus(), "cases.jsonl");
        var ds = new org.jrw.logic.dossier.DossierService(ws);
        Path pkg = org.jrw.testing.TestPackages.valid().writeZip(tmp.resolve("in.jrcase"));
        org.jrw.model.Dossier d = ds.load(ds.importPackage(pkg, false, org.jrw.logic.task.Progress.NONE).caseId());
        List<Hit> similar = service.similar(d, 5);
        assertThat(similar.stream().map(Hit::id).toList().subList(0, 4))
                .containsAnyOf("CASE-027", "CASE-028", "CASE-046", "CASE-003");
        assertThat(similar.get(0).sharedProvisions()).contains("《安全生产法》第九十七条第七项");
        assertThat(similar.get(0).matchedTerms()).isNotEmpty();

        // a case without its 行政处罚决定书 is not a precedent yet; with it, it is the bureau's own
        assertThatThrownBy(() -> service.addCase(d)).isInstanceOf(BadInputException.class);
        assertThat(service.count()).isEqualTo(43);
        var decidedPkg = org.jrw.logic.exchange.PrecedentSetsTest.decided("西应急罚〔2024〕21号");
        org.jrw.model.Dossier decided = ds.load(ds.importPackage(decidedPkg.writeZip(tmp.resolve("decided.jrcase")), false,
                org.jrw.logic.task.Progress.NONE).caseId());
        var promoted = service.addCase(decided);
        assertThat(service.count()).isEqualTo(44);
        assertThat(service.search(SearchQuery.of("熔化焊接").withLimit(50)).hits()).extracting(Hit::id)
                .contains(promoted.id());
        // the case's own precedent is not offered as similar to itself
        assertThat(service.similar(decided, 50)).extracting(Hit::id).doesNotContain(promoted.id());

        service.addReference(d.caseId(), "CASE-027", "情节相同");
        assertThatThrownBy(() -> service.addReference(d.caseId(), "NOPE", null)).isInstanceOf(BadInputException.class);
    }

    @Test
    void resultDetailHasTheCitedArticlesText() {
        service.importJsonl(corpus(), "cases.jsonl");
        Hit h = service.search(SearchQuery.of("").withFilters(null, null, "97条7项").withLimit(1)).hits().get(0);
        var texts = service.citedArticles(h);
        assertThat(texts).containsKey("《安全生产法》第九十七条第七项");
        assertThat(texts.get("《安全生产法》第九十七条第七项")).startsWith("第九十七条").contains("（七）").contains("特种作业");
        assertThat(texts.get("《安全生产法》第三十条第一款")).startsWith("第三十条");
    }

    /** One total and one score per precedent, whatever the limit; punctuation alone finds nothing. */
    @Test
    void theTotalAndTheScoresDoNotDependOnTheLimit() throws Exception {
        service.importJsonl(corpus(), "cases.jsonl");
        SearchResult one = service.search(SearchQuery.of("特种作业 无证上岗").withLimit(1));
        SearchResult ten = service.search(SearchQuery.of("特种作业 无证上岗").withLimit(10));
        SearchResult all = service.search(SearchQuery.of("特种作业 无证上岗").withLimit(100));
        assertThat(one.total()).isEqualTo(ten.total()).isEqualTo(all.total());
        assertThat(one.hits().get(0).id()).isEqualTo(ten.hits().get(0).id());
        assertThat(one.hits().get(0).score()).isEqualTo(ten.hits().get(0).score());
        assertThat(ids(all)).hasSize(all.total());
        assertThat(ten.hits()).extracting(Hit::id).containsExactlyElementsOf(all.hits().subList(0, 10).stream()
                .map(Hit::id).toList());
        // one character finds the words it is part of (焊接, 电焊)
        SearchResult weld = service.search(SearchQuery.of("焊").withLimit(100));
        assertThat(weld.total()).isGreaterThanOrEqualTo(3);
        assertThat(weld.hits()).allSatisfy(h -> {
            assertThat(h.facts()).contains("焊");
            assertThat(h.highlights().get(0)).contains("<em>焊</em>").doesNotContain("<em>得焊");
        });
        for (String q : List.of("，。！？", "!!!", "*", "((", "OR")) {
            assertThat(service.search(SearchQuery.of(q)).total()).as(q).isZero();
            assertThat(PrecedentService.hasTerms(q)).as(q).isFalse();
        }
        assertThat(PrecedentService.hasTerms("焊接")).isTrue();
        assertThat(PrecedentService.hasTerms("-焊接")).isTrue();
    }

    /** Every hit says what the case was and its title closes what it opens (不详(某省) regions). */
    @Test
    void everyHitHasAHighlightAndATidyTitle() throws Exception {
        service.importJsonl(corpus(), "cases.jsonl");
        for (SearchQuery q : List.of(SearchQuery.of("安全培训 未教育").withLimit(100),
                SearchQuery.of("").withFilters("工贸", null, null).withLimit(100))) {
            SearchResult r = service.search(q);
            assertThat(r.hits()).isNotEmpty();
            for (Hit h : r.hits()) {
                assertThat(h.highlights()).as(h.id()).isNotEmpty();
                assertThat(h.title().chars().filter(c -> c == '(' || c == '（').count()).as(h.title())
                        .isEqualTo(h.title().chars().filter(c -> c == ')' || c == '）').count());
                assertThat(h.title()).as(h.id()).doesNotStartWith("不详");
            }
        }
    }

    @Test
    void oddAndLongQueriesDoNotFail() throws Exception {
        service.importJsonl(corpus(), "cases.jsonl");
        StringBuilder longText = new StringBuilder();
        try (var r = new java.io.BufferedReader(corpus())) {
            r.lines().forEach(l -> longText.append(l, 0, Math.min(l.length(), 400)).append(' '));
        }
        for (String q : List.of("\"", "\"无证", "-", "OR", "OR 焊接", "行业:", ":", "a:b", "-焊接", "((焊接", "*", "焊接~2",
                "第条", "97条", "年份:2023-2024 焊接", "\u3000 \t ", "ＡＢＣ１２３", longText.toString())) {
            SearchResult r = service.search(SearchQuery.of(q));
            assertThat(r.total()).as(q).isGreaterThanOrEqualTo(0);
        }
        var ds = new org.jrw.logic.dossier.DossierService(ws);
        Path pkg = org.jrw.testing.TestPackages.valid().writeZip(tmp.resolve("in.jrcase"));
        org.jrw.model.Dossier d = ds.load(ds.importPackage(pkg, false, org.jrw.logic.task.Progress.NONE).caseId());
        var v = d.violations().get(0);
        var longViolation = new org.jrw.model.Violation(v.id(), v.partyId(), longText.toString(), v.violatedProvision(),
                v.penaltyProvision(), v.circumstances(), v.proposed(), v.extra());
        org.jrw.model.Dossier big = new org.jrw.model.Dossier(d.caseId(), d.formatVersion(), d.caseInfo(), d.parties(),
                d.officers(), List.of(longViolation), d.documents(), d.evidence(), d.extra());
        assertThat(service.similar(big, 10)).isNotEmpty();
    }

    @Test
    void aCancelledRebuildLeavesNothingHalfBuiltAndSearchStillWorks() {
        service.importJsonl(corpus(), "cases.jsonl");
        org.jrw.logic.task.Progress cancelled = new org.jrw.logic.task.Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> service.rebuildIndex(cancelled))
                .isInstanceOf(org.jrw.logic.task.CancelledException.class);
        assertThat(ws.indexDir().resolve(PrecedentIndex.FOLDER + ".new")).doesNotExist();
        assertThat(service.search(SearchQuery.of("无证焊接")).hits()).isNotEmpty();
    }

    @Test
    void anIndexBehindTheDatabaseIsBroughtUpToDate() {
        service.importJsonl(corpus(), "cases.jsonl");
        assertThat(service.search(SearchQuery.of("脚手架坍塌")).total()).isZero();
        try (PrecedentService other = new PrecedentService(ws)) {
            other.importJsonl(new StringReader("{\"id\":\"X-1\",\"facts_zh\":\"脚手架坍塌致一人受伤\"}"), "x.jsonl");
        }
        assertThat(service.search(SearchQuery.of("脚手架坍塌")).hits()).extracting(Hit::id).containsExactly("X-1");
    }

    @Test
    void badQueryInputIsRefused() {
        service.importJsonl(corpus(), "cases.jsonl");
        assertThatThrownBy(() -> service.search(SearchQuery.of("x").withLimit(0))).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> service.search(SearchQuery.of("x").withFilters(null, null, "没有条款")))
                .isInstanceOf(BadInputException.class);
    }
}
