package com.kpipolicy.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Every difference between two JSON documents, by path; identical documents give none. */
public final class JsonDiff {
    private JsonDiff() {
    }

    public static List<FieldDifference> between(JsonNode stored, JsonNode replayed) {
        List<FieldDifference> differences = new ArrayList<>();
        walk("", stored, replayed, differences);
        return differences;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<FieldDifference> out) {
        if (a == null || b == null || a.isMissingNode() || b.isMissingNode()) {
            if (!(isAbsent(a) && isAbsent(b))) {
                out.add(new FieldDifference(path, text(a), text(b)));
            }
        } else if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                walk(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (!a.equals(b)) {
            out.add(new FieldDifference(path, text(a), text(b)));
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isMissingNode();
    }

    private static String text(JsonNode node) {
        return isAbsent(node) ? "absent" : node.toString();
    }
}
