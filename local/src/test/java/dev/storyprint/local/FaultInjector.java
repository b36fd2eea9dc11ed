package dev.storyprint.local;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Injects throttling and server errors into S3 and DynamoDB calls AFTER the emulator executed them:
 * the real response is replaced, so a write that happened is reported as failed (the ambiguous
 * case retries must survive). Off until {@link #enable}; rate 0 otherwise.
 * <p>An SDK {@link ExecutionInterceptor}, registered for every SDK client of the test class path
 * (the handlers' included) through {@code software/amazon/awssdk/global/handlers/execution.interceptors}.
 */
public final class FaultInjector implements ExecutionInterceptor {
    /** One injected failure: the status, headers and body a real service sends. */
    record Fault(String kind, int status, String contentType, String body) {
        SdkHttpResponse response() {
            return SdkHttpResponse.builder().statusCode(status).statusText(kind)
                    .putHeader("Content-Type", contentType)
                    .putHeader("Content-Length", Integer.toString(bytes().length))
                    .putHeader("x-amzn-RequestId", "fault-injected")
                    .putHeader("x-amz-request-id", "fault-injected")
                    .build();
        }

        byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final String DDB_JSON = "application/x-amz-json-1.0";
    private static final Fault[] DYNAMO_FAULTS = {
        dynamo("ThrottlingException", 400, "Rate of requests exceeds the allowed throughput."),
        dynamo("ProvisionedThroughputExceededException", 400, "The level of configured provisioned throughput for the table was exceeded."),
        dynamo("InternalServerError", 500, "Internal server error"),
    };
    private static final Fault[] S3_FAULTS = {
        s3("SlowDown", 503, "Please reduce your request rate."),
        s3("InternalError", 500, "We encountered an internal error. Please try again."),
    };
    private static final ExecutionAttribute<Fault> FAULT = new ExecutionAttribute<>("storyprint.injectedFault");
    private static final Fault NONE = new Fault("none", 200, "", "");

    private static volatile double rate;
    private static Random random = new Random(0);
    private static final ThreadLocal<Boolean> BYPASS = ThreadLocal.withInitial(() -> false);
    private static final Map<String, AtomicLong> INJECTED = new ConcurrentHashMap<>();
    private static final AtomicLong CALLS = new AtomicLong();

    /** Faults {@code probability} of the calls from now on, drawn from a seeded generator. */
    public static synchronized void enable(double probability, long seed) {
        if (probability < 0 || probability >= 1) {
            throw new IllegalArgumentException("probability must be in [0, 1): " + probability);
        }
        random = new Random(seed);
        INJECTED.clear();
        CALLS.set(0);
        rate = probability;
    }

    public static void disable() {
        rate = 0;
    }

    /** Runs {@code action} on this thread with no faults (the test's own uploads and checks). */
    public static <T> T bypass(Supplier<T> action) {
        BYPASS.set(true);
        try {
            return action.get();
        } finally {
            BYPASS.set(false);
        }
    }

    /** Injected faults by kind since {@link #enable}. */
    public static Map<String, Long> injected() {
        Map<String, Long> out = new java.util.TreeMap<>();
        INJECTED.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Calls seen while enabled. */
    public static long calls() {
        return CALLS.get();
    }

    private static Fault pick(SdkHttpRequest request) {
        if (rate == 0 || BYPASS.get()) {
            return NONE;
        }
        CALLS.incrementAndGet();
        boolean dynamo = request.firstMatchingHeader("X-Amz-Target").isPresent();
        Fault[] choices = dynamo ? DYNAMO_FAULTS : S3_FAULTS;
        Fault f;
        synchronized (FaultInjector.class) {
            if (random.nextDouble() >= rate) {
                return NONE;
            }
            f = choices[random.nextInt(choices.length)];
        }
        INJECTED.computeIfAbsent((dynamo ? "dynamodb " : "s3 ") + f.kind(), k -> new AtomicLong()).incrementAndGet();
        return f;
    }

    private static Fault dynamo(String code, int status, String message) {
        return new Fault(code, status, DDB_JSON,
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code + "\",\"message\":\"" + message + "\"}");
    }

    private static Fault s3(String code, int status, String message) {
        return new Fault(code, status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
                + code + "</Code><Message>" + message + "</Message><RequestId>fault-injected</RequestId></Error>");
    }

    private static void drain(Optional<? extends InputStream> body) {
        body.ifPresent(in -> {
            try (InputStream i = in) {
                i.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // --- SDK interceptor: decided per attempt, after the request reached the emulator ---

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Fault f = pick(context.httpRequest());
        attributes.putAttribute(FAULT, f);
        return f == NONE ? context.httpResponse() : f.response();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        Fault f = attributes.getAttribute(FAULT);
        if (f == null || f == NONE) {
            return context.responseBody();
        }
        drain(context.responseBody());
        return Optional.of(new ByteArrayInputStream(f.bytes()));
    }
}
