package dev.storyprint.store.aws;

import dev.storyprint.store.ObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link ObjectStore} on one S3 bucket. */
public final class S3ObjectStore implements ObjectStore {
    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final String bucket;

    public S3ObjectStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Optional<StoredObject> get(String key) {
        try {
            ResponseBytes<GetObjectResponse> r = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return Optional.of(new StoredObject(r.asByteArray(), r.response().contentType(), metadata(r.response().metadata())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    /**
     * Streams the object: a Content-Length over {@code maxBytes} ends the read before the body; else
     * at most {@code maxBytes + 1} bytes are read, and the connection is dropped if more follow.
     */
    @Override
    public Optional<StoredObject> get(String key, long maxBytes) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key))) {
            GetObjectResponse r = in.response();
            Map<String, String> meta = metadata(r.metadata());
            Long length = r.contentLength();
            if (length != null && length > maxBytes) {
                in.abort();
                return Optional.of(new StoredObject(null, length, r.contentType(), meta));
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (bytes.length > maxBytes) {
                in.abort(); // more than announced: at least maxBytes + 1
                return Optional.of(new StoredObject(null, Math.max(bytes.length, length == null ? 0 : length),
                        r.contentType(), meta));
            }
            return Optional.of(new StoredObject(bytes, r.contentType(), meta));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
    }

    @Override
    public Optional<StoredObject> head(String key) {
        try {
            HeadObjectResponse r = s3.headObject(b -> b.bucket(bucket).key(key));
            return Optional.of(new StoredObject(null, r.contentLength() == null ? -1 : r.contentLength(), r.contentType(),
                    metadata(r.metadata())));
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private static Map<String, String> metadata(Map<String, String> raw) {
        Map<String, String> meta = new TreeMap<>();
        raw.forEach((k, v) -> meta.put(k.toLowerCase(Locale.ROOT), v));
        return meta;
    }
}
