package dev.storyprint.bench.perf;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs in the child JVM next to a function's shaded jar: builds the handler (its static init builds
 * the SDK clients, as the Lambda runtime would), hands it one event and prints {@code HANDLED} when
 * the handler returns. Only classes of the function jar and this one are loaded.
 *
 * <p>Args: handler class, {@code s3 <bucket> <key>}, {@code api <body>}, {@code invoke <payload file>}
 * (a stream handler's asynchronous invocation) or {@code init} (build the handler only).
 */
public final class ColdStartDriver {
    /** The line the parent waits for. */
    public static final String DONE = "HANDLED";
    /** Printed after {@link #DONE}: this process's CPU time so far, in ms (a shared machine's steadier figure). */
    public static final String CPU = "CPU_MS";
    /** Event argument for a start that only builds the handler (Lambda's init phase), no event. */
    public static final String INIT = "init";

    private ColdStartDriver() {}

    public static void main(String[] args) throws Exception {
        Class<?> type = Class.forName(args[0]);
        Object handler = type.getDeclaredConstructor().newInstance();
        if (INIT.equals(args[1])) {
            done("init");
        }
        if (handler instanceof RequestStreamHandler stream) {
            if (!"invoke".equals(args[1])) {
                throw new IllegalStateException(args[0] + " takes an invocation's payload: invoke <file>");
            }
            stream.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[2]))),
                    new ByteArrayOutputStream(), new DriverContext());
            done("stream");
        }
        Method handle = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals("handleRequest") && m.getParameterCount() == 2
                    && m.getParameterTypes()[0] != Object.class && !m.isBridge()) {
                handle = m;
            }
        }
        if (handle == null) {
            throw new IllegalStateException("no handleRequest(Event, Context) on " + args[0]);
        }
        Object event = "s3".equals(args[1]) ? s3Event(args[2], args[3]) : apiEvent(args[2]);
        Object result = handle.invoke(handler, event, new DriverContext());
        done(result == null ? "null" : result.getClass().getSimpleName());
    }

    private static void done(String what) {
        System.out.println(DONE + " " + what);
        System.out.flush();
        // After DONE, so the classes this loads are outside the measured time.
        ProcessHandle.current().info().totalCpuDuration()
                .ifPresent(d -> System.out.println(CPU + " " + d.toMillis()));
        System.out.flush();
        System.exit(0);
    }

    static S3Event s3Event(String bucket, String key) {
        S3EventNotification.S3BucketEntity b = new S3EventNotification.S3BucketEntity(bucket, null, "arn:aws:s3:::" + bucket);
        S3EventNotification.S3ObjectEntity o = new S3EventNotification.S3ObjectEntity(key, 0L, null, null, null);
        S3EventNotification.S3Entity s3 = new S3EventNotification.S3Entity("cold", b, o, "1.0");
        return new S3Event(List.of(new S3EventNotification.S3EventNotificationRecord("us-east-1",
                "ObjectCreated:Put", "aws:s3", "2026-01-01T00:00:00.000Z", "2.1", null, null, s3, null)));
    }

    static APIGatewayV2HTTPEvent apiEvent(String body) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /articles")
                .withRawPath("/articles")
                .withHeaders(Map.of("content-type", "text/plain"))
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("POST").withPath("/articles").build())
                        .build())
                .build();
    }

    /** The few Context fields a handler may read; logs go to stderr. */
    static final class DriverContext implements Context {
        @Override
        public String getAwsRequestId() {
            return "cold-start";
        }

        @Override
        public String getLogGroupName() {
            return "cold-start";
        }

        @Override
        public String getLogStreamName() {
            return "cold-start";
        }

        @Override
        public String getFunctionName() {
            return "cold-start";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:000000000000:function:cold-start";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 60_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    System.err.println(message);
                }

                @Override
                public void log(byte[] message) {
                    System.err.println(new String(message, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
