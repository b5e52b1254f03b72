package com.kpipolicy.scenario;

import com.kpipolicy.evaluation.EvaluationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads scenario files: {"description": …, "request": {…}, "expected": {…}}. */
public final class ScenarioFiles {
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ScenarioFiles() {
    }

    public static List<Scenario> readAll(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> read(folder, p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenarios from " + folder.toAbsolutePath(), e);
        }
    }

    static Scenario read(Path folder, Path file) {
        String name = folder.relativize(file).toString().replace('\\', '/').replaceFirst("\\.json$", "");
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            JsonNode expected = root.path("expected");
            if (!root.has("request") || !expected.isObject() || expected.isEmpty()) {
                throw new IllegalArgumentException("Scenario " + name + " needs a 'request' and a non-empty 'expected' object");
            }
            EvaluationRequest request = JSON.treeToValue(root.get("request"), EvaluationRequest.class);
            String pinned = root.path("rulesetVersion").isString() ? root.get("rulesetVersion").asString() : null;
            return new Scenario(name, root.path("description").asString(""), pinned, request, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenario " + file, e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Scenario " + name + " is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
