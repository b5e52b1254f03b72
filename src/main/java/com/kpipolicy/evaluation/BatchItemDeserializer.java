package com.kpipolicy.evaluation;

import com.kpipolicy.web.FieldProblem;
import com.kpipolicy.web.JsonFieldProblems;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Binds each item of a batch on its own, from a copy of its tokens (numbers stay exact), so that an
 * item with a wrong type or an unknown field is refused alone while the others are evaluated.
 */
class BatchItemDeserializer extends ValueDeserializer<BatchItem> {

    @Override
    public BatchItem deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return notAnObject();
        }
        TokenBuffer item = ctxt.bufferAsCopyOfValue(p);
        try (JsonParser copy = item.asParserOnFirstToken(ctxt)) {
            return BatchItem.of(ctxt.readValue(copy, EvaluationRequest.class));
        } catch (MismatchedInputException e) {
            return BatchItem.unreadable(JsonFieldProblems.of(e));
        } catch (DatabindException e) {
            return BatchItem.unreadable(JsonFieldProblems.outOfRange(e)
                    .orElseGet(() -> new FieldProblem("$", "cannot be read as an evaluation request")));
        }
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
        return notAnObject();
    }

    private static BatchItem notAnObject() {
        return BatchItem.unreadable(new FieldProblem("$", "must be an evaluation request object"));
    }
}
