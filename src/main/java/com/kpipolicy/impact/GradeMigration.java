package com.kpipolicy.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How many results moved from each live grade (row) to each candidate grade (column). Only grades that occur
 * are listed; a refusal counts under {@value Verdict#REFUSED}, always last.
 */
public record GradeMigration(List<String> grades, Map<String, Map<String, Integer>> counts) {

    static GradeMigration of(List<ImpactItem> items) {
        List<String> grades = order(items);
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String from : grades) {
            Map<String, Integer> row = new LinkedHashMap<>();
            grades.forEach(to -> row.put(to, 0));
            counts.put(from, row);
        }
        items.forEach(item -> counts.get(item.live().gradeOrRefused())
                .merge(item.candidate().gradeOrRefused(), 1, Integer::sum));
        counts.replaceAll((from, row) -> Collections.unmodifiableMap(row));
        return new GradeMigration(List.copyOf(grades), Collections.unmodifiableMap(counts));
    }

    public int count(String from, String to) {
        return counts.getOrDefault(from, Map.of()).getOrDefault(to, 0);
    }

    /**
     * Grade letters belong to the rules, not to this code: a grade is placed by the highest total seen with it,
     * so the best grade comes first whatever the bands are called.
     */
    private static List<String> order(List<ImpactItem> items) {
        Map<String, BigDecimal> highest = new HashMap<>();
        boolean refusals = false;
        for (Verdict verdict : items.stream().flatMap(i -> Stream.of(i.live(), i.candidate())).toList()) {
            if (verdict.isRefused()) {
                refusals = true;
            } else {
                highest.merge(verdict.grade(), verdict.totalScore(), BigDecimal::max);
            }
        }
        List<String> grades = new ArrayList<>(highest.keySet());
        grades.sort(Comparator.comparing(highest::get, Comparator.reverseOrder()));
        if (refusals) {
            grades.add(Verdict.REFUSED);
        }
        return grades;
    }
}
