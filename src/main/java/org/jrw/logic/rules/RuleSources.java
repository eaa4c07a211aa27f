package org.jrw.logic.rules;

import org.jrw.logic.jurisdiction.Region;
import org.jrw.logic.jurisdiction.RuleSource;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.checks.CheckConfig;
import org.jrw.logic.checks.CheckService;
import org.jrw.model.BadInputException;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.RuleSourceDao;
import org.jrw.persistence.Workspace;

/**
 * A workspace's rule sources (ADR 0070): its bureau's jurisdiction, the sources the bureau imported
 * (benchmark, no-penalty list, thresholds) and the built-in ones, each with jurisdiction, validity
 * and origin; and the check configuration they make for this workspace.
 */
public final class RuleSources {
    private final Workspace workspace;

    public RuleSources(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The bureau's jurisdiction as stored, if set. */
    public Optional<String> jurisdiction() {
        return workspace.db().withConnection(c -> RuleSourceDao.setting(c, RuleSourceDao.JURISDICTION));
    }

    /** Sets the bureau's jurisdiction (e.g. 陕西省西安市雁塔区); bad text names the problem and writes nothing. */
    public Region setJurisdiction(String text) {
        Region r = parseRegion(text, "");
        String label = r.label();
        String before = jurisdiction().orElse(null);
        workspace.db().inTransaction(c -> {
            RuleSourceDao.putSetting(c, RuleSourceDao.JURISDICTION, label);
            AuditDao.append(c, Audit.entry("workspace.jurisdiction", null, List.of(), before, label,
                    Map.of("jurisdiction", label)));
            return null;
        });
        Audit.writeHead(workspace);
        return r;
    }

    /**
     * A region from what the user typed: the whole country (全国) or a text that starts with the
     * divisions (省/市/区…) and has nothing else after them.
     */
    public static Region parseRegion(String text, String field) {
        String t = text == null ? "" : text.strip();
        Region r = Region.parse(t);
        boolean nationalName = List.of("全国", "中华人民共和国", "国家").contains(t);
        if (t.isEmpty() || (r.national() && !nationalName)
                || (!r.national() && !r.label().equals(t.replaceAll("\\s+", "")))
                || (!r.national() && r.province() != null && !PROVINCES.contains(r.province()))) {
            throw new BadInputException("rules.region.invalid", field, t);
        }
        return r;
    }

    /** The provincial-level divisions of the People's Republic of China (GB/T 2260). */
    static final List<String> PROVINCES = List.of("北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省",
            "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
            "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省",
            "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "台湾省", "香港特别行政区", "澳门特别行政区");

    /** The sources the bureau imported. */
    public List<RuleSource> imported() {
        return workspace.db().withConnection(RuleSourceDao::all).stream().map(CheckService::source).toList();
    }

    /** The check configuration of this workspace: its place and the imported sources. */
    public CheckConfig config() {
        return CheckService.configFor(workspace);
    }

    /**
     * Stores validated sources in one transaction, with the audit entry; all or nothing. A source
     * identical to one already imported (same kind, jurisdiction, validity and content) is refused,
     * naming the stored one: importing a file twice would list the same rules twice (ADR 0078).
     */
    public void store(List<RuleSource> sources, String origin) {
        String at = Timestamps.now();
        workspace.db().inTransaction(c -> {
            List<RuleSourceDao.Row> stored = RuleSourceDao.all(c);
            for (RuleSource s : sources) {
                String content = Json.write(s.content());
                String to = s.effectiveTo() == null ? null : s.effectiveTo().toString();
                for (RuleSourceDao.Row r : stored) {
                    if (r.kind().equals(s.kind()) && r.jurisdiction().equals(s.jurisdiction().label())
                            && r.effectiveFrom().equals(s.effectiveFrom().toString()) && java.util.Objects.equals(r.effectiveTo(), to)
                            && sameContent(r.content(), content)) {
                        throw new BadInputException("rules.import.duplicate", origin, r.name(), r.jurisdiction(),
                                r.effectiveFrom());
                    }
                }
                RuleSourceDao.insert(c, new RuleSourceDao.Row(s.id(), s.kind(), s.name(), s.jurisdiction().label(),
                        s.effectiveFrom().toString(), s.effectiveTo() == null ? null : s.effectiveTo().toString(),
                        s.origin(), at, Json.write(s.content())));
                AuditDao.append(c, Audit.entry("rules.import", null, List.of(s.id()), null, null,
                        Map.of("kind", s.kind(), "jurisdiction", s.jurisdiction().label(), "origin", origin)));
            }
            return null;
        });
        Audit.writeHead(workspace);
    }

    /**
     * Whether two stored contents hold the same rules: equal JSON trees, where an object's members
     * may come in any order (a thresholds file with its rows reordered holds the same values) and
     * a list's order counts (benchmark rules are tried in order).
     */
    private static boolean sameContent(String a, String b) {
        try {
            return Json.parse(a).equals(Json.parse(b));
        } catch (java.io.IOException e) {
            // unparsable JSON is never the same content
            return false;
        }
    }

    /** Every rule source with its jurisdiction, validity and origin: the bureau's imports first, then the built-in ones. */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleSource s : imported()) {
            out.add(describe(s, s.content().path("count").asInt()));
        }
        for (org.jrw.persistence.ImportedLawDao.Row r : workspace.db().withConnection(org.jrw.persistence.ImportedLawDao::all)) {
            out.add(describe(new RuleSource("law:" + r.lawId() + "@" + r.versionId(), RuleSource.LAW, "《" + r.title() + "》",
                    Region.parse(r.jurisdiction()), LocalDate.parse(r.effectiveFrom()),
                    r.effectiveTo() == null ? null : LocalDate.parse(r.effectiveTo()), r.origin(), false, null), 0));
        }
        out.addAll(BuiltInSources.describe());
        return out;
    }

    static Map<String, Object> describe(RuleSource s, int rules) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", s.id());
        m.put("kind", s.kind());
        m.put("name", s.name());
        m.put("jurisdiction", s.example() ? org.jrw.i18n.Messages.get("rules.jurisdiction.example") : s.jurisdiction().label());
        m.put("effectiveFrom", s.effectiveFrom() == null ? null : s.effectiveFrom().toString());
        m.put("effectiveTo", s.effectiveTo() == null ? null : s.effectiveTo().toString());
        m.put("origin", s.origin());
        m.put("example", s.example());
        m.put("rules", rules);
        return m;
    }

}
