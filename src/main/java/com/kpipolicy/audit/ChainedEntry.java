package com.kpipolicy.audit;

import com.kpipolicy.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A logged decision with its place in the hash chain. */
public record ChainedEntry(long seq, LogEntry entry, String prevHash, String rowHash) {
    public static final String GENESIS = "0".repeat(64);
    /** The separator after every field, U+001F, one byte in UTF-8. */
    private static final byte SEP = 0x1f;

    /** SHA-256 over the row's content and the previous row's hash: altering either breaks the chain. */
    static String hash(long seq, LogEntry e, String prevHash) {
        return hash(seq, content(e), prevHash);
    }

    /**
     * The hashed fields between seq and the previous hash, each as UTF-8: the bulk of the hashed bytes, which needs
     * neither, so it can be prepared before taking the chain's lock. Kept field by field, not joined into one text,
     * which would copy the request and the answer twice more per row.
     */
    static byte[][] content(LogEntry e) {
        Object[] fields = {e.id(), e.employeeId(), e.period(), e.rulesetVersion(), e.planId(),
                e.totalScore().toPlainString(), e.grade(), e.status(), e.evaluatedAt(), e.caller(), e.supersedes(),
                e.requestJson(), e.responseJson()};
        byte[][] content = new byte[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            content[i] = utf8(fields[i]);
        }
        return content;
    }

    /** The same bytes as hashing seq, the content's fields and prevHash as one text, each followed by the separator. */
    static String hash(long seq, byte[][] content, String prevHash) {
        MessageDigest sha = Sha256.digest();
        sha.update(utf8(seq));
        sha.update(SEP);
        for (byte[] field : content) {
            sha.update(field);
            sha.update(SEP);
        }
        sha.update(utf8(prevHash));
        sha.update(SEP);
        return Sha256.hex(sha);
    }

    private static byte[] utf8(Object field) {
        return (field == null ? "\u0000" : field.toString()).getBytes(StandardCharsets.UTF_8);
    }
}
