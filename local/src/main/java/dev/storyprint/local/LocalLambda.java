package dev.storyprint.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the template's functions the way Lambda runs asynchronous invocations (S3 events, and the
 * fingerprint function's Invoke of the match function): on a pool of workers, each worker holding
 * its own handler instances (a warm execution environment), retried with backoff, and sent to an
 * on-failure destination when the retries are spent.
 */
public final class LocalLambda implements NotifyingBlobStore.Listener, AutoCloseable {
    /** First retry delay; doubled per attempt (Lambda waits minutes; a local run should not). */
    private static final long BASE_BACKOFF_MILLIS = 200;

    /**
     * An invocation whose retries are spent: the on-failure destination's record. An S3 event's
     * names its bucket and key; an Invoke's carries its payload, and its key is the upload the
     * payload is about.
     */
    public record Failure(String function, String bucket, String key, String eventName, int attempts,
                          String error, Instant at, String payload) {}

    /** The event name an Invoke's failure record carries. */
    public static final String INVOKE_EVENT = "Invoke";

    private final List<Template.Function> functions;
    private final ScheduledExecutorService workers;
    private final ThreadLocal<Map<String, Object>> warmHandlers = ThreadLocal.withInitial(HashMap::new);
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final Path failuresDir;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    /** Events that came before {@link #start}: a handler may not be built before the stack's environment is set. */
    private final List<Runnable> held = new ArrayList<>();
    private boolean started;
    private volatile boolean accepting = true;

    /**
     * @param concurrency how many invocations run at once (Lambda's concurrency)
     * @param failuresDir where failure records are written as JSON, or null to keep them in memory only
     */
    public LocalLambda(List<Template.Function> functions, int concurrency, Path failuresDir) {
        this(functions, concurrency, failuresDir, false);
    }

    /**
     * @param held true to keep the events that come before {@link #start} until then (a stack
     *             whose environment, which the handlers read as they are built, is not set yet)
     */
    public LocalLambda(List<Template.Function> functions, int concurrency, Path failuresDir, boolean held) {
        this.started = !held;
        this.functions = List.copyOf(functions);
        this.failuresDir = failuresDir;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newScheduledThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "lambda-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void objectCreated(String bucket, String key, long size, String eTag, String eventName) {
        for (Template.Function f : functions) {
            for (Template.S3Trigger t : f.s3Triggers()) {
                if (t.matches(bucket, eventName, key)) {
                    if (!accepting) {
                        // stopping: the object is stored, and the next start with its data dir resumes it
                        Logs.info("stopping: " + key + " is left for the next start");
                        continue;
                    }
                    S3Event event = S3Events.objectCreated(bucket, key, size, eTag, eventName);
                    queue(f, event, bucket, key, eventName, null);
                }
            }
        }
    }

    /**
     * Queues an asynchronous invocation of {@code function} (its local name, the logical id, or an
     * ARN ending with it) with {@code payload}, as Lambda's Invoke with InvocationType Event does.
     * False when the template has no such function.
     */
    public boolean invokeAsync(String function, byte[] payload) {
        String name = function.substring(function.lastIndexOf(':') + 1);
        Template.Function f = functions.stream().filter(x -> x.logicalId().equals(name)).findFirst().orElse(null);
        if (f == null) {
            return false;
        }
        if (!accepting) {
            Logs.info("stopping: an invocation of " + name + " is dropped; the next start resumes its upload");
            return true;
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        queue(f, payload, null, subjectOf(payload), INVOKE_EVENT, text);
        return true;
    }

    /** The upload an Invoke payload is about (its "key"), for logs and failure records. */
    private static String subjectOf(byte[] payload) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = Json.read(payload);
            return n.path("key").asText(n.path("articleId").asText(""));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void queue(Template.Function f, Object event, String bucket, String key, String eventName, String payload) {
        inFlight.incrementAndGet();
        Runnable invocation = () -> workers.execute(() -> attempt(f, event, bucket, key, eventName, payload, 0));
        synchronized (held) {
            if (!started) {
                held.add(invocation);
                return;
            }
        }
        invocation.run();
    }

    /** Runs the events held so far, and every later one as it comes. */
    public void start() {
        List<Runnable> ready;
        synchronized (held) {
            started = true;
            ready = new ArrayList<>(held);
            held.clear();
        }
        ready.forEach(Runnable::run);
    }

    /** Takes no new events (the stack is stopping); those already taken still run: see {@link #awaitIdle}. */
    public void stopAccepting() {
        accepting = false;
    }

    /**
     * Invokes {@code function} synchronously with {@code event} on the calling thread (tests, API).
     * A stream handler takes the event as JSON bytes ({@code byte[]} or {@code String}) and answers
     * its output's bytes.
     */
    public Object invoke(Template.Function function, Object event) throws Exception {
        Context context = new LocalContext(function.logicalId(), function.timeoutSeconds(), function.memoryMb());
        Object handler = warmHandlers.get().computeIfAbsent(function.logicalId(), id -> instantiate(function));
        if (handler instanceof RequestStreamHandler h && "handleRequest".equals(function.handlerMethod())) {
            byte[] in = event instanceof byte[] b ? b : event instanceof String str ? str.getBytes(StandardCharsets.UTF_8)
                    : Json.write(event).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            h.handleRequest(new ByteArrayInputStream(in), out, context);
            return out.toByteArray();
        }
        if (handler instanceof RequestHandler<?, ?> && "handleRequest".equals(function.handlerMethod())) {
            @SuppressWarnings("unchecked")
            RequestHandler<Object, Object> h = (RequestHandler<Object, Object>) handler;
            return h.handleRequest(event, context);
        }
        Method m = findMethod(handler.getClass(), function.handlerMethod());
        try {
            return m.invoke(handler, event, context);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    private void attempt(Template.Function f, Object event, String bucket, String key, String eventName,
                         String payload, int n) {
        try {
            invoke(f, event);
            done();
        } catch (Exception | LinkageError e) {
            if (n < f.maximumRetryAttempts()) {
                Logs.function(f.logicalId(), "attempt " + (n + 1) + " failed, retrying: " + e);
                workers.schedule(() -> attempt(f, event, bucket, key, eventName, payload, n + 1),
                        BASE_BACKOFF_MILLIS << n, TimeUnit.MILLISECONDS);
            } else {
                fail(new Failure(f.logicalId(), bucket, key, eventName, n + 1, stackTrace(e), Instant.now(), payload));
                done();
            }
        }
    }

    private void fail(Failure failure) {
        failures.add(failure);
        Logs.info(failure.function() + " failed on " + failure.key() + " after " + failure.attempts()
                + " attempts: " + failure.error().lines().findFirst().orElse(""));
        if (failuresDir != null) {
            try {
                Files.createDirectories(failuresDir);
                String name = failure.at().toEpochMilli() + "-" + failure.function() + "-"
                        + Integer.toHexString(failure.key().hashCode()) + ".json";
                Map<String, Object> event = new java.util.LinkedHashMap<>();
                if (failure.bucket() != null) {
                    event.put("bucket", failure.bucket());
                }
                event.put("key", failure.key());
                event.put("eventName", failure.eventName());
                if (failure.payload() != null) {
                    event.put("payload", failure.payload());
                }
                Files.writeString(failuresDir.resolve(name), Json.write(Map.of(
                        "function", failure.function(), "attempts", failure.attempts(), "at", failure.at().toString(),
                        "event", event, "error", failure.error())), StandardCharsets.UTF_8);
            } catch (IOException e) {
                Logs.info("could not record failure in " + failuresDir + ": " + e);
            }
        }
    }

    private void done() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /** Failures so far (invocations whose retries are spent). */
    public List<Failure> failures() {
        return new ArrayList<>(failures);
    }

    /** Waits until no invocation is running or scheduled; false on timeout. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                idle.wait(left);
            }
        }
        return true;
    }

    private static Object instantiate(Template.Function f) {
        try {
            return Class.forName(f.handlerClass()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create handler " + f.handlerClass() + " of " + f.logicalId(), e);
        }
    }

    private static Method findMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 2 && !m.isBridge()) {
                return m;
            }
        }
        throw new NoSuchMethodException(type.getName() + "::" + name);
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
