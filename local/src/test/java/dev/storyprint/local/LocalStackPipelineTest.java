package dev.storyprint.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.BindMode;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.LambdaFunctionConfiguration;

/**
 * The pipeline contract on LocalStack: the shaded handler jars deployed as real Lambda functions
 * (java21), with the template's environment, retries and S3 notifications; the fingerprint
 * function invokes the match function through LocalStack's Lambda API. Needs Docker (LocalStack
 * starts Lambda containers through the mounted socket); skipped cleanly without it.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackPipelineTest extends PipelineContract {
    /** Newer tags need an auth token (since 2026-03); override with -DLOCALSTACK_IMAGE or env LOCALSTACK_IMAGE. */
    static final String DEFAULT_IMAGE = "localstack/localstack:4.4.0";
    /** Cold Lambda containers (image pull, JVM start) on a CI runner. */
    private static final long RESULT_TIMEOUT_MILLIS = 300_000;
    /** How the functions inside LocalStack reach LocalStack itself. */
    private static final String ENDPOINT_FROM_LAMBDA = "http://localhost.localstack.cloud:4566";

    static LocalStackContainer localstack;
    static S3Client s3;
    static Template template;

    @BeforeAll
    static void deploy() throws Exception {
        template = Template.load(TestTemplates.projectTemplate());
        // the pipeline's functions: S3-triggered, or invoked by one (named in its environment)
        List<Template.Function> functions = template.functions().stream()
                .filter(f -> !f.s3Triggers().isEmpty() || template.functions().stream()
                        .anyMatch(g -> g.environment().containsValue(f.logicalId())))
                .toList();
        for (Template.Function f : functions) {
            assumeTrue(Files.isRegularFile(jar(f)), jar(f) + " missing: run ./mvnw package (or verify) first");
        }
        String image = System.getProperty("LOCALSTACK_IMAGE", System.getenv().getOrDefault("LOCALSTACK_IMAGE", DEFAULT_IMAGE));
        localstack = new LocalStackContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"))
                .withFileSystemBind("/var/run/docker.sock", "/var/run/docker.sock", BindMode.READ_WRITE);
        for (Template.Function f : functions) {
            localstack.withCopyFileToContainer(MountableFile.forHostPath(jar(f)), "/opt/code/" + f.logicalId() + ".jar");
        }
        localstack.start();

        var credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(localstack.getAccessKey(), localstack.getSecretKey()));
        s3 = S3Client.builder().endpointOverride(localstack.getEndpoint()).forcePathStyle(true)
                .region(Region.of(localstack.getRegion())).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build();
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(localstack.getEndpoint())
                .region(Region.of(localstack.getRegion())).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            EmbeddedStack.createResources(template, s3, dynamo);
        }

        List<LambdaFunctionConfiguration> notifications = new ArrayList<>();
        for (Template.Function f : functions) {
            String env = f.environment().entrySet().stream().filter(e -> !e.getKey().equals("JAVA_TOOL_OPTIONS"))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
            awslocal("lambda", "create-function", "--function-name", f.logicalId(), "--runtime", "java21",
                    "--handler", f.handlerClass() + "::" + f.handlerMethod(),
                    "--role", "arn:aws:iam::000000000000:role/storyprint", "--zip-file",
                    "fileb:///opt/code/" + f.logicalId() + ".jar", "--timeout", Integer.toString(f.timeoutSeconds()),
                    "--memory-size", Integer.toString(f.memoryMb()),
                    "--environment", "Variables={" + env + ",STORYPRINT_ENDPOINT_URL=" + ENDPOINT_FROM_LAMBDA + "}");
            awslocal("lambda", "wait", "function-active-v2", "--function-name", f.logicalId());
            awslocal("lambda", "put-function-event-invoke-config", "--function-name", f.logicalId(),
                    "--maximum-retry-attempts", Integer.toString(f.maximumRetryAttempts()));
            for (Template.S3Trigger t : f.s3Triggers()) {
                notifications.add(LambdaFunctionConfiguration.builder()
                        .lambdaFunctionArn("arn:aws:lambda:" + localstack.getRegion() + ":000000000000:function:"
                                + f.logicalId())
                        .events(t.events().stream().map(Event::fromValue).toList())
                        .filter(b -> b.key(k -> k.filterRules(
                                FilterRule.builder().name("prefix").value(t.prefix()).build())))
                        .build());
            }
        }
        String bucket = template.buckets().get(0).name();
        s3.putBucketNotificationConfiguration(b -> b.bucket(bucket)
                .notificationConfiguration(n -> n.lambdaFunctionConfigurations(notifications)));
    }

    @AfterAll
    static void stop() {
        if (s3 != null) {
            s3.close();
        }
        if (localstack != null) {
            localstack.stop();
        }
    }

    private static Path jar(Template.Function f) {
        Object codeUri = Template.map(template.resource(f.logicalId()).get("Properties")).get("CodeUri");
        return TestTemplates.root().resolve(String.valueOf(codeUri));
    }

    private static void awslocal(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "awslocal";
        System.arraycopy(args, 0, command, 1, args.length);
        var result = localstack.execInContainer(command);
        if (result.getExitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + result.getStderr());
        }
    }

    @Override
    protected Stack stack() {
        return new Stack() {
            @Override
            public S3Client s3() {
                return s3;
            }

            @Override
            public String bucket() {
                return template.buckets().get(0).name();
            }

            @Override
            public String incomingPrefix() {
                return template.function("FingerprintFunction").orElseThrow().environment().get("INCOMING_PREFIX");
            }

            @Override
            public String resultsPrefix() {
                return template.function("MatchFunction").orElseThrow().environment().get("RESULTS_PREFIX");
            }

            @Override
            public long resultTimeoutMillis() {
                return RESULT_TIMEOUT_MILLIS;
            }
        };
    }
}
