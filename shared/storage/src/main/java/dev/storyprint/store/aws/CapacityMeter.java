package dev.storyprint.store.aws;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Counts DynamoDB requests and the capacity units they consumed (every adapter call asks for
 * ReturnConsumedCapacity TOTAL, which costs nothing), per operation. Used by tests and the scale
 * runner to state requests and units per article.
 */
public final class CapacityMeter {
    private final Map<String, Counter> byOperation = new ConcurrentHashMap<>();

    void record(String operation, ConsumedCapacity c) {
        record(operation, c == null ? List.of() : List.of(c));
    }

    /** One request; several entries when it touched several tables. */
    void record(String operation, List<ConsumedCapacity> cs) {
        Counter counter = byOperation.computeIfAbsent(operation, k -> new Counter());
        counter.requests.increment();
        if (cs == null) {
            return;
        }
        boolean reads = operation.startsWith("Get") || operation.startsWith("BatchGet") || operation.startsWith("Query");
        for (ConsumedCapacity c : cs) {
            if (c.readCapacityUnits() != null || c.writeCapacityUnits() != null) {
                counter.read.add(c.readCapacityUnits() != null ? c.readCapacityUnits() : 0);
                counter.write.add(c.writeCapacityUnits() != null ? c.writeCapacityUnits() : 0);
            } else if (c.capacityUnits() != null) {
                // Responses may carry only the total: attribute it by the kind of operation.
                (reads ? counter.read : counter.write).add(c.capacityUnits());
            }
        }
    }

    public Snapshot snapshot() {
        Map<String, Usage> ops = new TreeMap<>();
        byOperation.forEach((k, v) -> ops.put(k, new Usage(v.requests.sum(), v.read.sum(), v.write.sum())));
        return new Snapshot(ops);
    }

    public void reset() {
        byOperation.clear();
    }

    public record Usage(long requests, double readUnits, double writeUnits) {
        Usage plus(Usage o) {
            return new Usage(requests + o.requests, readUnits + o.readUnits, writeUnits + o.writeUnits);
        }
    }

    public record Snapshot(Map<String, Usage> byOperation) {
        public Usage total() {
            return byOperation.values().stream().reduce(new Usage(0, 0, 0), Usage::plus);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            byOperation.forEach((k, u) -> sb.append(String.format("%s: %d req, %.1f RCU, %.1f WCU; ",
                    k, u.requests(), u.readUnits(), u.writeUnits())));
            Usage t = total();
            return sb.append(String.format("total: %d req, %.1f RCU, %.1f WCU", t.requests(), t.readUnits(),
                    t.writeUnits())).toString();
        }
    }

    private static final class Counter {
        final LongAdder requests = new LongAdder();
        final DoubleAdder read = new DoubleAdder();
        final DoubleAdder write = new DoubleAdder();
    }
}
