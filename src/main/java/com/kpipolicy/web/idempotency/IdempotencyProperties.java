package com.kpipolicy.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a key and its answer are kept: a retry after this is a new request. */
@ConfigurationProperties("kpi.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention) {
}
