package io.storeops.platform.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request input is read strictly: JSON bodies through {@link RequestJson#strict} (the application's
 * {@link JsonMapper} bean itself stays tolerant for stored JSON and marketplace answers), date query parameters through
 * {@link LimitedDateFormats}.
 */
@Configuration(proxyBeanMethods = false)
class StrictInputConfiguration implements WebMvcConfigurer {

    @Bean
    ServerHttpMessageConvertersCustomizer strictRequestBodies(JsonMapper json) {
        JsonMapper strict = RequestJson.strict(json);
        return converters -> converters.configureMessageConvertersList(
                list -> list.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter
                        ? new JacksonJsonHttpMessageConverter(strict)
                        : converter));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new LimitedDateFormats());
    }
}
