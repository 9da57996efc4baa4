package org.lotuspathway.insights.equality;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EqualitySettings.class)
class EqualityConfiguration {
}
