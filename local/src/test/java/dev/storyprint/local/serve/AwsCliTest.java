package dev.storyprint.local.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.local.EmbeddedStack;
import dev.storyprint.local.Template;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The documented workflow with the real AWS CLI: {@code aws --endpoint-url ... s3 cp}. Skipped without {@code aws}. */
class AwsCliTest {
    /** The CLI starts in about a second; a minute is a hang. */
    private static final long CLI_TIMEOUT_SECONDS = 60;
    private static final long POLL_MILLIS = 200;

    private static Path aws() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "aws");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private record Run(int exit, String out) {}

    private static Run run(Path aws, String endpoint, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(aws.toString(), "--endpoint-url", endpoint));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", EmbeddedStack.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", EmbeddedStack.SECRET_KEY);
        env.put("AWS_DEFAULT_REGION", Template.LOCAL_REGION);
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        Process p = pb.start();
        if (!p.waitFor(CLI_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("aws " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void uploadWithTheCliAndReadTheResultWithTheCli() throws Exception {
        Path aws = aws();
        assumeTrue(aws != null, "the aws CLI is not on PATH; the SDK-driven ServeTest covers the same flow");
        Path sample = ServeClient.samples().stream()
                .filter(p -> p.getFileName().toString().startsWith("03a")).findFirst().orElseThrow();
        try (Serve serve = Serve.start(new Serve.Options(0, 0, null), ServeClient.template(),
                new ServeClient.Captured().stream)) {
            String endpoint = serve.s3Endpoint().toString();
            String key = "incoming/" + sample.getFileName();
            Run cp = run(aws, endpoint, "s3", "cp", sample.toString(), "s3://" + serve.bucket() + "/" + key);
            assertEquals(0, cp.exit(), cp.out());
            String id = ArticleIds.of(key, Files.readAllBytes(sample));
            long deadline = System.currentTimeMillis() + ServeClient.RESULT_TIMEOUT_MILLIS;
            Run result;
            do {
                Thread.sleep(POLL_MILLIS);
                result = run(aws, endpoint, "s3", "cp", "s3://" + serve.bucket() + "/results/" + id + ".json", "-");
            } while (result.exit() != 0 && System.currentTimeMillis() < deadline);
            assertEquals(0, result.exit(), result.out());
            JsonNode v = ServeClient.JSON.readTree(result.out());
            assertEquals(id, v.get("articleId").asText());
            assertEquals("original", v.get("label").asText());
        }
    }
}
