package io.storeops.marketplace.internal;

/**
 * An answer of the simulated marketplace other than success, in the marketplace's own error format. A
 * {@linkplain #dropped() dropped} answer has no body at all.
 */
public final class MarketplaceException extends RuntimeException {

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    private MarketplaceException(int status, String code, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static MarketplaceException of(int status, String code, String message) {
        return new MarketplaceException(status, code, message, 0);
    }

    public static MarketplaceException unauthorized(String code, String message) {
        return of(401, code, message);
    }

    public static MarketplaceException badRequest(String message) {
        return of(400, "invalid-request", message);
    }

    public static MarketplaceException throttled(long retryAfterSeconds) {
        return new MarketplaceException(429, "rate-limited", "Too many requests for this shop", retryAfterSeconds);
    }

    public static MarketplaceException droppedResponse() {
        return of(502, "dropped", "Response dropped by fault injection");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean isDropped() {
        return status == 502 && "dropped".equals(code);
    }
}
