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
        return hash(seq, content(e), prevHash);
    }

    /**
     * The hashed text of every field between seq and the previous hash, each followed by the separator, as UTF-8:
     * the bulk of the hashed bytes, which needs neither, so it can be prepared before taking the chain's lock.
     */
    static byte[] content(LogEntry e) {
        StringBuilder text = new StringBuilder(e.requestJson().length() + e.responseJson().length() + 512);
        for (Object field : new Object[] {e.id(), e.employeeId(), e.period(), e.rulesetVersion(), e.planId(),
                e.totalScore().toPlainString(), e.grade(), e.status(), e.evaluatedAt(), e.caller(), e.supersedes(),
                e.requestJson(), e.responseJson()}) {
            append(text, field);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same bytes as hashing seq, the content's fields and prevHash as one text. */
    static String hash(long seq, byte[] content, String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(append(new StringBuilder(), seq).toString().getBytes(StandardCharsets.UTF_8));
            sha.update(content);
            sha.update(append(new StringBuilder(), prevHash).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    private static StringBuilder append(StringBuilder text, Object field) {
        return text.append(field == null ? "\u0000" : field.toString()).append(SEP);
    }
}
