package io.storeops;

import io.storeops.platform.database.TestDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Boots the whole application on a random port against a real PostgreSQL (the test run's one server, see
 * {@link TestDatabase}; wiped at start) with the demo store seeded. Every test class carrying this annotation shares one
 * Spring context, hence one database: tests create their own data with unique codes and never assume an empty table.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.Application.class)
public @interface IntegrationTest {

    String ADMIN_PASSWORD = "Test-Admin-Password-2026";
}
