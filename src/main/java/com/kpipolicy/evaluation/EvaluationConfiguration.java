package com.kpipolicy.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    Evaluator evaluator(EvaluationMapper mapper) {
        return new Evaluator(mapper);
    }
}
