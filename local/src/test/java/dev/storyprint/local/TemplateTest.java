package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.storyprint.store.ArticlesTableSchema;
import dev.storyprint.store.SignaturesTableSchema;
import dev.storyprint.store.aws.Config;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** template.yaml against the code: handlers, environment, recursion-free triggers, table schemas. */
class TemplateTest {
    /** Variables Lambda provides itself, or that only the local stack sets. */
    /** Set by Lambda or the local stack, or (MATCH_FUNCTION) only where a function invokes another. */
    private static final Set<String> NOT_FROM_TEMPLATE = Set.of(Config.AWS_REGION, Config.ENDPOINT_URL,
            Config.MATCH_FUNCTION);
    private static final Pattern CONFIG_READ = Pattern.compile("(?:required|optional)\\(lookup, (\\w+)");

    static Template template;

    @BeforeAll
    static void load() throws IOException {
        template = Template.load(TestTemplates.projectTemplate());
    }

    @Test
    void everyHandlerExistsWithTheRightEventTypes() throws Exception {
        assertEquals(3, template.functions().size());
        for (Template.Function f : template.functions()) {
            Class<?> handler = Class.forName(f.handlerClass());
            if (f.logicalId().equals("MatchFunction")) {
                // invoked with the envelope's JSON, read as a stream (no runtime event type)
                assertTrue(RequestStreamHandler.class.isAssignableFrom(handler), f.handlerClass());
                assertTrue(f.s3Triggers().isEmpty(), "the match function has no S3 trigger");
                continue;
            }
            assertTrue(RequestHandler.class.isAssignableFrom(handler), f.handlerClass() + " is not a RequestHandler");
            Type[] io = requestHandlerTypes(handler);
            if (f.s3Triggers().isEmpty()) {
                assertEquals(APIGatewayV2HTTPEvent.class, io[0], f.logicalId());
                assertEquals(APIGatewayV2HTTPResponse.class, io[1], f.logicalId());
            } else {
                assertEquals(S3Event.class, io[0], f.logicalId());
            }
            assertEquals("handleRequest", f.handlerMethod());
        }
    }

    @Test
    void everyVariableTheConfigReadsIsSetForEveryFunction() throws Exception {
        Path source = TestTemplates.root().resolve("shared/storage/src/main/java/dev/storyprint/store/aws/Config.java");
        Matcher m = CONFIG_READ.matcher(Files.readString(source));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add((String) Config.class.getField(m.group(1)).get(null));
        }
        assertTrue(names.size() >= 6, "found only " + names + " in " + source);
        for (Template.Function f : template.functions()) {
            for (String name : names) {
                if (!NOT_FROM_TEMPLATE.contains(name)) {
                    String value = f.environment().get(name);
                    assertTrue(value != null && !value.isBlank(), f.logicalId() + " does not set " + name);
                }
            }
        }
    }

    @Test
    void triggersFormAChainWithoutLoops() {
        // Edge f -> g when f may write a key that triggers g; a cycle would be an invocation loop.
        Map<String, List<String>> next = new java.util.LinkedHashMap<>();
        List<String> writes = new ArrayList<>();
        for (Template.Function f : template.functions()) {
            List<String> fw = template.s3WritePrefixes(f.logicalId());
            writes.addAll(fw);
            List<String> targets = new ArrayList<>();
            for (Template.Function g : template.functions()) {
                for (Template.S3Trigger t : g.s3Triggers()) {
                    assertFalse(t.prefix().isEmpty(), g.logicalId() + " fires on the whole bucket");
                    if (fw.stream().anyMatch(w -> w.startsWith(t.prefix()) || t.prefix().startsWith(w))) {
                        targets.add(g.logicalId());
                    }
                }
            }
            // and g when f invokes it (names it in its environment)
            for (Template.Function g : template.functions()) {
                if (f.environment().containsValue(g.logicalId())) {
                    targets.add(g.logicalId());
                }
            }
            next.put(f.logicalId(), targets);
        }
        assertTrue(writes.contains("results/"), writes.toString());
        assertFalse(writes.stream().anyMatch(w -> w.startsWith("incoming")), "a function writes into the upload prefix");
        assertEquals(List.of("MatchFunction"), next.get("FingerprintFunction"));
        for (String start : next.keySet()) {
            List<String> frontier = new ArrayList<>(next.get(start));
            Set<String> seen = new java.util.HashSet<>();
            while (!frontier.isEmpty()) {
                String g = frontier.remove(0);
                assertFalse(g.equals(start), start + " re-triggers itself through its own output");
                if (seen.add(g)) {
                    frontier.addAll(next.get(g));
                }
            }
        }
    }

    @Test
    void triggersFollowTheStorageLayout() {
        assertEquals("incoming/", template.function("FingerprintFunction").orElseThrow().s3Triggers().get(0).prefix());
        assertEquals("MatchFunction",
                template.function("FingerprintFunction").orElseThrow().environment().get(Config.MATCH_FUNCTION),
                "the fingerprint function invokes the match function's alias");
        Map<String, String> env = template.function("MatchFunction").orElseThrow().environment();
        Config config = Config.from(env::get);
        assertEquals(config.layout().incomingPrefix(), env.get(Config.INCOMING_PREFIX));
        assertEquals(config.layout().resultsPrefix(), env.get(Config.RESULTS_PREFIX));
    }

    @Test
    void tableKeySchemasMatchTheStorageSchema() {
        Template.Table articles = table("ArticlesTable");
        assertEquals(ArticlesTableSchema.PARTITION_KEY, articles.key().partition());
        assertEquals(null, articles.key().sort());
        Template.Index byStory = articles.indexes().stream()
                .filter(i -> i.name().equals(ArticlesTableSchema.GSI_BY_STORY)).findFirst().orElseThrow();
        assertEquals(new Template.Key(ArticlesTableSchema.STORY_ID, ArticlesTableSchema.ARRIVAL_SEQ), byStory.key());
        assertEquals("ALL", byStory.projection());
        assertEquals(Map.of(ArticlesTableSchema.PARTITION_KEY, "S", ArticlesTableSchema.STORY_ID, "S",
                ArticlesTableSchema.ARRIVAL_SEQ, "N"), articles.attributeTypes());

        Template.Table signatures = table("SignaturesTable");
        assertEquals(new Template.Key(SignaturesTableSchema.PARTITION_KEY, null), signatures.key());
        assertEquals(Map.of(SignaturesTableSchema.PARTITION_KEY, "S"), signatures.attributeTypes());
    }

    @Test
    void codeUriPointsAtEachModulesLambdaJar() {
        for (Template.Function f : template.functions()) {
            Map<String, Object> props = Template.map(template.resource(f.logicalId()).get("Properties"));
            String codeUri = String.valueOf(props.get("CodeUri"));
            Matcher m = Pattern.compile("functions/(\\w+)/target/storyprint-(\\w+)-lambda\\.jar").matcher(codeUri);
            assertTrue(m.matches(), codeUri);
            assertEquals(m.group(1), m.group(2), codeUri);
            assertTrue(Files.isRegularFile(TestTemplates.root().resolve("functions/" + m.group(1) + "/pom.xml")), codeUri);
        }
    }

    @Test
    void bucketRefusesRequestsWithoutTls() {
        String bucketArn = policies().arn(Map.of("Fn::GetAtt", List.of("ArticlesBucket", "Arn")));
        boolean found = false;
        for (String id : resourcesOfType("AWS::S3::BucketPolicy")) {
            Map<String, Object> props = Template.map(template.resource(id).get("Properties"));
            assertEquals(Map.of("Ref", "ArticlesBucket"), props.get("Bucket"), id);
            for (Object st : Template.list(Template.map(props.get("PolicyDocument")).get("Statement"))) {
                Map<String, Object> sm = Template.map(st);
                Map<String, Object> bool = Template.map(Template.map(sm.get("Condition")).get("Bool"));
                if ("Deny".equals(sm.get("Effect")) && "false".equals(String.valueOf(bool.get("aws:SecureTransport")))) {
                    assertEquals("*", sm.get("Principal"), "the denial must cover every caller");
                    assertEquals("s3:*", sm.get("Action"), "the denial must cover every action");
                    List<String> resources = Template.list(sm.get("Resource")).stream().map(policies()::arn).toList();
                    assertTrue(resources.containsAll(List.of(bucketArn, bucketArn + "/*")), resources.toString());
                    found = true;
                }
            }
        }
        assertTrue(found, "no bucket policy denies aws:SecureTransport=false");
    }

    @Test
    void bucketKeepsVersionsAndExpiresTheOldOnes() {
        Map<String, Object> props = Template.map(template.resource("ArticlesBucket").get("Properties"));
        assertEquals("Enabled", Template.map(props.get("VersioningConfiguration")).get("Status"));
        boolean expires = false;
        for (Object rule : Template.list(Template.map(props.get("LifecycleConfiguration")).get("Rules"))) {
            Map<String, Object> r = Template.map(rule);
            Object days = Template.map(r.get("NoncurrentVersionExpiration")).get("NoncurrentDays");
            if ("Enabled".equals(r.get("Status")) && days != null) {
                int d = Integer.parseInt(template.resolve(days));
                assertTrue(d >= 1 && d <= 90, "noncurrent versions kept " + d + " days");
                expires = true;
            }
        }
        assertTrue(expires, "no enabled lifecycle rule expires noncurrent versions");
    }

    @Test
    void policiesGrantNoTableWideOrDestructiveActions() {
        Template.Table signatures = table("SignaturesTable");
        assertTrue(signatures.indexes().isEmpty(), "the signatures table has no index");
        String signaturesArn = policies().arn(Map.of("Fn::GetAtt", List.of("SignaturesTable", "Arn")));
        for (Template.Function f : template.functions()) {
            for (TemplatePolicies.Statement st : policies().statements(f.logicalId())) {
                for (String action : st.actions()) {
                    assertFalse(action.contains("*"), f.logicalId() + " grants a wildcard action " + action);
                    assertFalse(Set.of("dynamodb:Scan", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem",
                            "s3:DeleteObject").contains(action), f.logicalId() + " grants " + action);
                }
                for (String arn : st.resources()) {
                    assertFalse(arn.startsWith(signaturesArn + "/"), f.logicalId() + " grants on a signatures index");
                    assertFalse(arn.endsWith("/results/*") && st.actions().contains("s3:GetObject"),
                            f.logicalId() + " may read results/, which no function does");
                    assertFalse(arn.contains(":dynamodb:") && arn.contains("*"), f.logicalId() + " grants on " + arn);
                }
            }
        }
    }

    @Test
    void everyReaderMayListItsPrefixSoAMissingKeyIs404() {
        String bucketArn = policies().arn(Map.of("Fn::GetAtt", List.of("ArticlesBucket", "Arn")));
        Set<String> readers = new java.util.TreeSet<>();
        for (Template.Function f : template.functions()) {
            List<TemplatePolicies.Statement> statements = policies().statements(f.logicalId());
            for (TemplatePolicies.Statement st : statements) {
                if (!st.actions().contains("s3:GetObject")) {
                    continue;
                }
                readers.add(f.logicalId());
                for (String arn : st.resources()) {
                    String prefix = arn.substring(bucketArn.length() + 1); // "incoming/*"
                    boolean listed = statements.stream().anyMatch(l -> l.actions().contains("s3:ListBucket")
                            && l.resources().equals(List.of(bucketArn))
                            && Template.list(Template.map(l.condition().get("StringLike")).get("s3:prefix"))
                                    .contains(prefix));
                    assertTrue(listed, f.logicalId() + " reads " + prefix + " without s3:ListBucket on that prefix");
                }
            }
            for (TemplatePolicies.Statement st : statements) {
                if (st.actions().contains("s3:ListBucket")) {
                    assertFalse(st.condition().isEmpty(), f.logicalId() + " may list the whole bucket");
                }
            }
        }
        assertEquals(Set.of("ApiFunction", "FingerprintFunction"), readers,
                "the fingerprint step and the story pages read uploads; the match step reads no object");
    }

    @Test
    void httpApiStageThrottlesAndLogsAccess() {
        Map<String, Object> root = parsedTemplate();
        Map<String, Object> params = Template.map(root.get("Parameters"));
        String stage = resourcesOfType("AWS::ApiGatewayV2::Stage").get(0);
        Map<String, Object> props = Template.map(template.resource(stage).get("Properties"));
        Map<String, Object> route = Template.map(props.get("DefaultRouteSettings"));
        for (String limit : List.of("ThrottlingBurstLimit", "ThrottlingRateLimit")) {
            String param = String.valueOf(Template.map(route.get(limit)).get("Ref"));
            Map<String, Object> p = Template.map(params.get(param));
            assertEquals("Number", p.get("Type"), limit + " must be a Number parameter, got " + param);
            assertTrue(((Number) p.get("Default")).doubleValue() >= 1, limit + " default");
        }
        Map<String, Object> logs = Template.map(props.get("AccessLogSettings"));
        List<Object> dest = Template.list(Template.map(logs.get("DestinationArn")).get("Fn::GetAtt"));
        assertEquals("AWS::Logs::LogGroup", template.resource(String.valueOf(dest.get(0))).get("Type"));
        assertTrue(Template.map(template.resource(String.valueOf(dest.get(0))).get("Properties"))
                .containsKey("RetentionInDays"), "access logs must not be kept forever");
        String format = String.valueOf(logs.get("Format"));
        assertTrue(format.contains("$context.requestId") && format.contains("$context.integration.requestId")
                && format.contains("$context.status"), format);
    }

    @Test
    void matchReservedConcurrencyIsAnOptionalParameter() {
        Map<String, Object> root = parsedTemplate();
        Map<String, Object> props = Template.map(template.resource("MatchFunction").get("Properties"));
        List<Object> choice = Template.list(Template.map(props.get("ReservedConcurrentExecutions")).get("Fn::If"));
        assertEquals(3, choice.size(), "ReservedConcurrentExecutions must be !If [condition, parameter, NoValue]");
        String param = String.valueOf(Template.map(choice.get(1)).get("Ref"));
        assertEquals(Map.of("Ref", "AWS::NoValue"), choice.get(2));
        assertEquals("", String.valueOf(Template.map(Template.map(root.get("Parameters")).get(param)).get("Default")),
                "reserves nothing unless asked");
        assertTrue(Template.map(root.get("Conditions")).containsKey(String.valueOf(choice.get(0))));
        for (String other : List.of("FingerprintFunction", "ApiFunction")) {
            assertFalse(Template.map(template.resource(other).get("Properties")).containsKey("ReservedConcurrentExecutions"));
        }
    }

    private static TemplatePolicies policies() {
        return new TemplatePolicies(template);
    }

    private static Map<String, Object> parsedTemplate() {
        try {
            return Template.parse(TestTemplates.projectTemplate());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> resourcesOfType(String type) {
        List<String> out = new ArrayList<>();
        Template.map(parsedTemplate().get("Resources")).forEach((id, r) -> {
            if (type.equals(Template.map(r).get("Type"))) {
                out.add(id);
            }
        });
        return out;
    }

    private static Template.Table table(String id) {
        return template.tables().stream().filter(t -> t.logicalId().equals(id)).findFirst().orElseThrow();
    }

    private static Type[] requestHandlerTypes(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return p.getActualTypeArguments();
                }
            }
        }
        throw new AssertionError(type + " does not implement RequestHandler<I, O> directly");
    }
}
