package com.kpipolicy.policy;

import com.kpipolicy.web.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The KPI catalogue (in sheet order) and the codes each business dimension (industry, stage, salesMode) allows. */
public record Catalog(Map<String, KpiDefinition> kpis, Map<String, List<String>> dimensions) {

    public static final String INDUSTRY = "industry";
    public static final String STAGE = "stage";
    public static final String SALES_MODE = "salesMode";
    /** Optional: named alternative plans a request may ask for; none listed means none offered. */
    public static final String PLAN_VARIANT = "planVariant";

    /** Position in the catalogue sheet, so plans list their KPIs in the order analysts wrote them. */
    public int position(String id) {
        int i = 0;
        for (String key : kpis.keySet()) {
            if (key.equals(id)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    public Optional<KpiDefinition> kpi(String id) {
        return Optional.ofNullable(kpis.get(id));
    }

    public List<String> codes(String dimension) {
        return dimensions.getOrDefault(dimension, List.of());
    }

    public boolean allows(String dimension, String code) {
        return codes(dimension).contains(code);
    }

    /** Why an optional code (blank allowed) cannot be used, if it cannot. */
    public Optional<String> optionalRefusal(String dimension, String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (!allows(dimension, code)) {
            return Optional.of("unknown " + dimension + " " + Problems.quote(code) + "; known: "
                    + (codes(dimension).isEmpty() ? "none" : String.join(", ", codes(dimension))));
        }
        return Optional.empty();
    }

    /** Why a code cannot be used for a dimension, if it cannot: a message for the caller. */
    public Optional<String> refusal(String dimension, String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required; one of " + String.join(", ", codes(dimension)));
        }
        if (!allows(dimension, code)) {
            return Optional.of("unknown " + dimension + " " + Problems.quote(code) + "; known: " + String.join(", ", codes(dimension)));
        }
        return Optional.empty();
    }
}
