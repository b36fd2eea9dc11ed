package dev.storyprint.local.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpRoutesTest {
    @Test
    void theProjectTemplateRoutesEveryRouteToApiFunction() throws Exception {
        HttpRoutes routes = HttpRoutes.load(ServeClient.template());
        assertEquals(List.of("POST /articles -> ApiFunction", "GET /articles/{articleId} -> ApiFunction",
                "GET /stories/{storyId} -> ApiFunction", "GET /ui/stories/{storyId} -> ApiFunction",
                "GET /ui/articles/{articleId} -> ApiFunction", "POST /stories/{storyId}/report -> ApiFunction"),
                routes.routes().stream().map(r -> r.routeKey() + " -> " + r.function()).toList());
        assertEquals("ApiFunction", routes.onlyFunction());
        HttpRoutes.Matched m = routes.resolve("GET", "/articles/abc");
        assertEquals("GET /articles/{articleId}", m.route().routeKey());
        assertEquals(Map.of("articleId", "abc"), m.pathParameters());
        assertNull(routes.resolve("GET", "/articles"), "no $default route in the template");
    }

    @Test
    void samHttpApiEventsAndDefaultRoutesAreRead(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("template.yaml");
        Files.writeString(t, """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y::handleRequest
                      Events:
                        Get:
                          Type: HttpApi
                          Properties: {Path: '/items/{id}', Method: get}
                        Files:
                          Type: HttpApi
                          Properties: {Path: '/files/{path+}', Method: ANY}
                  Other:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Z::handleRequest
                  Integration:
                    Type: AWS::ApiGatewayV2::Integration
                    Properties:
                      IntegrationUri: !GetAtt Other.Arn
                  Catchall:
                    Type: AWS::ApiGatewayV2::Route
                    Properties:
                      RouteKey: $default
                      Target: !Sub 'integrations/${Integration}'
                """);
        HttpRoutes routes = HttpRoutes.load(t);
        assertEquals("Fn", routes.resolve("GET", "/items/7").route().function());
        assertEquals(Map.of("path", "a/b.txt"), routes.resolve("DELETE", "/files/a/b.txt").pathParameters());
        assertEquals("Other", routes.resolve("POST", "/items/7").route().function(), "falls to $default");
        assertNull(routes.onlyFunction());
    }
}
