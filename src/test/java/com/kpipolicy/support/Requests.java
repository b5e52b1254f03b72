package com.kpipolicy.support;

import java.util.ArrayList;
import java.util.List;

/** Evaluation request bodies as an HR system would send them. */
public final class Requests {
    private Requests() {
    }

    /**
     * The SaaS plan's six KPIs (sales 120%, new customers 90%, renewal 102.2%, NPS 90%, CRM on target,
     * teamwork 105%: total 105.44, grade A); each override replaces the metric of the KPI it names.
     */
    public static String saasRequest(String... metricOverrides) {
        List<String> metrics = new ArrayList<>(List.of(
                "{\"kpi\":\"SALES_AMOUNT\",\"actual\":1200000,\"target\":1000000}",
                "{\"kpi\":\"NEW_CUSTOMERS\",\"actual\":18,\"target\":20}",
                "{\"kpi\":\"RENEWAL_RATE\",\"actual\":0.92,\"target\":0.9}",
                "{\"kpi\":\"NPS\",\"actual\":45,\"target\":50}",
                "{\"kpi\":\"CRM_DATA_COMPLETENESS\",\"actual\":0.95,\"target\":0.95}",
                "{\"kpi\":\"TEAM_COLLABORATION\",\"actual\":4.2,\"target\":4}"));
        for (String override : metricOverrides) {
            String kpi = override.substring(override.indexOf("\"kpi\":\"") + 7, override.indexOf("\"", override.indexOf("\"kpi\":\"") + 7));
            metrics.replaceAll(m -> m.contains("\"" + kpi + "\"") ? override : m);
        }
        return "{\"employeeId\":\"E-1001\",\"period\":\"2025-Q3\",\"industry\":\"SAAS\",\"stage\":\"GROWTH\","
                + "\"salesMode\":\"DIRECT\",\"metrics\":[" + String.join(",", metrics) + "]}";
    }
}
