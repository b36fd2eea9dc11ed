package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Each function's policy in template.yaml is exactly what its code calls: the real handlers run
 * every path of the pipeline and the API (new articles, copies, a late source that relabels, a
 * redelivery, a rejection, an object gone before its event, every route) while
 * {@link CallRecorder} notes the IAM action and resource of each SDK call. Every call must be
 * allowed, and every allowed action must be used (s3:ListBucket aside: S3 checks it implicitly
 * when a read misses, TemplateTest pins it).
 */
class PolicyCoverageTest {
    static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.projectTemplate()).withoutTriggers());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyFunctionIsGrantedExactlyWhatItCalls() throws Exception {
        Path samples = TestTemplates.root().resolve("samples");
        upload("01b-council-budget-syndicated.txt", Files.readAllBytes(samples.resolve("01b-council-budget-syndicated.txt")),
                Map.of("published-at", "2026-03-02T10:00:00Z"));
        // the source arrives later but was published earlier: the copy is relabelled
        upload("01a-council-budget-original.txt", Files.readAllBytes(samples.resolve("01a-council-budget-original.txt")),
                Map.of("published-at", "2026-03-01T08:00:00Z"));
        upload("01c-council-budget-spun.txt", Files.readAllBytes(samples.resolve("01c-council-budget-spun.txt")), Map.of());
        String redelivered = upload("01d-council-budget-other-outlet.txt",
                Files.readAllBytes(samples.resolve("01d-council-budget-other-outlet.txt")), Map.of());
        runPipeline("01d-council-budget-other-outlet.txt", redelivered);
        upload("empty.txt", new byte[0], Map.of());
        CallRecorder.as("FingerprintFunction", () -> stack.lambda().invoke(function("FingerprintFunction"),
                S3Events.objectCreated(stack.bucket(), incoming("gone.txt"), 10, "", "ObjectCreated:Put")));

        upload("02a-heater-recall-original.txt", Files.readAllBytes(samples.resolve("02a-heater-recall-original.txt")), Map.of());
        // a copy posted to the API: candidates to load, a story to join
        byte[] article = Files.readAllBytes(samples.resolve("02b-heater-recall-syndicated.txt"));
        APIGatewayV2HTTPResponse posted = api("POST", "/articles", new String(article, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, posted.getStatusCode(), posted.getBody());
        assertTrue(posted.getBody().contains("\"syndicated\""), posted.getBody());
        JsonNode verdict = Json.read(posted.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, api("GET", "/articles/" + verdict.get("articleId").asText(), null).getStatusCode());
        assertEquals(200, api("GET", "/stories/" + verdict.get("storyId").asText(), null).getStatusCode());
        // the story viewer reads the texts again (the upload, the posted body) and writes a report
        assertEquals(200, api("GET", "/ui/stories/" + verdict.get("storyId").asText(), null).getStatusCode());
        assertEquals(200, api("GET", "/ui/articles/" + verdict.get("articleId").asText(), null).getStatusCode());
        assertEquals(201, api("POST", "/stories/" + verdict.get("storyId").asText() + "/report", null).getStatusCode());

        TemplatePolicies policies = new TemplatePolicies(stack.template());
        Map<String, Set<CallRecorder.Call>> calls = CallRecorder.calls();
        assertEquals(Set.of("FingerprintFunction", "MatchFunction", "ApiFunction"), calls.keySet());
        List<String> problems = new ArrayList<>();
        for (Template.Function f : stack.template().functions()) {
            List<TemplatePolicies.Statement> statements = policies.statements(f.logicalId());
            Set<CallRecorder.Call> made = calls.get(f.logicalId());
            for (CallRecorder.Call c : made) {
                if (statements.stream().noneMatch(s -> s.allows(c.action(), c.arn()))) {
                    problems.add(f.logicalId() + " calls " + c.action() + " on " + c.arn() + " without a grant");
                }
            }
            for (TemplatePolicies.Statement s : statements) {
                for (String action : s.actions()) {
                    for (String resource : s.resources()) {
                        boolean used = action.equals("s3:ListBucket") || made.stream().anyMatch(c ->
                                TemplatePolicies.wildcard(action, c.action()) && TemplatePolicies.wildcard(resource, c.arn()));
                        if (!used) {
                            problems.add(f.logicalId() + " is granted " + action + " on " + resource + " but never calls it");
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nrecorded: " + calls);
    }

    /** Uploads under the incoming prefix (not recorded) and runs both steps; returns the article id. */
    private static String upload(String name, byte[] bytes, Map<String, String> metadata) throws Exception {
        String key = incoming(name);
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key).contentType("text/plain").metadata(metadata),
                RequestBody.fromBytes(bytes));
        String id = ArticleIds.of(key, bytes);
        runPipeline(name, id);
        return id;
    }

    private static void runPipeline(String name, String id) throws Exception {
        CallRecorder.as("FingerprintFunction", () -> stack.lambda().invoke(function("FingerprintFunction"),
                S3Events.objectCreated(stack.bucket(), incoming(name), 1, "", "ObjectCreated:Put")));
        List<EmbeddedStack.HeldInvocation> sent = stack.heldInvocations();
        CallRecorder.as("MatchFunction", () -> stack.lambda().invoke(function("MatchFunction"),
                sent.get(sent.size() - 1).payload()));
    }

    private static APIGatewayV2HTTPResponse api(String method, String path, String body) throws Exception {
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setVersion("2.0");
        e.setRouteKey("$default");
        e.setRawPath(path);
        e.setHeaders(Map.of("content-type", "text/plain"));
        e.setBody(body);
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(path);
        APIGatewayV2HTTPEvent.RequestContext rc = new APIGatewayV2HTTPEvent.RequestContext();
        rc.setHttp(http);
        rc.setRequestId("policy-coverage");
        e.setRequestContext(rc);
        return (APIGatewayV2HTTPResponse) CallRecorder.as("ApiFunction",
                () -> stack.lambda().invoke(function("ApiFunction"), e));
    }

    private static Template.Function function(String id) {
        return stack.template().function(id).orElseThrow();
    }

    private static String incoming(String name) {
        return stack.environment().get("INCOMING_PREFIX") + name;
    }
}
