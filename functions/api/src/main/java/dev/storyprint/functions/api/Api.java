package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.ArticleRepository;
import dev.storyprint.store.FingerprintService;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.ObjectStore;
import dev.storyprint.store.RetryableException;
import dev.storyprint.store.Telemetry;
import dev.storyprint.store.VerdictJson;
import dev.storyprint.store.report.ReportPage;
import dev.storyprint.store.report.StoryReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP API's behaviour, independent of Lambda: a request event in, a response out. A post runs
 * the same steps as the S3 path (engine read and fingerprint, then {@link MatchService}), so its
 * verdict is stored in the table and at {@code results/<articleId>.json} exactly like an upload's;
 * only the {@code fingerprints/} envelope is skipped, since nothing needs to be triggered.
 */
final class Api {
    /** Articles listed per story: one GSI page of full items stays well under DynamoDB's 1 MB. */
    static final int STORY_LIMIT = 100;
    /** Seconds a client should wait before asking again for an article still being decided. */
    static final String RETRY_AFTER_SECONDS = "1";
    static final String FUNCTION = "api";

    private final Engine engine;
    private final MatchService match;
    private final ArticleRepository articles;
    private final ObjectStore objects;
    private final StoryReports reports;
    private final Telemetry telemetry;

    Api(Engine engine, MatchService match, ArticleRepository articles, ObjectStore objects, Telemetry telemetry) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.match = Objects.requireNonNull(match, "match");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.reports = new StoryReports(engine, articles, objects);
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return handle(event, Telemetry.Invocation.NONE);
    }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Telemetry.Invocation invocation) {
        if (event == null) {
            return Responses.error(ApiException.badRequest("no request"));
        }
        try {
            Route.Match m = Route.resolve(event);
            return switch (m.route()) {
                case POST_ARTICLE -> postArticle(event, invocation);
                case GET_ARTICLE -> getArticle(m.parameter("articleId"));
                case GET_STORY -> getStory(m.parameter("storyId"));
                case GET_STORY_PAGE -> storyPage(m.parameter("storyId"));
                case GET_ARTICLE_PAGE -> articlePage(m.parameter("articleId"));
                case POST_STORY_REPORT -> postReport(m.parameter("storyId"));
            };
        } catch (ApiException e) {
            return Responses.error(e);
        } catch (RetryableException e) {
            // An earlier copy of this story is still being decided: the client may simply retry.
            return Responses.error(503, ApiException.BUSY, e.getMessage(), Map.of("retry-after", RETRY_AFTER_SECONDS));
        } catch (RuntimeException e) {
            System.err.println("api: internal error on " + event.getRouteKey() + " " + event.getRawPath()
                    + (invocation.requestId() == null ? "" : " (function_request_id " + invocation.requestId() + ")"));
            e.printStackTrace();
            return Responses.error(500, ApiException.INTERNAL, "internal error; see the function's log", Map.of());
        }
    }

    /**
     * Classifies synchronously; a rejected article is a 200 verdict with label {@code rejected},
     * unless the engine's reason says the request is malformed ({@link ArticlePost#REQUEST_ERRORS}).
     */
    private APIGatewayV2HTTPResponse postArticle(APIGatewayV2HTTPEvent event, Telemetry.Invocation invocation) {
        long start = System.nanoTime();
        ArticlePost post = ArticlePost.from(event);
        Reading reading = engine.read(post.document());
        if (reading instanceof Reading.Rejected r && ArticlePost.REQUEST_ERRORS.contains(r.code())) {
            throw ApiException.badRequest(r.reason());
        }
        Verdict v;
        try {
            v = match.process(FingerprintService.envelope(engine, null, reading));
        } catch (RuntimeException e) {
            telemetry.article(invocation, null, null, null, null, millisSince(start), Telemetry.OUTCOME_FAILED);
            throw e;
        }
        telemetry.article(invocation, v.articleId(), null, v.label().wire(), v.storyId(), millisSince(start),
                Telemetry.OUTCOME_OK);
        keepText(v, post);
        return Responses.raw(200, VerdictJson.toJson(v), Map.of("location", "/articles/" + v.articleId()));
    }

    /**
     * A post has no upload to read again, so its body is kept for the copy view. After the verdict,
     * and best effort: a failed write costs the view its text, never the classification.
     */
    private void keepText(Verdict v, ArticlePost post) {
        if (v.label() == dev.storyprint.engine.Label.REJECTED) {
            return;
        }
        try {
            Document d = post.document();
            objects.put(StoryReports.postedKey(v.articleId()), d.bytes(),
                    d.contentType() == null ? "text/plain; charset=utf-8" : d.contentType());
        } catch (RuntimeException e) {
            System.err.println("api: could not keep the text of " + v.articleId() + " for the viewer: " + e);
        }
    }

    private APIGatewayV2HTTPResponse storyPage(String storyId) {
        validId("storyId", storyId);
        Map<String, Object> doc = reports.storyDocument(storyId)
                .orElseThrow(() -> ApiException.notFound("no story " + storyId));
        return Responses.html(ReportPage.html("Story " + storyId + " — storyprint", doc, ReportPage.Mode.SERVER));
    }

    private APIGatewayV2HTTPResponse articlePage(String articleId) {
        validId("articleId", articleId);
        Map<String, Object> doc = reports.articleDocument(articleId)
                .orElseThrow(() -> ApiException.notFound("no decided article " + articleId));
        return Responses.html(ReportPage.html("Article " + articleId + " — storyprint", doc, ReportPage.Mode.SERVER));
    }

    /** The story as one self-contained page at {@code reports/stories/<storyId>.html}, for a pre-signed URL. */
    private APIGatewayV2HTTPResponse postReport(String storyId) {
        validId("storyId", storyId);
        Map<String, Object> doc = new LinkedHashMap<>(reports.bundleDocument(List.of(storyId)));
        if (((List<?>) doc.get("stories")).isEmpty()) {
            throw ApiException.notFound("no story " + storyId);
        }
        doc.put("generatedAt", java.time.Instant.now().toString());
        byte[] html = ReportPage.html("Story " + storyId + " — storyprint", doc, ReportPage.Mode.BUNDLE)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String key = StoryReports.reportKey(storyId);
        objects.put(key, html, "text/html; charset=utf-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("storyId", storyId);
        body.put("key", key);
        body.put("articleCount", ((Map<?, ?>) doc.get("views")).size());
        body.put("bytes", html.length);
        return Responses.json(201, body, Map.of());
    }

    private APIGatewayV2HTTPResponse getArticle(String articleId) {
        validId("articleId", articleId);
        Optional<ArticleRecord> r = articles.find(articleId);
        if (r.isEmpty()) {
            throw ApiException.notFound("no article " + articleId);
        }
        if (!r.get().isFinal()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("articleId", articleId);
            body.put("status", "pending");
            return Responses.json(202, body, Map.of("retry-after", RETRY_AFTER_SECONDS));
        }
        return Responses.raw(200, VerdictJson.toJson(r.get().verdict()), Map.of());
    }

    private APIGatewayV2HTTPResponse getStory(String storyId) {
        validId("storyId", storyId);
        List<ArticleRecord> members = articles.story(storyId, STORY_LIMIT);
        if (members.isEmpty()) {
            // The story index is eventually consistent: a story decided a moment ago may only be in the table.
            Optional<ArticleRecord> source = articles.find(storyId);
            if (source.isPresent() && source.get().isFinal() && storyId.equals(source.get().storyId())) {
                members = List.of(source.get());
            } else {
                throw ApiException.notFound("no story " + storyId);
            }
        }
        return Responses.json(200, StoryView.of(storyId, members, members.size() >= STORY_LIMIT), Map.of());
    }

    /** Ids are checked before they reach DynamoDB or S3: only what ArticleIds produces gets through. */
    private static void validId(String name, String id) {
        if (!ArticleIds.isValid(id)) {
            throw ApiException.badRequest(name + " must be 20 lower-case hex characters, got \""
                    + (id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "..." : id) + "\"");
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
