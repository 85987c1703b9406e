package io.storeops.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * Jackson reads bean and record properties through generated accessors (Blackbird) instead of reflection: writing a
 * price quote's records was a large part of its CPU (docs/PERFORMANCE.md, HTTP price endpoint).
 */
@Configuration(proxyBeanMethods = false)
class JsonAccessors {

    @Bean
    BlackbirdModule blackbirdModule() {
        return new BlackbirdModule();
    }
}
