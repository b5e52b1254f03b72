package com.kpipolicy.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one call may carry. A batch of 10,000 requests as an HR system writes them is 4–8 MB;
 * a single request is under 2 KB.
 */
@ConfigurationProperties("kpi.limits")
public record LimitsProperties(@DefaultValue("64KB") DataSize body, @DefaultValue("16MB") DataSize batchBody,
                               @DefaultValue("10000") int batchItems) {
}
