package dev.storyprint.local;

/** {@link FaultToleranceTest} with 30% of S3 and DynamoDB calls failing after they executed. */
class FaultRate30Test extends FaultToleranceTest {
    @Override
    double rate() {
        return 0.3;
    }
}
