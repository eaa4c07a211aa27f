package org.jrw.gui.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.Article;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.LawText;
import org.jrw.logic.law.LawVersion;
import org.jrw.logic.law.Resolution;

/**
 * The law library viewer: laws, the versions of the chosen law (the one in force today first
 * chosen), the table of contents and articles of the chosen version (parsed in the background on
 * first use), the chosen article's text with the corresponding article of the neighbouring versions
 * (through the concordance), full-text search over articles, and "go to citation" (against the
 * chosen version, or the version in force on a date).
 */
public final class LawViewerViewModel {
    /** One entry of the article list: the article and the chapter it opens, if any. */
    public record Entry(Article article, String chapter) {
        @Override
        public String toString() {
            String first = article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0).text();
            return article.label() + "  " + (first.length() > 40 ? first.substring(0, 40) + "…" : first);
        }
    }

    /**
     * The article of another version that corresponds to the shown one: {@code articleKey} null when
     * that version has none (a new or a dropped article); {@code text} is the hint shown.
     */
    public record Counterpart(LawVersion version, String articleKey, String text) {
    }

    private static final Pattern VERSION_LABEL = Pattern.compile("^(\\d{4})年.*?(修正|修订|公布|通过|发布)$"); // zh-data: a law's own version label

    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final ObservableList<Law> laws = FXCollections.observableArrayList();
    private final ObjectProperty<Law> law = new SimpleObjectProperty<>();
    private final ObservableList<LawVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<LawVersion> version = new SimpleObjectProperty<>();
    private final StringProperty versionState = new SimpleStringProperty("");
    private final ObservableList<Entry> articles = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> article = new SimpleObjectProperty<>();
    private final ObservableList<Counterpart> counterparts = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<LawLibrary.ArticleHit> hits = FXCollections.observableArrayList();
    private volatile LawLibrary library;
    private String pendingArticleKey;
    private LawVersion pendingVersion;
    private boolean loading;
    private long generation;

    public LawViewerViewModel(TaskRunner tasks) {
        this(tasks, LocalDate::now);
    }

    LawViewerViewModel(TaskRunner tasks, Supplier<LocalDate> today) {
        this.tasks = tasks;
        this.today = today;
        law.addListener((o, a, l) -> lawChanged(l));
        version.addListener((o, a, v) -> versionChanged(a, v));
        article.addListener((o, a, e) -> {
            text.set(e == null ? "" : render(e));
            Law l = law.get();
            LawVersion v = version.get();
            counterparts.setAll(e == null || l == null || v == null ? List.of() : counterparts(l, v, e.article().key()));
        });
    }

    public void load() {
        tasks.run(Messages.get("gui.law.loading"), p -> library(), lib -> {
            laws.setAll(lib.laws());
            if (law.get() == null && !laws.isEmpty()) {
                law.set(lib.defaultLaw().orElse(laws.get(0)));
            }
        }, t -> status.set(t.getMessage()));
    }

    private LawLibrary library() {
        if (library == null) {
            library = LawLibrary.builtIn();
        }
        return library;
    }

    private void lawChanged(Law l) {
        versions.setAll(l == null ? List.of() : l.versions());
        LawVersion pick = null;
        if (l != null) {
            pick = pendingVersion != null && l.versions().contains(pendingVersion) ? pendingVersion
                    : defaultVersion(l, today.get());
        }
        pendingVersion = null;
        if (version.get() == pick) {
            loadVersion(pick);
        } else {
            version.set(pick);
        }
    }

    private void versionChanged(LawVersion before, LawVersion v) {
        Law l = law.get();
        if (v == null) {
            // the version list was replaced (another law); the law's own pick follows
            return;
        }
        Entry shown = article.get();
        if (pendingArticleKey == null && shown != null && before != null && l != null
                && l.versions().contains(before) && l.versions().contains(v)) {
            // the user switched versions: stay on the same provision
            pendingArticleKey = mapArticle(l, before, v, shown.article().key());
        }
        loadVersion(v);
    }

    private void loadVersion(LawVersion v) {
        long gen = ++generation;
        articles.clear();
        article.set(null);
        Law l = law.get();
        versionState.set(v == null || l == null ? "" : header(l, v, today.get()));
        if (v == null || l == null) {
            loading = false;
            return;
        }
        loading = true;
        tasks.run(Messages.get("gui.law.parsing", l.shortTitle()), p -> {
            LawText t = v.text();
            return t.articleList().stream().map(a -> new Entry(a, a.chapter())).toList();
        }, (List<Entry> list) -> {
            if (gen != generation) {
                return; // another version was chosen meanwhile
            }
            loading = false;
            articles.setAll(list);
            status.set(Messages.get("gui.law.status", l.title(), v.label(), list.size()));
            Entry pick = list.isEmpty() ? null : list.get(0);
            if (pendingArticleKey != null) {
                for (Entry e : list) {
                    if (e.article().key().equals(pendingArticleKey)) {
                        pick = e;
                    }
                }
                pendingArticleKey = null;
            }
            article.set(pick);
        }, t -> {
            if (gen == generation) {
                loading = false;
                status.set(t.getMessage());
            }
        });
    }

    static String render(Entry e) {
        StringBuilder sb = new StringBuilder();
        if (e.chapter() != null && !e.chapter().isBlank()) {
            sb.append(e.chapter()).append("\n\n");
        }
        sb.append(e.article().text());
        return sb.toString();
    }

    /** Full-text search over the articles of all laws (background). */
    public void search(String query) {
        hits.clear();
        if (query == null || query.isBlank()) {
            return;
        }
        tasks.run(Messages.get("gui.law.searching"), p -> library().search(query.strip(), null, 50), hits::setAll,
                t -> status.set(t.getMessage()));
    }

    /** Goes to a citation such as 《安全生产法》第九十七条第七项, in the chosen version. */
    public void goTo(String citation) {
        goTo(citation, null);
    }

    /**
     * Goes to a citation: with a date ({@code on}, e.g. a case's violation date) in the version in
     * force on that date, else in the chosen version of the law shown.
     */
    public void goTo(String citation, LocalDate on) {
        Law current = law.get();
        LawVersion chosen = version.get();
        tasks.run(Messages.get("gui.law.loading"), p -> resolve(library(), citation, on, current, chosen), r -> {
            if (laws.isEmpty()) {
                laws.setAll(library().laws());
            }
            if (!r.found() || r.law() == null || r.article() == null) {
                status.set(Messages.get("gui.law.notFound", citation));
                return;
            }
            show(r.law(), r.version(), r.article().key());
            if (on == null && r.law().equals(current) && chosen != null && r.version() != chosen) {
                status.set(Messages.get("gui.law.otherVersion", citation, shortLabel(r.version())));
            }
        }, t -> status.set(t.getMessage()));
    }

    /**
     * Resolves a citation for the viewer: with a date, in the version in force then (a citation
     * naming no law means the library's default law); without, a citation of the law shown (or
     * naming none) in the chosen version, falling back to another version that has it; another law
     * in its latest version.
     */
    static Resolution resolve(LawLibrary lib, String citation, LocalDate on, Law current, LawVersion chosen) {
        CitationResolver resolver = new CitationResolver(lib);
        if (on != null) {
            return resolver.resolve(citation, on);
        }
        String context = current == null ? null : current.title();
        Resolution latest = resolver.resolve(citation, null, context);
        if (current == null || chosen == null || latest.law() == null || !latest.law().equals(current)
                || !current.versions().contains(chosen)) {
            return latest;
        }
        // on its first day the chosen version is the one in force
        return resolver.resolve(citation, chosen.effectiveFrom(), context);
    }

    /** Shows a law at an article (from a search hit), in the chosen (or today's) version. */
    public void show(Law l, String articleKey) {
        show(l, null, articleKey);
    }

    /** Shows a law's version (null: the chosen one, else today's) at an article. */
    public void show(Law l, LawVersion v, String articleKey) {
        boolean sameLaw = l.equals(law.get());
        LawVersion target = v != null ? v : sameLaw && version.get() != null ? version.get()
                : defaultVersion(l, today.get());
        if (sameLaw && target == version.get() && !loading) {
            articles.stream().filter(e -> e.article().key().equals(articleKey)).findFirst().ifPresent(article::set);
            return;
        }
        pendingArticleKey = articleKey; // applied when the version's articles have loaded
        if (!sameLaw) {
            pendingVersion = target;
            law.set(l);
        } else if (target != version.get()) {
            version.set(target);
        }
    }

    /** Shows the corresponding article of another version (a counterpart hint clicked). */
    public void follow(Counterpart c) {
        Law l = law.get();
        if (l != null && c != null && c.articleKey() != null) {
            show(l, c.version(), c.articleKey());
        }
    }

    /** The version shown when a law is opened: the one in force today, else the latest. */
    static LawVersion defaultVersion(Law l, LocalDate today) {
        return l.versionOn(today).orElse(l.latest());
    }

    /** 2014年修正 from 2014年8月31日第二次修正; the whole label when it has no such form. */
    static String shortLabel(LawVersion v) {
        String label = v.label() == null || v.label().isBlank() ? v.id() : v.label();
        Matcher m = VERSION_LABEL.matcher(label);
        return m.matches() ? m.group(1) + "年" + m.group(2) : label; // zh-data: a law's own version label
    }

    /** The version as listed in the picker: 2021年修正 · 2021-09-01 起施行, 2014年修正 · 2014-12-01 至 2021-08-31. */
    public static String versionLabel(LawVersion v) {
        if (v.effectiveTo() == null) {
            return Messages.get("gui.law.version.open", shortLabel(v), v.effectiveFrom().toString());
        }
        return Messages.get("gui.law.version.closed", shortLabel(v), v.effectiveFrom().toString(),
                v.effectiveTo().minusDays(1).toString());
    }

    /** Whether the version is in force on a day: 现行有效, 已被修改（…失效）, 尚未施行. */
    static String state(LawVersion v, LocalDate today) {
        if (today.isBefore(v.effectiveFrom())) {
            return Messages.get("gui.law.state.future", v.effectiveFrom().toString());
        }
        if (v.effectiveTo() != null && !today.isBefore(v.effectiveTo())) {
            return Messages.get("gui.law.state.amended", v.effectiveTo().toString());
        }
        return Messages.get("gui.law.state.inForce");
    }

    static String header(Law l, LawVersion v, LocalDate today) {
        return Messages.get("gui.law.header", l.title(), shortLabel(v), state(v, today));
    }

    /**
     * The articles of the neighbouring versions that correspond to article {@code key} of
     * {@code v}, through the concordance held for a renumbering (the earlier version first); none
     * when no concordance is held on that side.
     */
    static List<Counterpart> counterparts(Law l, LawVersion v, String key) {
        List<Counterpart> out = new ArrayList<>();
        List<LawVersion> all = l.versions();
        int i = all.indexOf(v);
        if (i < 0) {
            return out;
        }
        if (i > 0 && all.get(i - 1).hasConcordance()) {
            LawVersion prev = all.get(i - 1);
            List<String> keys = prev.predecessorsOf(key);
            if (keys.isEmpty()) {
                out.add(new Counterpart(prev, null, Messages.get("gui.law.counterpart.none", shortLabel(prev))));
            }
            for (String k : keys) {
                out.add(new Counterpart(prev, k, hint(prev, k, key)));
            }
        }
        if (i + 1 < all.size() && v.hasConcordance()) {
            LawVersion next = all.get(i + 1);
            Optional<Optional<String>> k = v.successorArticle(key);
            if (k.isPresent() && k.get().isEmpty()) {
                out.add(new Counterpart(next, null, Messages.get("gui.law.counterpart.dropped", shortLabel(next))));
            } else if (k.isPresent()) {
                out.add(new Counterpart(next, k.get().get(), hint(next, k.get().get(), key)));
            }
        }
        return out;
    }

    private static String hint(LawVersion other, String otherKey, String key) {
        return Messages.get(otherKey.equals(key) ? "gui.law.counterpart.same" : "gui.law.counterpart.moved",
                shortLabel(other), articleLabel(otherKey));
    }

    /** 第九十九条 from 99, 第一百三十四条之一 from 134-1. */
    static String articleLabel(String key) {
        int dash = key.indexOf('-');
        try {
            return dash < 0 ? Article.label(Integer.parseInt(key), 0)
                    : Article.label(Integer.parseInt(key.substring(0, dash)), Integer.parseInt(key.substring(dash + 1)));
        } catch (NumberFormatException e) {
            // not an article number: the key as it is
            return key;
        }
    }

    /** The key of the article of {@code to} that article {@code key} of {@code from} corresponds to. */
    static String mapArticle(Law l, LawVersion from, LawVersion to, String key) {
        List<LawVersion> all = l.versions();
        int i = all.indexOf(from);
        int j = all.indexOf(to);
        String k = key;
        while (i < j) {
            LawVersion v = all.get(i);
            if (v.hasConcordance()) {
                Optional<Optional<String>> s = v.successorArticle(k);
                if (s.isEmpty() || s.get().isEmpty()) {
                    return null;
                }
                k = s.get().get();
            }
            i++;
        }
        while (i > j) {
            LawVersion prev = all.get(i - 1);
            if (prev.hasConcordance()) {
                List<String> keys = prev.predecessorsOf(k);
                if (keys.isEmpty()) {
                    return null;
                }
                k = keys.get(0);
            }
            i--;
        }
        return k;
    }

    public ObservableList<Law> laws() {
        return laws;
    }

    public ObjectProperty<Law> lawProperty() {
        return law;
    }

    public ObservableList<LawVersion> versions() {
        return versions;
    }

    public ObjectProperty<LawVersion> versionProperty() {
        return version;
    }

    /** The header: law, version and whether it is in force today. */
    public StringProperty versionStateProperty() {
        return versionState;
    }

    public ObservableList<Entry> articles() {
        return articles;
    }

    public ObjectProperty<Entry> articleProperty() {
        return article;
    }

    public ObservableList<Counterpart> counterparts() {
        return counterparts;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<LawLibrary.ArticleHit> hits() {
        return hits;
    }

    static boolean sameArticle(Resolution r, Article a) {
        return r.article() != null && r.article().key().equals(a.key());
    }
}
