package com.kpipolicy.web;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The limits of every request: body sizes ({@link LimitsProperties}) and the JSON parser's limits, set far
 * above anything a valid request holds (its deepest value is five levels down, its longest text 64
 * characters) so that a hostile body is refused while it is read, before it is bound.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
public class RequestLimits {
    public static final int MAX_DEPTH = 32;
    public static final int MAX_STRING = 10_000;
    public static final int MAX_NUMBER = 40;
    public static final int MAX_NAME = 100;

    @Bean
    JsonFactoryBuilderCustomizer jsonReadLimits() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).maxNameLength(MAX_NAME).build());
    }

    /** Which limit was exceeded, in words; the parser's message is not used as it may quote the body. */
    static String describe(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("depth")) {
            return "The JSON is nested deeper than " + MAX_DEPTH + " levels.";
        }
        if (message.contains("number")) {
            return "A JSON number is longer than " + MAX_NUMBER + " characters.";
        }
        if (message.contains("name")) {
            return "A JSON field name is longer than " + MAX_NAME + " characters.";
        }
        if (message.contains("string")) {
            return "A JSON string is longer than " + MAX_STRING + " characters.";
        }
        return "The JSON exceeds a limit of this service.";
    }
}
