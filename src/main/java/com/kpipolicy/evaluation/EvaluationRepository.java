package com.kpipolicy.evaluation;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored evaluations: the request and the response exactly as returned, plus columns to find them by. */
@Repository
class EvaluationRepository {
    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Evaluation evaluation, String requestJson, String responseJson) {
        jdbc.sql("""
                        INSERT INTO evaluation (id, employee_id, period, ruleset_version, plan_id, total_score, grade,
                                                evaluated_at, request_json, response_json)
                        VALUES (:id, :employeeId, :period, :version, :planId, :total, :grade, :at, :request, :response)
                        """)
                .param("id", evaluation.id())
                .param("employeeId", evaluation.input().employeeId())
                .param("period", evaluation.input().period())
                .param("version", evaluation.rulesetVersion())
                .param("planId", evaluation.outcome().planId())
                .param("total", evaluation.outcome().totalScore())
                .param("grade", evaluation.outcome().grade())
                .param("at", Timestamp.from(evaluation.evaluatedAt()))
                .param("request", requestJson)
                .param("response", responseJson)
                .update();
    }

    Optional<String> findResponseJson(UUID id) {
        return jdbc.sql("SELECT response_json FROM evaluation WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }
}
