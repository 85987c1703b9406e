package io.storeops.marketplace.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MarketplaceProperties.class)
@PropertySource("classpath:marketplace-defaults.properties")
class MarketplaceConfiguration {}
