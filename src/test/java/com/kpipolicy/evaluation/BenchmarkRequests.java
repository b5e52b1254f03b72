package com.kpipolicy.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests the benchmarks and bench/load.sh send (bench/requests/*.json), read the way the
 * service reads a body. One file per industry's default plan, and the SaaS plan with every guardrail tripped.
 */
public final class BenchmarkRequests {
    public static final Path FOLDER = Path.of(System.getProperty("kpi.bench.requests", "bench/requests"));
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private BenchmarkRequests() {
    }

    public static EvaluationRequest read(String name) {
        return parse(FOLDER.resolve(name + ".json"));
    }

    public static Map<String, EvaluationRequest> all() {
        Map<String, EvaluationRequest> requests = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .forEach(p -> requests.put(p.getFileName().toString().replaceFirst("\\.json$", ""), parse(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return requests;
    }

    private static EvaluationRequest parse(Path file) {
        try {
            return JSON.readValue(Files.readString(file), EvaluationRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read benchmark request " + file, e);
        }
    }
}
