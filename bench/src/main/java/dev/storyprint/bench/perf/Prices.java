package dev.storyprint.bench.perf;

/**
 * On-demand list prices, US East (N. Virginia), in dollars, and the cost of one article from its
 * measured requests, units and durations. Prices as listed by AWS since 2024-11-01 (the DynamoDB
 * on-demand price cut of that date); written down 2026-11 from those list pages, not fetched at run
 * time (no network here): re-check them before quoting a figure.
 */
public final class Prices {
    /** The date the figures below are from. */
    public static final String AS_OF = "2024-11-01 (us-east-1 list prices)";
    /** DynamoDB on-demand: per write request unit (1 KB written; a failed conditional write too). */
    public static final double DYNAMODB_PER_WRITE_UNIT = 0.625 / 1e6;
    /** DynamoDB on-demand: per read request unit (4 KB strongly consistent). */
    public static final double DYNAMODB_PER_READ_UNIT = 0.125 / 1e6;
    /** Lambda arm64: per GB-second (first 7.5 billion GB-s a month). */
    public static final double LAMBDA_ARM_PER_GB_SECOND = 0.0000133334;
    /** Lambda: per invocation. */
    public static final double LAMBDA_PER_REQUEST = 0.20 / 1e6;
    /** S3 Standard: per PUT (also COPY, POST, LIST). */
    public static final double S3_PER_PUT = 0.005 / 1e3;
    /** S3 Standard: per GET. */
    public static final double S3_PER_GET = 0.0004 / 1e3;
    /** Both functions' MemorySize in template.yaml (Globals). */
    public static final double LAMBDA_MEMORY_GB = 1024 / 1024.0;
    /** Invocations per article: the fingerprint function, then the match function. */
    public static final int LAMBDA_INVOCATIONS = 2;
    /**
     * S3 requests the pipeline makes per article: GET incoming/ (fingerprint function) and PUT
     * results/ (match function); the envelope travels in the match function's invocation, billed
     * above as one of {@link #LAMBDA_INVOCATIONS}. The upload's own PUT is the sender's request and
     * is not counted.
     */
    public static final int S3_PUTS = 1;
    public static final int S3_GETS = 1;

    private Prices() {}

    /** Dollars per million articles, by part. */
    public record Cost(double dynamoDb, double lambda, double s3) {
        public double total() {
            return dynamoDb + lambda + s3;
        }
    }

    /**
     * @param readUnits  read request units per article
     * @param writeUnits write request units per article
     * @param lambdaMs   billed duration of both functions per article, milliseconds
     */
    public static Cost perMillion(double readUnits, double writeUnits, double lambdaMs) {
        double dynamo = readUnits * DYNAMODB_PER_READ_UNIT + writeUnits * DYNAMODB_PER_WRITE_UNIT;
        double lambda = lambdaMs / 1000.0 * LAMBDA_MEMORY_GB * LAMBDA_ARM_PER_GB_SECOND + LAMBDA_INVOCATIONS * LAMBDA_PER_REQUEST;
        double s3 = S3_PUTS * S3_PER_PUT + S3_GETS * S3_PER_GET;
        return new Cost(dynamo * 1e6, lambda * 1e6, s3 * 1e6);
    }
}
