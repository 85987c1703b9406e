package io.storeops.marketplace.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The marketplace's request signature: lower-case hex HMAC-SHA256 with the app secret over
 * {@code method + "\n" + path + "\n" + timestamp + "\n" + body}, where {@code path} is the request path without the
 * query string and {@code timestamp} the {@code X-Timestamp} header (epoch millis). Timestamps more than
 * {@link #MAX_SKEW} away from the marketplace's clock are refused as replays.
 */
public final class Signatures {

    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private Signatures() {}

    public static String sign(String appSecret, String method, String path, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((method + "\n" + path + "\n" + timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /**
     * Checks a request's credentials against the shop's.
     *
     * @throws MarketplaceException 401 when the key, the signature or the timestamp is wrong
     */
    public static void verify(SignedRequest request, String expectedAppKey, String appSecret, Instant now) {
        if (request.appKey() == null || request.timestamp() == null || request.signature() == null) {
            throw MarketplaceException.unauthorized(
                    "missing-credentials", "X-App-Key, X-Timestamp and X-Signature are required");
        }
        if (!MessageDigest.isEqual(bytes(request.appKey()), bytes(expectedAppKey))) {
            throw MarketplaceException.unauthorized("invalid-app-key", "Unknown app key for this shop");
        }
        long millis;
        try {
            millis = Long.parseLong(request.timestamp());
        } catch (NumberFormatException e) {
            throw MarketplaceException.unauthorized("invalid-timestamp", "X-Timestamp must be epoch milliseconds");
        }
        if (Duration.between(Instant.ofEpochMilli(millis), now).abs().compareTo(MAX_SKEW) > 0) {
            throw MarketplaceException.unauthorized(
                    "timestamp-out-of-window", "X-Timestamp is more than 5 minutes off (replay refused)");
        }
        String expected = sign(appSecret, request.method(), request.path(), request.timestamp(), request.body());
        if (!MessageDigest.isEqual(bytes(expected), bytes(request.signature().toLowerCase()))) {
            throw MarketplaceException.unauthorized("invalid-signature", "Signature does not match");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The parts of an HTTP request that the signature covers, plus the credential headers. */
    public record SignedRequest(
            String method, String path, byte[] body, String appKey, String timestamp, String signature) {

        public SignedRequest {
            body = body == null ? new byte[0] : body;
        }
    }
}
