package com.kpipolicy.policy;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class PolicyConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PolicyLoader policyLoader(Clock clock) {
        return new PolicyLoader(clock);
    }

    @Bean
    RulesetLint rulesetLint(PolicyLoader loader) {
        return new RulesetLint(loader);
    }
}
