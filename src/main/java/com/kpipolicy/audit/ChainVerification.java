package com.kpipolicy.audit;

import java.util.UUID;

/** The result of walking the decision log: intact, or the first link that does not hold. */
public record ChainVerification(boolean intact, long rowsChecked, Long brokenAtSeq, UUID brokenEvaluationId,
                                String problem) {

    static ChainVerification intact(long rows) {
        return new ChainVerification(true, rows, null, null, null);
    }

    static ChainVerification broken(long rows, ChainedEntry row, String problem) {
        return new ChainVerification(false, rows, row.seq(), row.entry().id(), problem);
    }

    public String line() {
        return intact ? "INTACT " + rowsChecked + " rows" : "BROKEN at seq " + brokenAtSeq + " (evaluation "
                + brokenEvaluationId + "): " + problem;
    }
}
