package dev.storyprint.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The contract check itself can fail: documents that break the schema are caught. */
class OpenApiContractTest {
    private static ObjectNode verdict() throws Exception {
        return (ObjectNode) OpenApiContract.JSON.readTree("""
                {"articleId": "0123456789abcdef0123", "label": "syndicated", "storyId": "aaaaaaaaaaaaaaaaaaaa",
                 "matchedArticleId": "aaaaaaaaaaaaaaaaaaaa", "confidence": 0.93,
                 "scores": {"containment": 0.9, "skeleton": 0.8}, "evidence": {"summary": "copy"},
                 "key": null, "title": null, "source": null, "url": null, "publishedAt": null,
                 "decidedAt": "2026-11-22T10:00:00Z", "history": []}
                """);
    }

    @Test
    void aWellFormedVerdictPasses() throws Exception {
        assertEquals(java.util.Set.of(), OpenApiContract.violations(Route.GET_ARTICLE, 200, verdict()));
    }

    @Test
    void brokenVerdictsFail() throws Exception {
        ObjectNode badLabel = verdict().put("label", "copied");
        assertFalse(OpenApiContract.violations(Route.GET_ARTICLE, 200, badLabel).isEmpty());
        ObjectNode noStory = verdict();
        noStory.remove("storyId");
        assertFalse(OpenApiContract.violations(Route.POST_ARTICLE, 200, noStory).isEmpty());
        ObjectNode copyWithoutSource = verdict();
        copyWithoutSource.putNull("matchedArticleId");
        assertFalse(OpenApiContract.violations(Route.GET_ARTICLE, 200, copyWithoutSource).isEmpty());
        ObjectNode rejectedWithoutReason = verdict().put("label", "rejected");
        rejectedWithoutReason.putNull("storyId");
        rejectedWithoutReason.putNull("matchedArticleId");
        assertFalse(OpenApiContract.violations(Route.GET_ARTICLE, 200, rejectedWithoutReason).isEmpty());
        rejectedWithoutReason.put("reason", "too short");
        assertTrue(OpenApiContract.violations(Route.GET_ARTICLE, 200, rejectedWithoutReason).isEmpty());
        ObjectNode badId = verdict().put("articleId", "XYZ");
        assertFalse(OpenApiContract.violations(Route.GET_ARTICLE, 200, badId).isEmpty());
    }

    @Test
    void errorsNeedBothFieldsAndAKnownCode() throws Exception {
        JsonNode ok = OpenApiContract.JSON.readTree("{\"error\": \"not-found\", \"message\": \"no article\"}");
        assertTrue(OpenApiContract.violations(Route.GET_ARTICLE, 404, ok).isEmpty());
        JsonNode noMessage = OpenApiContract.JSON.readTree("{\"error\": \"not-found\"}");
        assertFalse(OpenApiContract.violations(Route.GET_ARTICLE, 404, noMessage).isEmpty());
        JsonNode unknownCode = OpenApiContract.JSON.readTree("{\"error\": \"oops\", \"message\": \"x\"}");
        assertFalse(OpenApiContract.violations(Route.GET_ARTICLE, 404, unknownCode).isEmpty());
    }

    @Test
    void undocumentedStatusesFail() throws Exception {
        JsonNode err = OpenApiContract.JSON.readTree("{\"error\": \"internal\", \"message\": \"x\"}");
        assertFalse(OpenApiContract.violations(Route.GET_STORY, 418, err).isEmpty());
    }
}
