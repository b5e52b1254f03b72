package com.kpipolicy.impact;

import com.kpipolicy.evaluation.Evaluator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImpactProperties.class)
class ImpactConfiguration {

    @Bean
    ImpactAnalysis impactAnalysis(Evaluator evaluator) {
        return new ImpactAnalysis(evaluator);
    }
}
