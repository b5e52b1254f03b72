package com.kpipolicy.impact;

import com.kpipolicy.audit.DecisionLog;
import com.kpipolicy.audit.LogFilter;
import com.kpipolicy.evaluation.EvaluationRequest;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/** The requests the decision log holds for exactly one period (e.g. "2025-Q3", not its months), in log order. */
final class PeriodEvaluations implements StoredRequests {
    private final DecisionLog log;
    private final JsonMapper json;
    private final String period;

    PeriodEvaluations(DecisionLog log, JsonMapper json, String period) {
        this.log = log;
        this.json = json;
        this.period = period;
    }

    @Override
    public void forEach(Consumer<StoredRequest> each) {
        log.export(new LogFilter(null, period, null, null), row -> each.accept(new StoredRequest(row.entry().id(),
                row.entry().supersedes(), json.readValue(row.entry().requestJson(), EvaluationRequest.class))));
    }
}
