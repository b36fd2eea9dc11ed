package dev.storyprint.functions.match;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.Envelope;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.Priming;
import dev.storyprint.store.Telemetry;
import dev.storyprint.store.aws.AwsClients;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.Config;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.S3ObjectStore;
import dev.storyprint.store.aws.SdkPriming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An asynchronous invocation from the fingerprint function (its payload: the article's
 * {@link Envelope}) -> verdict in DynamoDB and {@code results/<articleId>.json}. Thin: reads the
 * envelope, calls {@link MatchService}, logs one line per article. Failures (including
 * {@link dev.storyprint.store.RetryableException} and a payload that is not an envelope) are
 * rethrown so Lambda retries the invocation and then sends it to the on-failure destination.
 */
public final class MatchHandler implements RequestStreamHandler {
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
    private final Telemetry telemetry;

    /** Used by Lambda. */
    public MatchHandler() {
        this(Defaults.SERVICE, Defaults.TELEMETRY);
    }

    /** Used by tests and the local stack. */
    public MatchHandler(MatchService service, Telemetry telemetry) {
        this.service = Objects.requireNonNull(service, "service");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Telemetry.Invocation invocation = invocation(context);
        long start = System.nanoTime();
        Envelope envelope;
        try {
            envelope = Envelope.fromJson(input.readAllBytes());
        } catch (RuntimeException e) {
            // e.g. an S3 event sent here by hand: this function has no S3 trigger any more
            telemetry.article(invocation, null, null, null, null, millisSince(start), Telemetry.OUTCOME_FAILED);
            throw e;
        }
        try {
            Verdict v = service.process(envelope);
            telemetry.article(invocation, envelope.articleId(), envelope.key(), v.label().wire(), v.storyId(),
                    millisSince(start), Telemetry.OUTCOME_OK);
        } catch (RuntimeException e) {
            telemetry.article(invocation, envelope.articleId(), envelope.key(), null, null, millisSince(start),
                    Telemetry.OUTCOME_FAILED);
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
