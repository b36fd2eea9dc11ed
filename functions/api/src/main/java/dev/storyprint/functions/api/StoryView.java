package dev.storyprint.functions.api;

import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.ArticleRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code GET /stories/{storyId}} document: the story and each of its articles with label and scores. */
final class StoryView {
    private StoryView() {}

    /**
     * @param members the story's decided articles, earliest arrival first
     * @param truncated true when the story has more articles than were read
     */
    static Map<String, Object> of(String storyId, List<ArticleRecord> members, boolean truncated) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (Label l : Label.values()) {
            if (l != Label.REJECTED) {
                labels.put(l.wire(), 0);
            }
        }
        List<Object> articles = new ArrayList<>();
        // The story's title is its source's (the article the story is named after), else its first member's.
        String title = members.isEmpty() ? null : members.get(0).verdict().title();
        for (ArticleRecord r : members) {
            Verdict v = r.verdict();
            labels.merge(v.label().wire(), 1, (a, b) -> (Integer) a + (Integer) b);
            if (r.articleId().equals(storyId)) {
                title = v.title();
            }
            articles.add(article(v));
        }
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("storyId", storyId);
        n.put("title", title);
        n.put("articleCount", members.size());
        n.put("labels", labels);
        n.put("truncated", truncated);
        n.put("articles", articles);
        return n;
    }

    private static Map<String, Object> article(Verdict v) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("articleId", v.articleId());
        a.put("label", v.label().wire());
        a.put("matchedArticleId", v.matchedArticleId());
        a.put("confidence", v.confidence());
        Scores s = v.scores() == null ? Scores.NONE : v.scores();
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("containment", s.containment());
        scores.put("skeleton", s.skeleton());
        a.put("scores", scores);
        a.put("title", v.title());
        a.put("source", v.source());
        a.put("url", v.url());
        a.put("publishedAt", instant(v.publishedAt()));
        a.put("key", v.key());
        a.put("decidedAt", instant(v.decidedAt()));
        return a;
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }
}
