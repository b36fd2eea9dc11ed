package dev.storyprint.store.report;

import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.Verdict;
import dev.storyprint.engine.text.Limits;
import dev.storyprint.engine.view.SideBySide;
import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.ArticleRepository;
import dev.storyprint.store.ObjectStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the story page and the copy view show, read from the stores: a story's articles with their
 * verdicts and label history, and a copy beside its source in their own text (the uploads stay in
 * the bucket; the record knows each one's key). Verdicts are not changed: the char ranges come from
 * comparing the two stored texts again with the engine ({@link SideBySide}).
 *
 * <p>The documents are plain ordered maps (JSON through any writer); {@link ReportPage} renders them.
 */
public final class StoryReports {
    /** Story members read per page: one GSI page of full items stays well under DynamoDB's 1 MB. */
    static final int PAGE = 100;
    /** A story is read up to this many articles; a report says when it stopped there. */
    public static final int MAX_ARTICLES = 1000;
    /** Where a text posted to the API (no upload key) is kept for the copy view. */
    public static final String POSTED_PREFIX = "posted/";
    /** Where static story reports go (nothing triggers on it). */
    public static final String REPORTS_PREFIX = "reports/";

    private final Engine engine;
    private final ArticleRepository articles;
    private final ObjectStore objects;

    public StoryReports(Engine engine, ArticleRepository articles, ObjectStore objects) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.objects = Objects.requireNonNull(objects, "objects");
    }

    /** The key of the static report of a story. */
    public static String reportKey(String storyId) {
        return REPORTS_PREFIX + "stories/" + storyId + ".html";
    }

    /** The key a posted article's text is kept at. */
    public static String postedKey(String articleId) {
        return POSTED_PREFIX + articleId;
    }

    /** A story's decided members, earliest arrival first (at most {@link #MAX_ARTICLES}); empty when unknown. */
    public List<ArticleRecord> members(String storyId) {
        List<ArticleRecord> out = new ArrayList<>();
        long after = 0;
        while (out.size() < MAX_ARTICLES) {
            List<ArticleRecord> page = articles.storyAfter(storyId, after, Math.min(PAGE, MAX_ARTICLES - out.size()));
            out.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).arrivalSeq();
        }
        if (out.isEmpty()) {
            // the story index is eventually consistent: a story decided a moment ago may only be in the table
            articles.find(storyId).filter(r -> r.isFinal() && storyId.equals(r.storyId())).ifPresent(out::add);
        }
        return out;
    }

    /** The story page's document ({@link ReportPage}'s input), or empty when no such story. */
    public Optional<Map<String, Object>> storyDocument(String storyId) {
        List<ArticleRecord> members = members(storyId);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(document(page("story", storyId), List.of(story(storyId, members)), Map.of(), Map.of()));
    }

    Map<String, Object> story(String storyId, List<ArticleRecord> members) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (Label l : Label.values()) {
            if (l != Label.REJECTED) {
                labels.put(l.wire(), 0);
            }
        }
        List<Object> list = new ArrayList<>();
        // named after its original (a late source takes over a story that kept its first member's id)
        String title = null;
        for (ArticleRecord r : members) {
            labels.merge(r.verdict().label().wire(), 1, (x, y) -> (Integer) x + (Integer) y);
            if (title == null && r.verdict().label() == Label.ORIGINAL) {
                title = name(r);
            }
            list.add(article(r));
        }
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("storyId", storyId);
        n.put("title", title != null ? title : name(members.get(0)));
        n.put("articleCount", members.size());
        n.put("truncated", members.size() >= MAX_ARTICLES);
        n.put("labels", labels);
        n.put("articles", list);
        return n;
    }

    /**
     * The article page's document: the article with its text, and for a copy the comparison with
     * its source; empty when unknown or not decided yet.
     */
    public Optional<Map<String, Object>> articleDocument(String articleId) {
        Optional<ArticleRecord> found = articles.find(articleId);
        if (found.isEmpty() || !found.get().isFinal()) {
            return Optional.empty();
        }
        ArticleRecord r = found.get();
        List<ArticleRecord> members = r.storyId() == null ? List.of(r) : members(r.storyId());
        Map<String, ArticleRecord> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.articleId(), m));
        byId.putIfAbsent(r.articleId(), r);
        String matched = r.verdict().matchedArticleId();
        if (matched != null && !byId.containsKey(matched)) {
            articles.find(matched).ifPresent(m -> byId.put(m.articleId(), m));
        }
        Texts texts = new Texts();
        Map<String, Object> views = Map.of(articleId, view(r, byId, members, texts));
        return Optional.of(document(page("article", articleId), List.of(), views, texts.all()));
    }

    /**
     * Everything of the given stories in one document (the static report): each story, each of its
     * articles' views, and every text once.
     */
    public Map<String, Object> bundleDocument(Collection<String> storyIds) {
        List<Object> stories = new ArrayList<>();
        Map<String, Object> views = new LinkedHashMap<>();
        Texts texts = new Texts();
        for (String storyId : storyIds) {
            List<ArticleRecord> members = members(storyId);
            if (members.isEmpty()) {
                continue;
            }
            stories.add(story(storyId, members));
            Map<String, ArticleRecord> byId = new HashMap<>();
            members.forEach(m -> byId.put(m.articleId(), m));
            for (ArticleRecord m : members) {
                views.put(m.articleId(), view(m, byId, members, texts));
            }
        }
        return document(null, stories, views, texts.all());
    }

    private static Map<String, Object> page(String type, String id) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("id", id);
        return p;
    }

    /**
     * The one shape every page reads: {@code page} (which one to show; null in a bundle, whose
     * address says), the stories, the article views by id, and the texts by article id.
     */
    private static Map<String, Object> document(Map<String, Object> page, List<Object> stories,
                                                Map<String, Object> views, Map<String, String> texts) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("page", page);
        n.put("stories", stories);
        n.put("views", views);
        n.put("texts", texts);
        return n;
    }

    /** An article's view; its text (and its source's) go into {@code texts}, keyed by article id. */
    private Map<String, Object> view(ArticleRecord r, Map<String, ArticleRecord> byId, List<ArticleRecord> members,
                                     Texts texts) {
        Verdict v = r.verdict();
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("article", article(r));
        ArticleRecord source = v.matchedArticleId() == null ? null : byId.get(v.matchedArticleId());
        n.put("source", source == null ? null : article(source));
        List<Object> copies = new ArrayList<>();
        for (ArticleRecord m : members) {
            if (r.articleId().equals(m.verdict().matchedArticleId())) {
                copies.add(article(m));
            }
        }
        n.put("copies", copies);
        n.put("evidence", evidence(v.evidence()));
        SideBySide.Prepared mine = texts.prepared(r);
        n.put("text", mine == null ? null : Map.of("articleId", r.articleId(), "paragraphs",
                paragraphs(mine.offsets().paragraphs())));
        if (mine == null) {
            n.put("missing", "the text of this article is not stored"
                    + (r.objectKey() == null ? " (posted to the API before texts were kept)" : " (" + r.objectKey() + " is gone)"));
        }
        if (source != null) {
            SideBySide.Prepared theirs = texts.prepared(source);
            if (mine != null && theirs != null) {
                n.put("comparison", comparison(SideBySide.of(mine, theirs), r.articleId(), source.articleId()));
            } else if (theirs == null) {
                n.put("missing", "the text of the source " + source.articleId() + " is not stored");
            }
        }
        return n;
    }

    private static Map<String, Object> comparison(SideBySide c, String copyId, String sourceId) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("summary", c.summary());
        SideBySide.Stats s = c.stats();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("copyWords", s.copyWords());
        stats.put("sourceWords", s.sourceWords());
        stats.put("passageWords", s.passageWords());
        stats.put("passages", s.passages());
        stats.put("longestPassage", s.longestPassage());
        stats.put("keptWords", s.keptWords());
        stats.put("swappedWords", s.swappedWords());
        stats.put("swaps", s.swaps());
        stats.put("movedWords", s.movedWords());
        stats.put("addedWords", s.addedWords());
        stats.put("droppedWords", s.droppedWords());
        stats.put("rewrittenWords", s.rewrittenWords());
        stats.put("addedParagraphs", s.addedParagraphs());
        stats.put("droppedParagraphs", s.droppedParagraphs());
        stats.put("uncomparedParagraphs", s.uncomparedParagraphs());
        stats.put("anchorsAligned", s.anchorsAligned());
        stats.put("sourceAnchors", s.sourceAnchors());
        n.put("stats", stats);
        List<Object> subs = new ArrayList<>();
        for (SideBySide.Substitution x : c.substitutions()) {
            subs.add(List.of(x.from(), x.to(), x.count()));
        }
        n.put("substitutions", subs);
        List<Object> anchors = new ArrayList<>();
        for (SideBySide.Anchor a : c.anchors()) {
            anchors.add(List.of(a.written(), a.count()));
        }
        n.put("anchors", anchors);
        n.put("copy", side(c.copy(), copyId));
        n.put("source", side(c.source(), sourceId));
        return n;
    }

    /** Compact arrays: a 200-article report carries thousands of them. */
    private static Map<String, Object> side(SideBySide.Side side, String articleId) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("articleId", articleId);
        List<Object> paragraphs = new ArrayList<>();
        for (SideBySide.Paragraph p : side.paragraphs()) {
            paragraphs.add(List.of(p.start(), p.end(), !p.compared() ? "uncompared" : p.only() ? "only" : "kept"));
        }
        n.put("paragraphs", paragraphs);
        List<Object> segments = new ArrayList<>();
        for (SideBySide.Segment g : side.segments()) {
            List<Object> x = new ArrayList<>(List.of(g.start(), g.end(), g.kind().wire()));
            x.add(g.pair());
            x.add(g.other());
            segments.add(x);
        }
        n.put("segments", segments);
        List<Object> marks = new ArrayList<>();
        for (SideBySide.Mark m : side.marks()) {
            List<Object> x = new ArrayList<>(List.of(m.start(), m.end(), m.anchor() ? 1 : 0));
            x.add(m.other());
            marks.add(x);
        }
        n.put("marks", marks);
        return n;
    }

    private static List<Object> paragraphs(List<int[]> ranges) {
        List<Object> out = new ArrayList<>();
        for (int[] p : ranges) {
            out.add(List.of(p[0], p[1], "kept"));
        }
        return out;
    }

    /** One article's line on the story page. */
    private static Map<String, Object> article(ArticleRecord r) {
        Verdict v = r.verdict();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("articleId", r.articleId());
        a.put("label", v.label().wire());
        a.put("confidence", v.confidence());
        a.put("storyId", v.storyId());
        a.put("matchedArticleId", v.matchedArticleId());
        a.put("name", name(r));
        a.put("title", v.title());
        a.put("source", v.source());
        a.put("url", v.url());
        a.put("key", v.key());
        a.put("publishedAt", instant(v.publishedAt()));
        a.put("decidedAt", instant(v.decidedAt()));
        a.put("arrivalSeq", r.arrivalSeq());
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("containment", v.scores() == null ? 0 : v.scores().containment());
        scores.put("skeleton", v.scores() == null ? 0 : v.scores().skeleton());
        a.put("scores", scores);
        a.put("summary", v.evidence() == null ? null : v.evidence().summary());
        a.put("reason", v.reason());
        List<Object> history = new ArrayList<>();
        for (Verdict.LabelChange c : v.history()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("label", c.label().wire());
            h.put("matchedArticleId", c.matchedArticleId());
            h.put("until", instant(c.until()));
            h.put("why", c.why());
            history.add(h);
        }
        a.put("history", history);
        return a;
    }

    private static Map<String, Object> evidence(Evidence e) {
        if (e == null) {
            return null;
        }
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("summary", e.summary());
        n.put("direction", e.direction());
        n.put("containmentOfIncoming", e.containmentOfIncoming());
        n.put("containmentOfMatched", e.containmentOfMatched());
        n.put("skeletonAlignment", e.skeletonAlignment());
        n.put("alignedAnchors", e.alignedAnchors());
        List<Object> subs = new ArrayList<>();
        for (Evidence.Substitution s : e.substitutions()) {
            subs.add(List.of(s.from(), s.to(), s.count()));
        }
        n.put("substitutions", subs);
        return n;
    }

    /** What a person calls the article: its title, else its file name, else its id. */
    static String name(ArticleRecord r) {
        Verdict v = r.verdict();
        if (v != null && v.title() != null && !v.title().isBlank()) {
            return v.title();
        }
        String key = r.objectKey();
        if (key != null && !key.isBlank()) {
            return key.substring(key.lastIndexOf('/') + 1);
        }
        return r.articleId();
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }

    /** Extracted texts read once per document and kept by article id, with their analysis for comparing. */
    private final class Texts {
        private final Map<String, String> text = new LinkedHashMap<>();
        private final Map<String, SideBySide.Prepared> prepared = new HashMap<>();

        /** Null when the article's text is not stored (or no longer reads as an article). */
        SideBySide.Prepared prepared(ArticleRecord r) {
            if (prepared.containsKey(r.articleId())) {
                return prepared.get(r.articleId());
            }
            String t = read(r);
            SideBySide.Prepared p = t == null ? null : SideBySide.prepare(t);
            prepared.put(r.articleId(), p);
            if (t != null) {
                text.put(r.articleId(), t);
            }
            return p;
        }

        Map<String, String> all() {
            return text;
        }
    }

    /** The article's text as the engine extracted it when it arrived: the upload (or posted body) read again. */
    String read(ArticleRecord r) {
        String key = r.objectKey() != null ? r.objectKey() : postedKey(r.articleId());
        // bounded as the fingerprint step reads it: an upload over the limit was never an article
        Optional<ObjectStore.StoredObject> o = objects.get(key, Limits.MAX_DOCUMENT_BYTES);
        if (o.isEmpty() || o.get().bytes() == null) {
            return null;
        }
        // a posted body was read under the API's default name; an upload under its key
        Reading reading = engine.read(new Document(o.get().bytes(), o.get().contentType(),
                r.objectKey(), o.get().metadata()));
        return reading instanceof Reading.Accepted a ? a.article().text() : null;
    }
}
