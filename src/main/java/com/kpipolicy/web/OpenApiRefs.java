package com.kpipolicy.web;

/** Names in the OpenAPI document's components, for the controllers' annotations. */
public final class OpenApiRefs {
    public static final String EXAMPLES = "#/components/examples/";
    public static final String MALFORMED_REQUEST = "#/components/responses/MalformedRequest";
    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String CONTENT_TOO_LARGE = "#/components/responses/ContentTooLarge";
    public static final String INVALID_REQUEST = "#/components/responses/InvalidRequest";
    public static final String BAD_UPLOAD = "#/components/responses/BadUpload";
    public static final String UPLOAD_TOO_LARGE = "#/components/responses/UploadTooLarge";
    public static final String RULES_REJECTED = "#/components/responses/RulesRejected";
    public static final String INVALID_EVALUATION_REQUEST = "#/components/responses/InvalidEvaluationRequest";

    private OpenApiRefs() {
    }
}
