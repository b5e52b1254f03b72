package com.kpipolicy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lowercase hex: ruleset versions, decision-log rows, cache keys and request fingerprints. */
public final class Sha256 {
    private Sha256() {
    }

    /** A fresh digest to feed piece by piece; every Java runtime has SHA-256. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String hex(MessageDigest fed) {
        return HexFormat.of().formatHex(fed.digest());
    }

    public static String hex(byte[] bytes) {
        MessageDigest sha = digest();
        sha.update(bytes);
        return hex(sha);
    }
}
