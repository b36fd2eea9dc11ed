package dev.storyprint.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** template.yaml routes API Gateway to this function for exactly the routes the handler serves. */
class TemplateRoutesTest {
    /** An ApiGatewayV2 route key ({@code RouteKey: GET /x}) or a SAM HttpApi event's Path/Method pair. */
    private static final Pattern ROUTE_KEY = Pattern.compile("(?m)^\\s*RouteKey:\\s*['\"]?([A-Z]+ /[^'\"\\s]*)");

    @Test
    void templateDeclaresTheHandlersRoutes() throws IOException {
        String root = System.getProperty("storyprint.root.dir");
        Path template = root == null ? null : Path.of(root, "template.yaml");
        assumeTrue(template != null && Files.isRegularFile(template), "no template.yaml at " + template);
        Set<String> declared = new TreeSet<>();
        Matcher m = ROUTE_KEY.matcher(Files.readString(template));
        while (m.find()) {
            declared.add(m.group(1));
        }
        Set<String> served = new TreeSet<>();
        EnumSet.allOf(Route.class).forEach(r -> served.add(r.routeKey()));
        assertEquals(served, declared);
    }
}
