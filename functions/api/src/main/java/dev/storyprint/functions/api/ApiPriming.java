package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Reading;
import dev.storyprint.store.Json;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.Telemetry;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.S3ObjectStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.warmup.http.CannedResponseHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs the API's request paths before a SnapStart snapshot, on made-up text and on throwaway SDK
 * clients whose HTTP client answers every call with a canned response (the SDK's own warm-up
 * client): event parsing, routing, the engine, the stores' marshalling and signing, JSON writing.
 * No real store is called and nothing leaves the process.
 */
final class ApiPriming {
    /** Rounds of the warm path: enough for the JIT to compile the tokenizer and hashing loops. */
    static final int ROUNDS = 3;
    /** Never resolved: the canned HTTP client answers before any connection would be made. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");
    private static final String DYNAMO_EMPTY = "{}";

    private ApiPriming() {}

    /** Statuses of the last round's requests (a rejected post, two unknown ids, an unknown route). */
    static List<Integer> warm(Engine engine) {
        try (S3Client s3 = S3Client.builder().httpClient(canned(new byte[0])).region(Region.US_EAST_1)
                     .credentialsProvider(dummyCredentials()).endpointOverride(NOWHERE).forcePathStyle(true).build();
             DynamoDbClient db = DynamoDbClient.builder().httpClient(canned(DYNAMO_EMPTY.getBytes(StandardCharsets.UTF_8)))
                     .region(Region.US_EAST_1).credentialsProvider(dummyCredentials()).endpointOverride(NOWHERE).build()) {
            CapacityMeter meter = new CapacityMeter();
            DynamoArticleRepository articles = new DynamoArticleRepository(db, "priming-articles", "priming-signatures", meter);
            S3ObjectStore objects = new S3ObjectStore(s3, "priming");
            MatchService match = new MatchService(engine, objects, articles,
                    new DynamoSignatureIndex(db, "priming-signatures", meter), StorageLayout.DEFAULT);
            Api api = new Api(engine, match, articles, objects, new Telemetry(Api.FUNCTION, null, Clock.systemUTC()));
            String id = ArticleIds.of("priming", new byte[0]);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                // An accepted article: read and fingerprint only (its registration needs real answers).
                ArticlePost post = ArticlePost.from(jsonPost(syntheticText(i)));
                Reading r = engine.read(post.document());
                if (r instanceof Reading.Accepted a) {
                    Article article = a.article();
                    Fingerprint.decode(engine.fingerprint(article).encode());
                }
                // A rejected article goes the whole way: table write, result object, verdict JSON.
                statuses.clear();
                statuses.add(api.handle(jsonPost("too short")).getStatusCode());
                statuses.add(api.handle(get("/articles/" + id, Route.GET_ARTICLE)).getStatusCode());
                statuses.add(api.handle(get("/stories/" + id, Route.GET_STORY)).getStatusCode());
                statuses.add(api.handle(get("/nothing", null)).getStatusCode());
            }
            return statuses;
        }
    }

    private static CannedResponseHttpClient canned(byte[] body) {
        return CannedResponseHttpClient.builder().statusCode(200).responseBody(body).build();
    }

    private static StaticCredentialsProvider dummyCredentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
    }

    private static APIGatewayV2HTTPEvent jsonPost(String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", text);
        json.put("title", "Harbour talks resume");
        json.put("source", "priming");
        json.put("publishedAt", "2020-01-01T00:00:00Z");
        APIGatewayV2HTTPEvent event = get(Route.POST_ARTICLE.path(), Route.POST_ARTICLE);
        event.setHeaders(Map.of("content-type", "application/json"));
        event.setBody(Json.write(json));
        return event;
    }

    private static APIGatewayV2HTTPEvent get(String path, Route route) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRouteKey(route == null ? "$default" : route.routeKey());
        event.setRawPath(path);
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(route == null ? "GET" : route.method());
        http.setPath(path);
        APIGatewayV2HTTPEvent.RequestContext rc = new APIGatewayV2HTTPEvent.RequestContext();
        rc.setHttp(http);
        event.setRequestContext(rc);
        return event;
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
