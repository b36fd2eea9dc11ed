package dev.storyprint.local;

import java.io.InputStream;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * S3 event notifications for s3proxy, as a blob-store middleware (the way s3proxy's own
 * middlewares decorate a store): every object creation is reported after it is stored.
 */
public final class NotifyingBlobStore extends ForwardingBlobStore {
    /** Receives {@code ObjectCreated:*} events. */
    public interface Listener {
        void objectCreated(String bucket, String key, long size, String eTag, String eventName);
    }

    private final Listener listener;

    NotifyingBlobStore(BlobStore delegate, Listener listener) {
        super(delegate);
        this.listener = listener;
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream payload) {
        PutObjectResponse response = super.putBlob(request, payload);
        notify(request.bucket(), request.key(), response.eTag(), "ObjectCreated:Put");
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        String eTag = response.copyObjectResult() == null ? null : response.copyObjectResult().eTag();
        notify(request.destinationBucket(), request.destinationKey(), eTag, "ObjectCreated:Copy");
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
                                                                   CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        notify(upload.containerName(), upload.blobName(), response.eTag(), "ObjectCreated:CompleteMultipartUpload");
        return response;
    }

    private void notify(String bucket, String key, String eTag, String eventName) {
        long size = -1;
        try {
            Long length = delegate().blobMetadata(HeadObjectRequest.builder().bucket(bucket).key(key).build())
                    .contentLength();
            size = length == null ? -1 : length;
        } catch (RuntimeException e) {
            // The object was just written; a failed size lookup must not lose the event.
        }
        String cleanTag = eTag == null ? "" : eTag.replace("\"", "");
        listener.objectCreated(bucket, key, size, cleanTag, eventName);
    }
}
