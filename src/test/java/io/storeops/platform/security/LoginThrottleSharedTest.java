package io.storeops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances on one database share the login count: a second throttle on the same database sees the first's. */
@IntegrationTest
class LoginThrottleSharedTest {

    @Autowired
    LoginThrottle thisInstance;

    @Autowired
    DataSource database;

    @Test
    void attemptsTakenOnOneInstanceAreGoneOnTheOther() {
        var otherInstance = new LoginThrottle(database, new SimpleMeterRegistry());
        String username = ApiClient.unique("shared-");
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            (i % 2 == 0 ? thisInstance : otherInstance).acquire(username, "192.0.2.7");
        }
        assertThatThrownBy(() -> otherInstance.acquire(username, "192.0.2.7"))
                .isInstanceOf(LoginThrottle.ThrottledException.class);
        assertThatThrownBy(() -> thisInstance.acquire(username, "192.0.2.7"))
                .isInstanceOf(LoginThrottle.ThrottledException.class);

        otherInstance.acquire(username, "192.0.2.8");
        thisInstance.succeeded(username, "192.0.2.7");
        otherInstance.acquire(username, "192.0.2.7");
    }

    @Test
    void fullBucketsAreDroppedAndOthersKept() {
        String username = ApiClient.unique("expiry-");
        thisInstance.acquire(username, "192.0.2.9");
        long before = rows();
        thisInstance.removeFullBuckets();
        assertThat(rows())
                .as("a bucket still refilling is kept")
                .isGreaterThanOrEqualTo(1)
                .isLessThanOrEqualTo(before);
        for (int i = 1; i < LoginThrottle.ATTEMPTS; i++) {
            thisInstance.acquire(username, "192.0.2.9");
        }
        assertThatThrownBy(() -> thisInstance.acquire(username, "192.0.2.9"))
                .isInstanceOf(LoginThrottle.ThrottledException.class);
    }

    private long rows() {
        return JdbcClient.create(database)
                .sql("select count(*) from platform.login_buckets")
                .query(Long.class)
                .single();
    }
}
