package dev.storyprint.store.aws;

import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/** An SDK HTTP client that answers every request in-process and never opens a connection (priming). */
final class InProcessHttpClient implements SdkHttpClient {
    /** One answer: status, content type (null for none) and body. */
    record Answer(int status, String contentType, byte[] body) {}

    private final Function<SdkHttpRequest, Answer> answers;

    InProcessHttpClient(Function<SdkHttpRequest, Answer> answers) {
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        Answer a = answers.apply(request.httpRequest());
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(a.status())
                        .putHeader("Content-Length", Integer.toString(a.body().length));
                if (a.contentType() != null) {
                    response.putHeader("Content-Type", a.contentType());
                }
                return HttpExecuteResponse.builder().response(response.build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(a.body())))
                        .build();
            }

            @Override
            public void abort() {
                // nothing in flight
            }
        };
    }

    @Override
    public String clientName() {
        return "priming";
    }

    @Override
    public void close() {
        // holds nothing
    }
}
