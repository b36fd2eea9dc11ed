package dev.storyprint.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The Lambda {@link Context} of one local invocation; logs go to stderr, prefixed with the function. */
public final class LocalContext implements Context {
    private final String functionName;
    private final String requestId = UUID.randomUUID().toString();
    private final long deadlineMillis;
    private final int memoryMb;
    private final LambdaLogger logger;

    public LocalContext(String functionName, int timeoutSeconds, int memoryMb) {
        this.functionName = functionName;
        this.deadlineMillis = System.currentTimeMillis() + timeoutSeconds * 1000L;
        this.memoryMb = memoryMb;
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                Logs.function(functionName, message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + Template.LOCAL_REGION + ":" + Template.LOCAL_ACCOUNT_ID + ":function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
