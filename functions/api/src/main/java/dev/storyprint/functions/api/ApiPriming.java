package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.storyprint.engine.Article;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Reading;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the API's request path on made-up text before a SnapStart snapshot: event parsing, route
 * resolution, JSON reading and writing, the engine's read and fingerprint. No store, no network.
 */
final class ApiPriming {
    /** Rounds of the warm path: enough for the JIT to compile the tokenizer and hashing loops. */
    static final int ROUNDS = 3;

    private ApiPriming() {}

    static void warm(Engine engine) {
        for (int i = 0; i < ROUNDS; i++) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("text", syntheticText(i));
            json.put("title", "Harbour talks resume");
            json.put("source", "priming");
            json.put("publishedAt", "2020-01-01T00:00:00Z");
            APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
            event.setRouteKey(Route.POST_ARTICLE.routeKey());
            event.setRawPath(Route.POST_ARTICLE.path());
            event.setHeaders(Map.of("content-type", "application/json"));
            event.setBody(Responses.write(json));
            Route.resolve(event);
            ArticlePost post = ArticlePost.from(event);
            Reading r = engine.read(post.document());
            if (r instanceof Reading.Accepted a) {
                Article article = a.article();
                Fingerprint.decode(engine.fingerprint(article).encode());
            }
            Responses.error(ApiException.notFound("priming"));
        }
    }

    /** A made-up news text (no real article), long enough to pass the engine's minimum length. */
    static String syntheticText(int variant) {
        String[] people = {"Maria Alvarez", "Tomas Berg", "Aiko Tanaka", "Samuel Osei"};
        String[] places = {"Northport", "Lake Verin", "the capital", "Eastfield"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(people[(i + variant) % people.length]).append(" said on Tuesday that talks in ")
                    .append(places[(i * 3) % places.length]).append(" would resume next week, after ")
                    .append(12 + i * 7).append(" delegates agreed to a schedule covering trade and a $")
                    .append(40 + i + variant).append(" million port upgrade. ");
        }
        return sb.toString();
    }
}
