package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    static final String SECRET = "demo-secret";
    static final String PATH = "/sim/tmall-demo/api/v1/inventory";
    static final String BODY = "{\"items\":[]}";
    static final Instant NOW = Instant.ofEpochMilli(1_700_000_000_000L);

    @Test
    void signsMethodPathTimestampAndBodyAsLowerCaseHexHmacSha256() {
        // printf 'PUT\n/sim/tmall-demo/api/v1/inventory\n1700000000000\n{"items":[]}' | openssl dgst -sha256 -hmac
        // demo-secret
        assertThat(Signatures.sign(SECRET, "PUT", PATH, "1700000000000", bytes(BODY)))
                .isEqualTo("a212a6cbfaad7dda1264a35fbd0e285e40c0a820f2a3c8977af70a1c27f0c80b");
    }

    @Test
    void acceptsACorrectlySignedRequest() {
        assertThatNoException().isThrownBy(() -> Signatures.verify(signed(NOW, BODY, BODY), "key", SECRET, NOW));
    }

    @Test
    void acceptsClockSkewWithinFiveMinutes() {
        var request = signed(NOW.minus(Duration.ofMinutes(4)), BODY, BODY);
        assertThatNoException().isThrownBy(() -> Signatures.verify(request, "key", SECRET, NOW));
    }

    @Test
    void rejectsATamperedBody() {
        assertRefused(signed(NOW, BODY, "{\"items\":[{}]}"), "key", "invalid-signature");
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        var request = new Signatures.SignedRequest(
                "PUT",
                PATH,
                bytes(BODY),
                "key",
                "1700000000000",
                Signatures.sign("other", "PUT", PATH, "1700000000000", bytes(BODY)));
        assertRefused(request, "key", "invalid-signature");
    }

    @Test
    void rejectsAnotherShopsAppKey() {
        assertRefused(signed(NOW, BODY, BODY), "other-key", "invalid-app-key");
    }

    @Test
    void rejectsTimestampsMoreThanFiveMinutesOldOrAhead() {
        assertRefused(signed(NOW.minus(Duration.ofMinutes(6)), BODY, BODY), "key", "timestamp-out-of-window");
        assertRefused(signed(NOW.plus(Duration.ofMinutes(6)), BODY, BODY), "key", "timestamp-out-of-window");
    }

    @Test
    void rejectsMissingCredentials() {
        assertRefused(new Signatures.SignedRequest("GET", PATH, null, "key", null, null), "key", "missing-credentials");
    }

    private static Signatures.SignedRequest signed(Instant at, String signedBody, String sentBody) {
        String timestamp = Long.toString(at.toEpochMilli());
        return new Signatures.SignedRequest(
                "PUT",
                PATH,
                bytes(sentBody),
                "key",
                timestamp,
                Signatures.sign(SECRET, "PUT", PATH, timestamp, bytes(signedBody)));
    }

    private static void assertRefused(Signatures.SignedRequest request, String appKey, String code) {
        assertThatThrownBy(() -> Signatures.verify(request, appKey, SECRET, NOW))
                .isInstanceOfSatisfying(MarketplaceException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo(code);
                });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
