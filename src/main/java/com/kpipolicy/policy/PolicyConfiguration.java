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
    PolicyLoader policyLoader(Clock clock, RulesProperties rules) {
        return new PolicyLoader(clock, rules.cache().orElse(null));
    }

    @Bean
    RulesetLint rulesetLint(PolicyLoader loader) {
        return new RulesetLint(loader);
    }
}
