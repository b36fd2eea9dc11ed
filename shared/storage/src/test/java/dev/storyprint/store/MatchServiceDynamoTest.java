package dev.storyprint.store;

import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.LocalAws;

/** The match protocol on DynamoDB Local. */
class MatchServiceDynamoTest extends MatchServiceContract {
    private final LocalAws aws = LocalAws.get();
    private final CapacityMeter meter = new CapacityMeter();
    private LocalAws.Tables tables;

    @Override
    ArticleRepository repository() {
        tables = aws.tables();
        return new DynamoArticleRepository(aws.dynamoDb, tables.articles(), tables.signatures(), meter);
    }

    @Override
    SignatureIndex signatureIndex() {
        return new DynamoSignatureIndex(aws.dynamoDb, tables.signatures(), meter);
    }
}
