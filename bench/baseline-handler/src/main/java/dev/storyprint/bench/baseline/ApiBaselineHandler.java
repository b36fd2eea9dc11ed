package dev.storyprint.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * The cold-start baseline of the API function: the same event type and the same SDK calls as a
 * first POST ({@link SameIo}: the recorded DynamoDB operations, a PUT of the result; no GET, the
 * article is in the request), none of its code.
 */
public final class ApiBaselineHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    /** Built when the handler is (Lambda's init), as the functions build theirs. */
    static final Object CLIENTS = SameIo.S3;

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        SameIo.run(SameIo.env("ARTICLES_BUCKET", null), null, SameIo.env("RESULTS_PREFIX", "results/"));
        APIGatewayV2HTTPResponse r = new APIGatewayV2HTTPResponse();
        r.setStatusCode(200);
        r.setBody(event.getBody() == null ? "{}" : "{\"bytes\":" + event.getBody().length() + "}");
        return r;
    }
}
