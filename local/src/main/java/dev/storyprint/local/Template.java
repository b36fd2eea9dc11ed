package dev.storyprint.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The parts of a SAM {@code template.yaml} the local stack needs: buckets, tables, functions with
 * their handler, environment and S3 triggers. Intrinsics ({@code !Ref}, {@code !Sub}, ...) are
 * resolved against local physical names; what cannot be resolved locally resolves to empty.
 */
public final class Template {
    /** Stands in for {@code AWS::StackName} locally. */
    public static final String LOCAL_STACK_NAME = "storyprint-local";
    /** Stands in for {@code AWS::AccountId}: the account id LocalStack and moto use too. */
    public static final String LOCAL_ACCOUNT_ID = "000000000000";
    public static final String LOCAL_REGION = "us-east-1";

    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}!]+)}");

    private final Map<String, Object> root;
    private final Map<String, Map<String, Object>> resources;

    private Template(Map<String, Object> root) {
        this.root = root;
        this.resources = new LinkedHashMap<>();
        map(root.get("Resources")).forEach((id, r) -> resources.put(id, map(r)));
    }

    public static Template load(Path file) throws IOException {
        return new Template(parse(file));
    }

    /** The template as plain maps and lists, short tags ({@code !Ref X}) in their long form. */
    public static Map<String, Object> parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new CfnConstructor()).load(in);
            if (!(doc instanceof Map)) {
                throw new IOException(file + " is not a CloudFormation template (no top-level mapping)");
            }
            return map(doc);
        }
    }

    /** A bucket: logical id and local name. */
    public record Bucket(String logicalId, String name) {}

    /** A DynamoDB table as declared: key schema, attribute types and GSIs. */
    public record Table(String logicalId, String name, Map<String, String> attributeTypes,
                        Key key, List<Index> indexes) {}

    public record Key(String partition, String sort) {}

    public record Index(String name, Key key, String projection) {}

    /** An S3 trigger: which bucket, which events ({@code s3:ObjectCreated:*}), key filters. */
    public record S3Trigger(String eventId, String bucket, List<String> events, String prefix, String suffix) {
        public boolean matches(String bucketName, String eventName, String key) {
            return bucket.equals(bucketName)
                    && events.stream().anyMatch(e -> eventMatches(e, eventName))
                    && key.startsWith(prefix) && key.endsWith(suffix);
        }

        private static boolean eventMatches(String pattern, String eventName) {
            String p = pattern.startsWith("s3:") ? pattern.substring(3) : pattern;
            return p.endsWith("*") ? eventName.startsWith(p.substring(0, p.length() - 1)) : p.equals(eventName);
        }
    }

    /** A function: handler class and method, merged environment, S3 triggers, retry settings. */
    public record Function(String logicalId, String handlerClass, String handlerMethod,
                           Map<String, String> environment, List<S3Trigger> s3Triggers,
                           int maximumRetryAttempts, int timeoutSeconds, int memoryMb) {}

    public List<Bucket> buckets() {
        List<Bucket> out = new ArrayList<>();
        resources.forEach((id, r) -> {
            if ("AWS::S3::Bucket".equals(r.get("Type"))) {
                out.add(new Bucket(id, physicalName(id)));
            }
        });
        return out;
    }

    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        resources.forEach((id, r) -> {
            if (!"AWS::DynamoDB::Table".equals(r.get("Type"))) {
                return;
            }
            Map<String, Object> p = map(r.get("Properties"));
            Map<String, String> types = new LinkedHashMap<>();
            for (Object d : list(p.get("AttributeDefinitions"))) {
                types.put(str(map(d).get("AttributeName")), str(map(d).get("AttributeType")));
            }
            List<Index> indexes = new ArrayList<>();
            for (Object g : list(p.get("GlobalSecondaryIndexes"))) {
                Map<String, Object> gm = map(g);
                indexes.add(new Index(str(gm.get("IndexName")), key(gm.get("KeySchema")),
                        Objects.requireNonNullElse(str(map(gm.get("Projection")).get("ProjectionType")), "ALL")));
            }
            out.add(new Table(id, physicalName(id), types, key(p.get("KeySchema")), indexes));
        });
        return out;
    }

    public List<Function> functions() {
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        List<Function> out = new ArrayList<>();
        resources.forEach((id, r) -> {
            if (!"AWS::Serverless::Function".equals(r.get("Type"))) {
                return;
            }
            Map<String, Object> p = map(r.get("Properties"));
            String handler = str(p.getOrDefault("Handler", globals.get("Handler")));
            if (handler == null) {
                throw new IllegalArgumentException(id + " has no Handler");
            }
            int sep = handler.indexOf("::");
            String cls = sep < 0 ? handler : handler.substring(0, sep);
            String method = sep < 0 ? "handleRequest" : handler.substring(sep + 2);

            Map<String, String> env = new LinkedHashMap<>();
            for (Map<String, Object> source : List.of(globals, p)) {
                map(map(source.get("Environment")).get("Variables")).forEach((k, v) -> env.put(k, resolve(v)));
            }

            List<S3Trigger> triggers = new ArrayList<>();
            map(p.get("Events")).forEach((eventId, e) -> {
                Map<String, Object> em = map(e);
                if (!"S3".equals(em.get("Type"))) {
                    return;
                }
                Map<String, Object> ep = map(em.get("Properties"));
                Object events = ep.get("Events");
                List<String> names = new ArrayList<>();
                if (events instanceof List<?> l) {
                    l.forEach(x -> names.add(str(x)));
                } else {
                    names.add(str(events));
                }
                String prefix = "";
                String suffix = "";
                for (Object rule : list(map(map(ep.get("Filter")).get("S3Key")).get("Rules"))) {
                    Map<String, Object> rm = map(rule);
                    String name = str(rm.get("Name"));
                    if ("prefix".equalsIgnoreCase(name)) {
                        prefix = resolve(rm.get("Value"));
                    } else if ("suffix".equalsIgnoreCase(name)) {
                        suffix = resolve(rm.get("Value"));
                    }
                }
                triggers.add(new S3Trigger(eventId, resolve(ep.get("Bucket")), names, prefix, suffix));
            });

            Map<String, Object> invoke = map(p.getOrDefault("EventInvokeConfig", globals.get("EventInvokeConfig")));
            Object retries = invoke.get("MaximumRetryAttempts");
            // Lambda's own default for asynchronous invocations is two retries.
            int maxRetries = retries == null ? 2 : Integer.parseInt(str(retries));
            // Lambda's defaults when the template says nothing: 3 s and 128 MB.
            int timeout = Integer.parseInt(resolveOr(p.getOrDefault("Timeout", globals.get("Timeout")), "3"));
            int memory = Integer.parseInt(resolveOr(p.getOrDefault("MemorySize", globals.get("MemorySize")), "128"));
            out.add(new Function(id, cls, method, env, triggers, maxRetries, timeout, memory));
        });
        return out;
    }

    /** A resource as parsed (intrinsics in long form), for checks the typed views do not cover. */
    public Map<String, Object> resource(String logicalId) {
        return resources.getOrDefault(logicalId, Map.of());
    }

    /**
     * Key prefixes a function may write in the articles bucket, read from its policies' s3:PutObject
     * resources ({@code arn:...:::bucket/fingerprints/*} gives {@code fingerprints/}; {@code bucket/*} gives "").
     */
    public List<String> s3WritePrefixes(String functionId) {
        List<String> out = new ArrayList<>();
        for (Object policy : list(map(resource(functionId).get("Properties")).get("Policies"))) {
            for (Object st : list(map(policy).get("Statement"))) {
                Map<String, Object> sm = map(st);
                Object action = sm.get("Action");
                List<Object> actions = action instanceof List<?> ? list(action) : List.of(String.valueOf(action));
                if (!"Allow".equals(sm.get("Effect")) || actions.stream().map(String::valueOf)
                        .noneMatch(a -> a.equals("s3:PutObject") || a.equals("s3:*") || a.equals("*"))) {
                    continue;
                }
                Object res = sm.get("Resource");
                for (Object r : res instanceof List<?> ? list(res) : List.of(res)) {
                    String arn = resolve(r);
                    int slash = arn.indexOf('/');
                    String prefix = slash < 0 ? "" : arn.substring(slash + 1);
                    out.add(prefix.endsWith("*") ? prefix.substring(0, prefix.length() - 1) : prefix);
                }
            }
        }
        return out;
    }

    public Optional<Function> function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
    }

    /** The local physical name of a resource: its explicit name property, else its logical id. */
    public String physicalName(String logicalId) {
        Map<String, Object> r = resources.get(logicalId);
        if (r == null) {
            throw new IllegalArgumentException("no resource " + logicalId + " in template");
        }
        Map<String, Object> p = map(r.get("Properties"));
        for (String nameProperty : List.of("BucketName", "TableName", "QueueName", "FunctionName")) {
            if (p.containsKey(nameProperty)) {
                return resolve(p.get(nameProperty));
            }
        }
        return logicalId;
    }

    /** Resolves an intrinsic-bearing value to a string with local names; unresolvable parts become "". */
    public String resolve(Object value) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof Map<?, ?> m) || m.size() != 1) {
            return String.valueOf(value);
        }
        Map.Entry<?, ?> e = m.entrySet().iterator().next();
        String fn = String.valueOf(e.getKey());
        Object arg = e.getValue();
        switch (fn) {
            case "Ref":
                return ref(String.valueOf(arg));
            case "Fn::Sub": {
                String text;
                Map<String, Object> vars = Map.of();
                if (arg instanceof List<?> l) {
                    text = String.valueOf(l.get(0));
                    vars = l.size() > 1 ? map(l.get(1)) : Map.of();
                } else {
                    text = String.valueOf(arg);
                }
                StringBuilder out = new StringBuilder();
                Matcher mm = SUB_VAR.matcher(text);
                while (mm.find()) {
                    String var = mm.group(1);
                    String v = vars.containsKey(var) ? resolve(vars.get(var)) : ref(var.split("\\.")[0]);
                    mm.appendReplacement(out, Matcher.quoteReplacement(v));
                }
                mm.appendTail(out);
                return out.toString();
            }
            case "Fn::Join": {
                List<Object> l = list(arg);
                List<String> parts = new ArrayList<>();
                list(l.get(1)).forEach(x -> parts.add(resolve(x)));
                return String.join(String.valueOf(l.get(0)), parts);
            }
            default:
                return "";
        }
    }

    private String resolveOr(Object value, String fallback) {
        String v = resolve(value);
        return v.isEmpty() ? fallback : v;
    }

    private String ref(String name) {
        switch (name) {
            case "AWS::StackName":
                return LOCAL_STACK_NAME;
            case "AWS::AccountId":
                return LOCAL_ACCOUNT_ID;
            case "AWS::Region":
                return LOCAL_REGION;
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            default:
                break;
        }
        Map<String, Object> params = map(root.get("Parameters"));
        if (params.containsKey(name)) {
            return str(map(params.get(name)).get("Default"));
        }
        if (resources.containsKey(name)) {
            return physicalName(name);
        }
        // SAM's AutoPublishAlias reference: locally one function has one version.
        if (name.endsWith(".Alias") && resources.containsKey(name.substring(0, name.length() - ".Alias".length()))) {
            return physicalName(name.substring(0, name.length() - ".Alias".length()));
        }
        return "";
    }

    private static Key key(Object keySchema) {
        String hash = null;
        String range = null;
        for (Object k : list(keySchema)) {
            Map<String, Object> km = map(k);
            if ("HASH".equals(km.get("KeyType"))) {
                hash = str(km.get("AttributeName"));
            } else if ("RANGE".equals(km.get("KeyType"))) {
                range = str(km.get("AttributeName"));
            }
        }
        return new Key(hash, range);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List ? (List<Object>) o : List.of();
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /** Reads CloudFormation short tags ({@code !Ref X}) as their long form ({@code {Ref: X}}). */
    private static final class CfnConstructor extends SafeConstructor {
        CfnConstructor() {
            super(new LoaderOptions());
            for (String fn : List.of("Ref", "Condition")) {
                yamlConstructors.put(new Tag("!" + fn), new Intrinsic(fn));
            }
            for (String fn : List.of("Sub", "GetAtt", "Join", "Select", "Split", "If", "Equals", "Not", "And",
                    "Or", "FindInMap", "Base64", "Cidr", "GetAZs", "ImportValue", "Transform", "ToJsonString",
                    "Length")) {
                yamlConstructors.put(new Tag("!" + fn), new Intrinsic("Fn::" + fn));
            }
        }

        private final class Intrinsic extends AbstractConstruct {
            private final String name;

            Intrinsic(String name) {
                this.name = name;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode s) {
                    value = constructScalar(s);
                    if (name.equals("Fn::GetAtt")) {
                        value = List.of(((String) value).split("\\.", 2));
                    }
                } else if (node instanceof SequenceNode s) {
                    value = constructSequence(s);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                return Map.of(name, value);
            }
        }
    }
}
