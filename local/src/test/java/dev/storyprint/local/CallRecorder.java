package dev.storyprint.local;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Request;

/**
 * Records, per function, the IAM action and resource ARN of every SDK call made on a thread that
 * runs inside {@link #as} (what the function's policy must allow), the S3 operations by key and
 * how many bytes of each object's content were read. Registered for every SDK client
 * of the test class path (software/amazon/awssdk/global/handlers/execution.interceptors); calls
 * outside {@link #as} (the tests' own uploads) are not recorded.
 */
public final class CallRecorder implements ExecutionInterceptor {
    /** One authorization IAM makes: {@code dynamodb:Query} on {@code arn:...:table/T/index/I}. */
    public record Call(String action, String arn) implements Comparable<Call> {
        @Override
        public int compareTo(Call o) {
            int c = action.compareTo(o.action);
            return c != 0 ? c : arn.compareTo(o.arn);
        }
    }

    private static final ThreadLocal<String> FUNCTION = new ThreadLocal<>();
    private static final Map<String, Set<Call>> CALLS = new ConcurrentHashMap<>();
    private static final List<String> S3_OPERATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final Map<String, AtomicLong> CONTENT_READ = new ConcurrentHashMap<>();

    /** Runs {@code action} with its SDK calls recorded under {@code function}. */
    public static <T> T as(String function, Callable<T> action) throws Exception {
        String outer = FUNCTION.get();
        FUNCTION.set(function);
        try {
            return action.call();
        } finally {
            FUNCTION.set(outer);
        }
    }

    /** Calls recorded so far, by function. */
    public static Map<String, Set<Call>> calls() {
        Map<String, Set<Call>> out = new TreeMap<>();
        CALLS.forEach((f, c) -> out.put(f, new TreeSet<>(c)));
        return out;
    }

    /** S3 operations recorded so far, as {@code "GetObject incoming/x.txt"}, in order. */
    public static List<String> s3Operations() {
        return List.copyOf(S3_OPERATIONS);
    }

    /** Bytes of {@code key}'s content that recorded GetObject calls read (0 when never read). */
    public static long contentRead(String key) {
        AtomicLong n = CONTENT_READ.get(key);
        return n == null ? 0 : n.get();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String function = FUNCTION.get();
        if (function != null) {
            CALLS.computeIfAbsent(function, f -> ConcurrentHashMap.newKeySet()).addAll(authorizations(context.request()));
            if (context.request() instanceof S3Request s3) {
                s3.getValueForField("Key", String.class).ifPresent(key -> S3_OPERATIONS.add(
                        s3.getClass().getSimpleName().replace("Request", "") + " " + key));
            }
        }
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        if (FUNCTION.get() == null || !(context.request() instanceof GetObjectRequest get)
                || context.responseBody().isEmpty()) {
            return context.responseBody();
        }
        AtomicLong counter = CONTENT_READ.computeIfAbsent(get.key(), k -> new AtomicLong());
        return Optional.of(new FilterInputStream(context.responseBody().get()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counter.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    counter.addAndGet(n);
                }
                return n;
            }
        });
    }

    /** What IAM checks for a request (a transaction: each of its actions on its table). */
    static List<Call> authorizations(SdkRequest request) {
        List<Call> out = new ArrayList<>();
        if (request instanceof GetItemRequest r) {
            out.add(dynamo("GetItem", r.tableName(), null));
        } else if (request instanceof PutItemRequest r) {
            out.add(dynamo("PutItem", r.tableName(), null));
        } else if (request instanceof UpdateItemRequest r) {
            out.add(dynamo("UpdateItem", r.tableName(), null));
        } else if (request instanceof DeleteItemRequest r) {
            out.add(dynamo("DeleteItem", r.tableName(), null));
        } else if (request instanceof QueryRequest r) {
            out.add(dynamo("Query", r.tableName(), r.indexName()));
        } else if (request instanceof ScanRequest r) {
            out.add(dynamo("Scan", r.tableName(), r.indexName()));
        } else if (request instanceof BatchGetItemRequest r) {
            r.requestItems().keySet().forEach(t -> out.add(dynamo("BatchGetItem", t, null)));
        } else if (request instanceof BatchWriteItemRequest r) {
            r.requestItems().keySet().forEach(t -> out.add(dynamo("BatchWriteItem", t, null)));
        } else if (request instanceof TransactGetItemsRequest r) {
            r.transactItems().forEach(i -> out.add(dynamo("GetItem", i.get().tableName(), null)));
        } else if (request instanceof TransactWriteItemsRequest r) {
            for (TransactWriteItem i : r.transactItems()) {
                if (i.put() != null) {
                    out.add(dynamo("PutItem", i.put().tableName(), null));
                } else if (i.update() != null) {
                    out.add(dynamo("UpdateItem", i.update().tableName(), null));
                } else if (i.delete() != null) {
                    out.add(dynamo("DeleteItem", i.delete().tableName(), null));
                } else if (i.conditionCheck() != null) {
                    out.add(dynamo("ConditionCheckItem", i.conditionCheck().tableName(), null));
                }
            }
        } else if (request instanceof GetObjectRequest r) {
            out.add(new Call("s3:GetObject", object(r.bucket(), r.key())));
        } else if (request instanceof HeadObjectRequest r) {
            out.add(new Call("s3:GetObject", object(r.bucket(), r.key())));
        } else if (request instanceof PutObjectRequest r) {
            out.add(new Call("s3:PutObject", object(r.bucket(), r.key())));
        } else if (request instanceof DeleteObjectRequest r) {
            out.add(new Call("s3:DeleteObject", object(r.bucket(), r.key())));
        } else if (request instanceof ListObjectsV2Request r) {
            out.add(new Call("s3:ListBucket", "arn:aws:s3:::" + r.bucket()));
        } else if (request instanceof InvokeRequest r) {
            // the function as named (locally the template's !Ref resolves to the same name)
            out.add(new Call("lambda:InvokeFunction", r.functionName()));
        } else {
            // an operation this recorder does not know: the policy test fails on it
            out.add(new Call("unknown:" + request.getClass().getSimpleName(), "*"));
        }
        return out;
    }

    private static Call dynamo(String action, String table, String index) {
        return new Call("dynamodb:" + action, "arn:aws:dynamodb:" + Template.LOCAL_REGION + ":"
                + Template.LOCAL_ACCOUNT_ID + ":table/" + table + (index == null ? "" : "/index/" + index));
    }

    private static String object(String bucket, String key) {
        return "arn:aws:s3:::" + bucket + "/" + key;
    }
}
