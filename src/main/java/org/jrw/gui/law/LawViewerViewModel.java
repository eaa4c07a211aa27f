package org.jrw.gui.law;

import java.util.List;
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
import org.jrw.logic.law.Resolution;

/**
 * The law library viewer: laws, the table of contents and articles of the chosen law (parsed in
 * the background on first use), the chosen article's text, full-text search over articles, and
 * "go to citation".
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

    private final TaskRunner tasks;
    private final ObservableList<Law> laws = FXCollections.observableArrayList();
    private final ObjectProperty<Law> law = new SimpleObjectProperty<>();
    private final ObservableList<Entry> articles = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> article = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<LawLibrary.ArticleHit> hits = FXCollections.observableArrayList();
    private volatile LawLibrary library;
    private String pendingArticleKey;

    public LawViewerViewModel(TaskRunner tasks) {
        this.tasks = tasks;
        law.addListener((o, a, l) -> loadLaw(l));
        article.addListener((o, a, e) -> text.set(e == null ? "" : render(e)));
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

    private void loadLaw(Law l) {
        articles.clear();
        if (l == null) {
            return;
        }
        loading = true;
        tasks.run(Messages.get("gui.law.parsing", l.shortTitle()), p -> {
            LawText t = l.latest().text();
            return t.articleList().stream().map(a -> new Entry(a, a.chapter())).toList();
        }, (List<Entry> list) -> {
            loading = false;
            articles.setAll(list);
            status.set(Messages.get("gui.law.status", l.title(), l.latest().label(), list.size()));
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
            loading = false;
            status.set(t.getMessage());
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

    /** Goes to a citation such as 《安全生产法》第九十七条第七项. */
    public void goTo(String citation) {
        tasks.run(Messages.get("gui.law.loading"), p -> new CitationResolver(library()).resolve(citation, null), r -> {
            if (laws.isEmpty()) {
                laws.setAll(library().laws());
            }
            if (!r.found() || r.law() == null || r.article() == null) {
                status.set(Messages.get("gui.law.notFound", citation));
                return;
            }
            show(r.law(), r.article().key());
        }, t -> status.set(t.getMessage()));
    }

    /** Shows a law at an article (from a search hit or a citation). */
    public void show(Law l, String articleKey) {
        if (l.equals(law.get()) && !loading) {
            articles.stream().filter(e -> e.article().key().equals(articleKey)).findFirst().ifPresent(article::set);
        } else {
            pendingArticleKey = articleKey; // applied when the law's articles have loaded
            if (!l.equals(law.get())) {
                law.set(l);
            }
        }
    }

    private boolean loading;

    public ObservableList<Law> laws() {
        return laws;
    }

    public ObjectProperty<Law> lawProperty() {
        return law;
    }

    public ObservableList<Entry> articles() {
        return articles;
    }

    public ObjectProperty<Entry> articleProperty() {
        return article;
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
