package dev.storyprint.local;

/** {@link FaultToleranceTest} with 20% of S3 and DynamoDB calls failing after they executed. */
class FaultRate20Test extends FaultToleranceTest {
    @Override
    double rate() {
        return 0.2;
    }
}
