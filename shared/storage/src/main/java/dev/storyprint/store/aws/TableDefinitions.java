package dev.storyprint.store.aws;

import dev.storyprint.store.ArticlesTableSchema;
import dev.storyprint.store.SignaturesTableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The two tables as CreateTable requests built from the schema constants: what template.yaml
 * declares, for emulators, tests and scale runs.
 */
public final class TableDefinitions {
    private TableDefinitions() {}

    public static CreateTableRequest articles(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attr(ArticlesTableSchema.PARTITION_KEY, ScalarAttributeType.S),
                        attr(ArticlesTableSchema.STORY_ID, ScalarAttributeType.S),
                        attr(ArticlesTableSchema.ARRIVAL_SEQ, ScalarAttributeType.N))
                .keySchema(key(ArticlesTableSchema.PARTITION_KEY, KeyType.HASH))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(ArticlesTableSchema.GSI_BY_STORY)
                        .keySchema(key(ArticlesTableSchema.STORY_ID, KeyType.HASH),
                                key(ArticlesTableSchema.ARRIVAL_SEQ, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .build();
    }

    public static CreateTableRequest signatures(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr(SignaturesTableSchema.PARTITION_KEY, ScalarAttributeType.S))
                .keySchema(key(SignaturesTableSchema.PARTITION_KEY, KeyType.HASH))
                .build();
    }

    /** Creates both tables. */
    public static void createAll(DynamoDbClient db, String articlesTable, String signaturesTable) {
        db.createTable(articles(articlesTable));
        db.createTable(signatures(signaturesTable));
    }

    private static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
