package io.storeops.demo;

import io.storeops.catalog.ProductCatalog;
import io.storeops.platform.Role;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds the demo store at start-up when the catalog is empty and the configured mode allows it. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoStore implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStore.class);

    private final DemoProperties properties;
    private final Environment environment;
    private final ProductCatalog catalog;
    private final List<DemoSeed> seeds;
    private final TransactionTemplate transactions;

    DemoStore(
            DemoProperties properties,
            Environment environment,
            ProductCatalog catalog,
            List<DemoSeed> seeds,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.environment = environment;
        this.catalog = catalog;
        this.seeds = seeds;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted() || catalog.count() > 0) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = Role.ADMIN.permissions().stream()
                .map(SimpleGrantedAuthority::new)
                .toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            long start = System.nanoTime();
            for (DemoSeed seed : seeds.stream()
                    .sorted(Comparator.comparingInt(DemoSeed::order))
                    .toList()) {
                transactions.executeWithoutResult(status -> seed.seed());
                log.info("Demo store: seeded {}", seed.name());
            }
            log.info("Demo store ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    boolean wanted() {
        String url = environment.getProperty("storeops.database.url");
        boolean embedded = url == null || url.isBlank();
        return switch (properties.mode()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> embedded;
        };
    }
}
