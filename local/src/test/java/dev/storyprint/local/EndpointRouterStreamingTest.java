package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The local S3/DynamoDB endpoint streams bodies: 256 MiB go up and come back down through it in a
 * JVM with a 48 MiB heap (a router that buffered a body would die of OutOfMemoryError).
 */
class EndpointRouterStreamingTest {
    private static final int MIB = 256;

    @Test
    void bodiesLargerThanTheHeapPassThrough() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), RouterMemoryProbe.class.getName(), Integer.toString(MIB)))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        long bytes = (long) MIB << 20;
        assertEquals(0, p.exitValue(), out);
        assertEquals("PUT 200 " + bytes + " GET 200 " + bytes, out.lines().filter(l -> l.startsWith("PUT ")).findFirst()
                .orElse(out));
    }
}
