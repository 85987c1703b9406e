package io.storeops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoStoreModeTest {

    static boolean seeds(DemoProperties.Mode mode, String databaseUrl) {
        var environment = new MockEnvironment();
        if (databaseUrl != null) {
            environment.setProperty("storeops.database.url", databaseUrl);
        }
        return new DemoStore(new DemoProperties(mode, true), environment, null, List.of(), null).wanted();
    }

    @Test
    void seedsTheEmbeddedDatabaseByDefault() {
        assertThat(seeds(DemoProperties.Mode.AUTO, null)).isTrue();
        assertThat(seeds(DemoProperties.Mode.AUTO, "")).isTrue();
    }

    @Test
    void leavesAnExternalDatabaseAloneUnlessAskedTo() {
        assertThat(seeds(DemoProperties.Mode.AUTO, "jdbc:postgresql://db:5432/storeops"))
                .isFalse();
        assertThat(seeds(DemoProperties.Mode.ALWAYS, "jdbc:postgresql://db:5432/storeops"))
                .isTrue();
        assertThat(seeds(DemoProperties.Mode.NEVER, null)).isFalse();
    }
}
