package dev.storyprint.store;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.Decision;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.StoredArticle;
import dev.storyprint.engine.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Warms the engine and Jackson on built-in synthetic text before a SnapStart snapshot (or at init
 * without SnapStart): class loading, JIT of the hot paths and codec tables happen once, not in the
 * first request. Touches no store and no network.
 */
public final class Priming {
    /** Rounds of the warm path: enough for the JIT to compile the tokenizer and hashing loops. */
    static final int ROUNDS = 3;

    private Priming() {}

    public static void warm(Engine engine) {
        String text = syntheticText();
        String copy = text.replace("said", "stated").replace("talks", "negotiations");
        for (int i = 0; i < ROUNDS; i++) {
            Reading a = engine.read(new Document(text.getBytes(StandardCharsets.UTF_8), "text/plain",
                    "incoming/priming-a.txt", Map.of("source", "priming")));
            Reading b = engine.read(new Document(copy.getBytes(StandardCharsets.UTF_8), "text/plain",
                    "incoming/priming-b.txt", Map.of()));
            if (!(a instanceof Reading.Accepted accA) || !(b instanceof Reading.Accepted accB)) {
                return; // nothing more to warm if the engine rejects synthetic text
            }
            Article articleA = accA.article();
            Fingerprint fa = Fingerprint.decode(engine.fingerprint(articleA).encode());
            Fingerprint fb = engine.fingerprint(accB.article());
            Decision d = engine.decide(fb, 2, List.of(new StoredArticle(fa.articleId(), fa.articleId(), Label.ORIGINAL, 1, fa)));
            Envelope.fromJson(Envelope.builder().articleId(articleA.id()).key("incoming/priming-a.txt")
                    .title(articleA.title()).source(articleA.source()).url(articleA.url())
                    .publishedAt(articleA.publishedAt()).fingerprint(fb.encode()).build().toJson());
            Verdict v = Verdict.builder().articleId(fb.articleId()).label(d.label()).storyId(fa.articleId())
                    .matchedArticleId(d.matched() == null ? null : d.matched().articleId()).confidence(d.confidence())
                    .scores(d.scores()).evidence(d.evidence()).key("incoming/priming-b.txt").decidedAt(Instant.EPOCH)
                    .build();
            VerdictJson.fromJson(VerdictJson.toJson(v));
        }
    }

    /** A made-up news text (no real article), long enough to exercise every fingerprint path. */
    static String syntheticText() {
        String[] people = {"Maria Alvarez", "Tomas Berg", "Aiko Tanaka", "Samuel Osei"};
        String[] places = {"Northport", "Lake Verin", "the capital", "Eastfield"};
        StringBuilder sb = new StringBuilder("Officials resume harbour talks after months of delay\n\n");
        for (int i = 0; i < 24; i++) {
            String who = people[i % people.length];
            String where = places[(i * 3) % places.length];
            sb.append(who).append(" said on Tuesday that talks in ").append(where)
                    .append(" would resume next week, after ").append(12 + i * 7)
                    .append(" delegates agreed to a schedule covering trade, fishing rights and a $")
                    .append(40 + i).append(" million port upgrade. ");
            if (i % 4 == 3) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }
}
