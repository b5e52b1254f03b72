package com.kpipolicy.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The H2 settings of application.properties ({@code spring.datasource.hikari.data-source-properties.*}) go to every
 * connection, whatever the URL. H2 refuses to connect when the URL names one of them too with another value
 * ("Duplicate property"), so a setting that the operator's URL names is left to the URL.
 */
@Component
class UrlSettingsFirst implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            String url = hikari.getJdbcUrl().toUpperCase(Locale.ROOT);
            hikari.getDataSourceProperties().keySet()
                    .removeIf(key -> url.contains(";" + key.toString().toUpperCase(Locale.ROOT) + "="));
        }
        return bean;
    }
}
