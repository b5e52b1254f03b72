package com.kpipolicy.policy;

/** An upload that cannot become a candidate ruleset: malformed or unsafe (400), or too large (413). */
public class CandidateUploadException extends RuntimeException {
    private final boolean tooLarge;

    private CandidateUploadException(boolean tooLarge, String message) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public static CandidateUploadException malformed(String message) {
        return new CandidateUploadException(false, message);
    }

    public static CandidateUploadException tooLarge(String message) {
        return new CandidateUploadException(true, message);
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
