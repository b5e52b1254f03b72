package com.kpipolicy.evaluation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What operations watch: evaluations and their latency (a histogram, for percentiles across
 * instances), grades given, guardrails that bit, and refusals and failures by problem type.
 */
@Component
class EvaluationMetrics {
    private final MeterRegistry registry;
    // Registered once: building and looking a timer up again for every evaluation is work on the hot path.
    private final Timer evaluated;
    private final Timer failed;

    EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.evaluated = timer(registry, "evaluated");
        this.failed = timer(registry, "failed");
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void evaluated(Timer.Sample sample, EvaluationOutcome outcome) {
        sample.stop(evaluated);
        registry.counter("kpi.evaluations.grades", "grade", String.valueOf(outcome.grade())).increment();
        outcome.guardrails().forEach(hit ->
                registry.counter("kpi.evaluations.guardrail.hits", "guardrail", hit.id()).increment());
    }

    void failed(Timer.Sample sample, String problemType) {
        sample.stop(failed);
        registry.counter("kpi.evaluations.errors", "type", problemType).increment();
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("kpi.evaluations").description("Evaluations run through the rules, by outcome")
                .tag("outcome", outcome).publishPercentileHistogram().register(registry);
    }
}
