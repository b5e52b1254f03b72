package com.kpipolicy.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares an expectation with an answer. Only fields the scenario names are checked, so a
 * scenario states what it proves; numbers compare by value (100 equals 100.00). Two fields are
 * exact sets: "guardrails" (a scenario listing none proves that none fired) and "rejected".
 */
final class ExpectationMatcher {
    private static final Set<String> EXACT_KEYS = Set.of("guardrails");

    List<Difference> compare(JsonNode expected, JsonNode actual) {
        List<Difference> differences = new ArrayList<>();
        compare("", expected, actual, differences);
        return differences;
    }

    private void compare(String path, JsonNode expected, JsonNode actual, List<Difference> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(new Difference(path, text(expected), "absent"));
        } else if (expected.isObject()) {
            compareObject(path, expected, actual, differences);
        } else if (expected.isArray()) {
            compareArray(path, expected, actual, differences);
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(new Difference(path, text(expected), text(actual)));
            }
        } else if (!expected.equals(actual)) {
            differences.add(new Difference(path, text(expected), text(actual)));
        }
    }

    private void compareObject(String path, JsonNode expected, JsonNode actual, List<Difference> differences) {
        if (!actual.isObject()) {
            differences.add(new Difference(path, text(expected), text(actual)));
            return;
        }
        String name = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        if (EXACT_KEYS.contains(name)) {
            Set<String> want = new TreeSet<>(expected.propertyNames());
            Set<String> got = new TreeSet<>(actual.propertyNames());
            if (!want.equals(got)) {
                differences.add(new Difference(path, String.join(", ", want), String.join(", ", got)));
            }
        }
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            compare(child, field.getValue(), actual.get(field.getKey()), differences);
        }
    }

    private void compareArray(String path, JsonNode expected, JsonNode actual, List<Difference> differences) {
        if (!actual.isArray()) {
            differences.add(new Difference(path, text(expected), text(actual)));
            return;
        }
        if (path.equals("rejected") || path.equals("firedRules")) {
            Set<String> want = strings(expected);
            Set<String> got = strings(actual);
            boolean ok = path.equals("rejected") ? want.equals(got) : got.containsAll(want);
            if (!ok) {
                differences.add(new Difference(path, String.join(", ", want), String.join(", ", got)));
            }
            return;
        }
        if (expected.size() != actual.size()) {
            differences.add(new Difference(path + ".length", Integer.toString(expected.size()), Integer.toString(actual.size())));
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "absent";
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.isString() ? node.asString() : node.toString();
    }
}
