package io.storeops.platform.users;

import io.storeops.platform.Role;
import java.security.SecureRandom;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no users yet) creates the {@code admin} account. Its password comes from
 * {@code STOREOPS_ADMIN_PASSWORD}; without it a random one is generated and printed once. There is no default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final String configuredPassword;

    AdminBootstrap(
            UserRepository users,
            PasswordEncoder passwords,
            @Value("${storeops.platform.admin-password:}") String configuredPassword) {
        this.users = users;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        users.insert("admin", "Administrator", passwords.encode(password), EnumSet.of(Role.ADMIN));
        if (generated) {
            log.warn(
                    "\n\n  First start: created user 'admin' with the generated password  {}\n"
                            + "  It is shown only this once. Set STOREOPS_ADMIN_PASSWORD to choose your own.\n",
                    password);
        } else {
            log.info("First start: created user 'admin' with the password from STOREOPS_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        var sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
