package com.kpipolicy.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A logged decision with its place in the hash chain. */
public record ChainedEntry(long seq, LogEntry entry, String prevHash, String rowHash) {
    public static final String GENESIS = "0".repeat(64);
    private static final char SEP = '\u001f';

    /** SHA-256 over the row's content and the previous row's hash: altering either breaks the chain. */
    static String hash(long seq, LogEntry e, String prevHash) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {seq, e.id(), e.employeeId(), e.period(), e.rulesetVersion(), e.planId(),
                e.totalScore().toPlainString(), e.grade(), e.status(), e.evaluatedAt(), e.caller(), e.supersedes(),
                e.requestJson(), e.responseJson(), prevHash}) {
            text.append(field == null ? "\u0000" : field.toString()).append(SEP);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }
}
