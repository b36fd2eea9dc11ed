package dev.storyprint.functions.match;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.Priming;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.Telemetry;
import dev.storyprint.store.aws.AwsClients;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.Config;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.S3ObjectStore;
import dev.storyprint.store.aws.SdkPriming;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * S3 object under {@code fingerprints/} -> verdict in DynamoDB and {@code results/<articleId>.json}.
 * Thin: decodes the event, calls {@link MatchService}, logs one line per article. Failures
 * (including {@link dev.storyprint.store.RetryableException}) are rethrown so the asynchronous
 * invocation is retried and then sent to the on-failure destination.
 */
public final class MatchHandler implements RequestHandler<S3Event, Void> {
    public static final String FUNCTION = "match";

    /**
     * Warms the engine and the SDK's request path (in-process answers, no store touched) before a
     * SnapStart snapshot; a static field keeps it strongly reachable.
     */
    static final Resource PRIMER = new Resource() {
        @Override
        public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
            Priming.warm(Defaults.ENGINE);
            SdkPriming.warm(Defaults.CONFIG);
        }

        @Override
        public void afterRestore(org.crac.Context<? extends Resource> context) {
            // clients hold no connections at snapshot time: nothing to refresh
        }
    };

    static {
        Core.getGlobalContext().register(PRIMER);
    }

    /** Built on first use of the no-arg constructor (Lambda's init phase), once per process. */
    private static final class Defaults {
        static final Engine ENGINE = Engine.standard();
        static final Config CONFIG = Config.fromEnvironment();
        static final Telemetry TELEMETRY = Telemetry.forFunction(FUNCTION);
        static final MatchService SERVICE = service(ENGINE, CONFIG);

        private static MatchService service(Engine engine, Config config) {
            DynamoDbClient db = AwsClients.dynamoDb(config);
            CapacityMeter meter = new CapacityMeter();
            return new MatchService(engine, new S3ObjectStore(AwsClients.s3(config), config.bucket()),
                    new DynamoArticleRepository(db, config.articlesTable(), config.signaturesTable(), meter),
                    new DynamoSignatureIndex(db, config.signaturesTable(), meter), config.layout(), Clock.systemUTC(),
                    TELEMETRY);
        }
    }

    private final MatchService service;
    private final StorageLayout layout;
    private final Telemetry telemetry;

    /** Used by Lambda. */
    public MatchHandler() {
        this(Defaults.SERVICE, Defaults.CONFIG.layout(), Defaults.TELEMETRY);
    }

    /** Used by tests and the local stack. */
    public MatchHandler(MatchService service, StorageLayout layout, Telemetry telemetry) {
        this.service = Objects.requireNonNull(service, "service");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        if (event == null || event.getRecords() == null) {
            return null;
        }
        Telemetry.Invocation invocation = invocation(context);
        for (S3EventNotificationRecord record : event.getRecords()) {
            handle(record.getS3().getObject().getUrlDecodedKey(), invocation);
        }
        return null;
    }

    private void handle(String key, Telemetry.Invocation invocation) {
        long start = System.nanoTime();
        if (!layout.isFingerprint(key)) {
            // Our own results must never re-trigger us (recursion guard if the trigger filter is wrong).
            telemetry.article(invocation, null, key, null, null, 0, Telemetry.OUTCOME_SKIPPED);
            return;
        }
        try {
            Optional<Verdict> v = service.process(key);
            telemetry.article(invocation, v.map(Verdict::articleId).orElse(null), key, v.map(x -> x.label().wire()).orElse(null),
                    v.map(Verdict::storyId).orElse(null), millisSince(start),
                    v.isPresent() ? Telemetry.OUTCOME_OK : Telemetry.OUTCOME_SKIPPED);
        } catch (RuntimeException e) {
            telemetry.article(invocation, null, key, null, null, millisSince(start), Telemetry.OUTCOME_FAILED);
            throw e;
        }
    }

    /** This event's invocation for the log line (the context is null only in tests). */
    static Telemetry.Invocation invocation(Context c) {
        return c == null ? Telemetry.Invocation.NONE : Telemetry.Invocation.start(FUNCTION, c.getAwsRequestId(),
                c.getFunctionName(), c.getFunctionVersion(), c.getInvokedFunctionArn(), c.getMemoryLimitInMB());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
