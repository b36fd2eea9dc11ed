package dev.storyprint.local;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Child-JVM half of {@link EndpointRouterStreamingTest}: pushes {@code args[0]} MiB up through an
 * {@link EndpointRouter} to a counting upstream and the same back down, in a heap far smaller than
 * that. Prints the byte counts and exits 0; an OutOfMemoryError exits non-zero.
 */
public final class RouterMemoryProbe {
    private RouterMemoryProbe() {}

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]) << 20;
        AtomicLong uploaded = new AtomicLong();
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", ex -> {
            try (ex; InputStream in = ex.getRequestBody()) {
                if (ex.getRequestMethod().equals("PUT")) {
                    uploaded.addAndGet(in.transferTo(OutputStream.nullOutputStream()));
                    ex.sendResponseHeaders(200, -1);
                } else {
                    ex.sendResponseHeaders(200, size);
                    try (OutputStream out = ex.getResponseBody()) {
                        byte[] chunk = new byte[64 * 1024];
                        for (long sent = 0; sent < size; sent += chunk.length) {
                            out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                        }
                    }
                }
            }
        });
        upstream.start();
        URI up = URI.create("http://127.0.0.1:" + upstream.getAddress().getPort());
        try (EndpointRouter router = new EndpointRouter(0, URI.create("http://127.0.0.1:9"), up, (f, p) -> false)) {
            HttpClient client = HttpClient.newHttpClient();
            InputStream zeros = new InputStream() {
                private long left = size;

                @Override
                public int read() {
                    return left-- > 0 ? 0 : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) 0);
                    left -= n;
                    return n;
                }
            };
            HttpResponse<Void> put = client.send(HttpRequest.newBuilder(router.uri().resolve("/bucket/big"))
                    .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros), size))
                    .build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<InputStream> get = client.send(HttpRequest.newBuilder(router.uri().resolve("/bucket/big")).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            long downloaded;
            try (InputStream in = get.body()) {
                downloaded = in.transferTo(OutputStream.nullOutputStream());
            }
            System.out.println("PUT " + put.statusCode() + " " + uploaded.get() + " GET " + get.statusCode() + " " + downloaded);
        } finally {
            upstream.stop(0);
        }
        System.exit(0);
    }
}
