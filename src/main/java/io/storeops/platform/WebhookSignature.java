package io.storeops.platform;

import io.storeops.shared.Message;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signatures of webhook channels: {@code X-StoreOps-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." +
 * body)>} with {@code X-StoreOps-Timestamp} in epoch milliseconds; older or newer than 5 minutes is a replay.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-StoreOps-Signature";
    public static final String TIMESTAMP_HEADER = "X-StoreOps-Timestamp";
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private WebhookSignature() {}

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null when the request is authentic and fresh, otherwise why not. */
    public static @Nullable Message problem(
            String secret, String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null) {
            return Message.of(
                    SignatureMessage.SIGNATURE_HEADERS_MISSING,
                    "timestampHeader",
                    TIMESTAMP_HEADER,
                    "signatureHeader",
                    SIGNATURE_HEADER);
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Message.of(SignatureMessage.SIGNATURE_BAD_TIMESTAMP);
        }
        if (Duration.between(Instant.ofEpochMilli(millis), now).abs().compareTo(MAX_SKEW) > 0) {
            return Message.of(SignatureMessage.SIGNATURE_TIMESTAMP_SKEWED, "minutes", MAX_SKEW.toMinutes());
        }
        byte[] expected = sign(secret, timestamp.trim(), body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8))
                ? null
                : Message.of(SignatureMessage.SIGNATURE_MISMATCH);
    }
}
