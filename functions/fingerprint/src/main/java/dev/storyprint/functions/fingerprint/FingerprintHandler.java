package dev.storyprint.functions.fingerprint;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.storyprint.engine.Engine;
import dev.storyprint.store.Envelope;
import dev.storyprint.store.FingerprintService;
import dev.storyprint.store.Priming;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.Telemetry;
import dev.storyprint.store.aws.AwsClients;
import dev.storyprint.store.aws.Config;
import dev.storyprint.store.aws.InvokePriming;
import dev.storyprint.store.aws.LambdaMatchQueue;
import dev.storyprint.store.aws.S3ObjectStore;
import java.util.Objects;
import java.util.Optional;
import org.crac.Core;
import org.crac.Resource;

/**
 * S3 upload under {@code incoming/} -> an asynchronous invocation of the match function with the
 * article's envelope. Thin: decodes the event, calls {@link FingerprintService}, logs one line per
 * object. Failures are rethrown so the
 * asynchronous invocation is retried and then sent to the on-failure destination.
 */
public final class FingerprintHandler implements RequestHandler<S3Event, Void> {
    public static final String FUNCTION = "fingerprint";

    /**
     * Warms the engine and the Invoke request path (answered in-process) before a SnapStart
     * snapshot; a static field keeps it strongly reachable.
     */
    static final Resource PRIMER = new Resource() {
        @Override
        public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
            Priming.warm(Defaults.ENGINE);
            InvokePriming.warm(Defaults.CONFIG);
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
        static final FingerprintService SERVICE = new FingerprintService(ENGINE,
                new S3ObjectStore(AwsClients.s3(CONFIG), CONFIG.bucket()),
                new LambdaMatchQueue(AwsClients.lambda(CONFIG), CONFIG.requireMatchFunction()), CONFIG.layout());
        static final Telemetry TELEMETRY = Telemetry.forFunction(FUNCTION);
    }

    private final FingerprintService service;
    private final StorageLayout layout;
    private final Telemetry telemetry;

    /** Used by Lambda. */
    public FingerprintHandler() {
        this(Defaults.SERVICE, Defaults.CONFIG.layout(), Defaults.TELEMETRY);
    }

    /** Used by tests and the local stack. */
    public FingerprintHandler(FingerprintService service, StorageLayout layout, Telemetry telemetry) {
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
            Long size = record.getS3().getObject().getSizeAsLong();
            handle(record.getS3().getObject().getUrlDecodedKey(), size == null ? FingerprintService.UNKNOWN_SIZE : size,
                    invocation);
        }
        return null;
    }

    private void handle(String key, long size, Telemetry.Invocation invocation) {
        long start = System.nanoTime();
        if (!layout.isIncoming(key)) {
            // Our own writes must never re-trigger us (recursion guard if the trigger filter is wrong).
            telemetry.article(invocation, null, key, null, null, 0, Telemetry.OUTCOME_SKIPPED);
            return;
        }
        try {
            Optional<Envelope> envelope = service.process(key, size);
            telemetry.article(invocation, envelope.map(Envelope::articleId).orElse(null), key,
                    envelope.map(e -> e.rejected() ? "rejected" : null).orElse(null), null,
                    millisSince(start), envelope.isPresent() ? Telemetry.OUTCOME_OK : Telemetry.OUTCOME_SKIPPED);
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
