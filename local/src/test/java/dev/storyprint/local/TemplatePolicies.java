package dev.storyprint.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function's IAM statements as template.yaml declares them, with ARNs resolved to the local
 * stack's names (the names the recorded calls carry), and IAM's wildcard matching.
 */
final class TemplatePolicies {
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}]+)}");

    /** One statement: effect, actions, resource ARNs (resolved) and its condition block. */
    record Statement(String sid, String effect, List<String> actions, List<String> resources,
                     Map<String, Object> condition) {
        boolean allows(String action, String arn) {
            return effect.equals("Allow") && actions.stream().anyMatch(a -> wildcard(a, action))
                    && resources.stream().anyMatch(r -> wildcard(r, arn));
        }
    }

    private final Template template;

    TemplatePolicies(Template template) {
        this.template = template;
    }

    /**
     * Every statement of {@code functionId}'s policies; a SAM policy template (such as
     * DynamoDBCrudPolicy) fails, since it grants what its template says, not what the code needs.
     */
    List<Statement> statements(String functionId) {
        List<Statement> out = new ArrayList<>();
        Map<String, Object> props = Template.map(template.resource(functionId).get("Properties"));
        for (Object policy : Template.list(props.get("Policies"))) {
            Map<String, Object> p = Template.map(policy);
            if (!p.keySet().equals(java.util.Set.of("Statement"))) {
                throw new AssertionError(functionId + " uses a policy template, not exact statements: " + p.keySet());
            }
            for (Object st : Template.list(p.get("Statement"))) {
                Map<String, Object> sm = Template.map(st);
                List<String> resources = new ArrayList<>();
                for (Object r : asList(sm.get("Resource"))) {
                    resources.add(arn(r));
                }
                out.add(new Statement(String.valueOf(sm.get("Sid")), String.valueOf(sm.get("Effect")),
                        asList(sm.get("Action")).stream().map(String::valueOf).toList(), resources,
                        Template.map(sm.get("Condition"))));
            }
        }
        return out;
    }

    /** The ARN a resource value names locally: GetAtt X.Arn, Sub with ${X.Arn} and pseudo parameters, or a string. */
    String arn(Object value) {
        if (value instanceof Map<?, ?> m && m.containsKey("Fn::GetAtt")) {
            List<Object> att = Template.list(m.get("Fn::GetAtt"));
            if (!"Arn".equals(att.get(1))) {
                throw new AssertionError("unexpected GetAtt " + att);
            }
            return arnOf(String.valueOf(att.get(0)));
        }
        if (value instanceof Map<?, ?> m && m.containsKey("Fn::Sub")) {
            Matcher v = SUB_VAR.matcher(String.valueOf(m.get("Fn::Sub")));
            StringBuilder out = new StringBuilder();
            while (v.find()) {
                String var = v.group(1);
                String resolved = var.endsWith(".Arn") ? arnOf(var.substring(0, var.length() - 4))
                        : template.resolve(Map.of("Ref", var));
                v.appendReplacement(out, Matcher.quoteReplacement(resolved));
            }
            v.appendTail(out);
            return out.toString();
        }
        return template.resolve(value);
    }

    private String arnOf(String logicalId) {
        String type = String.valueOf(template.resource(logicalId).get("Type"));
        String name = template.physicalName(logicalId);
        return switch (type) {
            case "AWS::DynamoDB::Table" -> "arn:aws:dynamodb:" + Template.LOCAL_REGION + ":" + Template.LOCAL_ACCOUNT_ID
                    + ":table/" + name;
            case "AWS::S3::Bucket" -> "arn:aws:s3:::" + name;
            case "AWS::Logs::LogGroup" -> "arn:aws:logs:" + Template.LOCAL_REGION + ":" + Template.LOCAL_ACCOUNT_ID
                    + ":log-group:" + name;
            default -> throw new AssertionError("no ARN form for " + type + " " + logicalId);
        };
    }

    private static List<Object> asList(Object o) {
        return o instanceof List<?> ? Template.list(o) : o == null ? List.of() : List.of(o);
    }

    /** IAM's matching: {@code *} any run of characters (slashes included), {@code ?} one; case-sensitive. */
    static boolean wildcard(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return value.matches(regex.toString());
    }
}
