package io.storeops.platform.web;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web console built into {@code classpath:/static}. Any path that is not a file and not an API, docs or
 * actuator path answers with {@code index.html}, so the console's history-mode routes survive a reload.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleResources implements WebMvcConfigurer {

    private static final String[] SERVER_PATHS = {"api/", "v3/", "swagger-ui", "actuator"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new ConsoleRouteResolver());
    }

    private static final class ConsoleRouteResolver extends PathResourceResolver {

        @Override
        protected Resource getResource(String path, Resource location) throws IOException {
            Resource file = location.createRelative(path);
            if (!path.isEmpty() && file.exists() && file.isReadable()) {
                return file;
            }
            for (String prefix : SERVER_PATHS) {
                if (path.startsWith(prefix)) {
                    return null;
                }
            }
            if (path.contains(".") && !path.endsWith(".html")) {
                return null;
            }
            Resource index = new ClassPathResource("static/index.html");
            return index.exists() ? index : null;
        }
    }
}
