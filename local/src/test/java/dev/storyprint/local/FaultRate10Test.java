package dev.storyprint.local;

/** {@link FaultToleranceTest} with 10% of S3 and DynamoDB calls failing after they executed. */
class FaultRate10Test extends FaultToleranceTest {
    @Override
    double rate() {
        return 0.1;
    }
}
