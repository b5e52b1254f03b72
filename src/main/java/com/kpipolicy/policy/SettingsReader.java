package com.kpipolicy.policy;

import com.kpipolicy.policy.fact.Setting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/** Reads the settings table (rule group "settings"): named numbers every evaluation can join on. */
final class SettingsReader {
    static final String GROUP = "settings";

    List<Setting> read(KieBase kieBase, RuleOrigins origins, List<RuleProblem> problems) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (TableRows.Values row : TableRows.fire(kieBase, origins, GROUP)) {
            String name = row.get("name");
            String text = row.get("value");
            if (name == null || !name.matches("[A-Z][A-Z0-9_]*\\.[a-zA-Z][a-zA-Z0-9]*")) {
                problems.add(CatalogReader.problem(row, "The setting name '" + (name == null ? "" : name)
                        + "' must read GUARDRAIL_ID.parameterName, e.g. DISCOUNT_DEPTH.maxAvgDiscount."));
                continue;
            }
            BigDecimal value = number(text);
            if (value == null) {
                problems.add(CatalogReader.problem(row, "The value of " + name + " is '" + (text == null ? "" : text)
                        + "': type a plain number, e.g. 0.8 (not 80%)."));
            } else if (settings.putIfAbsent(name, new Setting(name, value)) != null) {
                problems.add(CatalogReader.problem(row, "The setting " + name + " is listed twice."));
            }
        }
        return List.copyOf(settings.values());
    }

    private static BigDecimal number(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
