package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.storyprint.engine.Engine;
import dev.storyprint.store.MatchService;
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
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * API Gateway HTTP API (payload 2.0) -> {@link Api}. Thin: clients and services are built once per
 * process (Lambda's init phase), and a CRaC resource warms the engine and the JSON paths before a
 * SnapStart snapshot without calling any AWS service.
 */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** Warms before the snapshot; a static field keeps it strongly reachable from the CRaC context. */
    static final Resource PRIMER = new Resource() {
        @Override
        public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
            ApiPriming.warm(Defaults.ENGINE);
            SdkPriming.warm(Config.fromEnvironment()); // every store operation of a fresh article, in-process
        }

        @Override
        public void afterRestore(org.crac.Context<? extends Resource> context) {
            // the clients hold no open connections at snapshot time: nothing to refresh
        }
    };

    static {
        Core.getGlobalContext().register(PRIMER);
    }

    /** Process-wide services for the configuration in the environment. */
    private static final class Defaults {
        static final Engine ENGINE = Engine.standard();
        private static Config config;
        private static Api api;

        /**
         * Built once per configuration: in Lambda once per process; in the local stack again only if
         * a later stack in the same JVM points the functions elsewhere.
         */
        static synchronized Api api() {
            Config c = Config.fromEnvironment();
            if (!c.equals(config)) {
                api = build(c);
                config = c;
            }
            return api;
        }

        private static Api build(Config c) {
            DynamoDbClient db = AwsClients.dynamoDb(c);
            CapacityMeter meter = new CapacityMeter();
            DynamoArticleRepository articles = new DynamoArticleRepository(db, c.articlesTable(), c.signaturesTable(), meter);
            S3ObjectStore objects = new S3ObjectStore(AwsClients.s3(c), c.bucket());
            Telemetry telemetry = Telemetry.forFunction(Api.FUNCTION);
            MatchService match = new MatchService(ENGINE, objects, articles,
                    new DynamoSignatureIndex(db, c.signaturesTable(), meter), c.layout(), Clock.systemUTC(), telemetry);
            return new Api(ENGINE, match, articles, objects, telemetry);
        }
    }

    private final Api api;

    /** Used by Lambda (and the local stack): configuration from the environment. */
    public ApiHandler() {
        this(Defaults.api());
    }

    ApiHandler(Api api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return api.handle(event, context == null ? Telemetry.Invocation.NONE : Telemetry.Invocation.start(Api.FUNCTION,
                context.getAwsRequestId(), context.getFunctionName(), context.getFunctionVersion(),
                context.getInvokedFunctionArn(), context.getMemoryLimitInMB()));
    }
}
