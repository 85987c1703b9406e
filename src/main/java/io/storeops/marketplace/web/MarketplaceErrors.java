package io.storeops.marketplace.web;

import io.storeops.marketplace.internal.MarketplaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the simulated marketplace in its own format, {@code {"code": …, "message": …}}, like a foreign platform
 * rather than StoreOps's problem details; a dropped answer is a bare 502.
 */
@RestControllerAdvice(basePackageClasses = MarketplaceErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MarketplaceErrors {

    private static final Logger log = LoggerFactory.getLogger(MarketplaceErrors.class);

    @ExceptionHandler(MarketplaceException.class)
    ResponseEntity<Object> marketplace(MarketplaceException e) {
        if (e.isDropped()) {
            return ResponseEntity.status(502).build();
        }
        var response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON);
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(new ErrorBody(e.code(), e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> other(Exception e) {
        if (e instanceof ErrorResponse standard) {
            return ResponseEntity.status(standard.getStatusCode())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ErrorBody("invalid-request", standard.getBody().getDetail()));
        }
        log.error("Simulated marketplace failed unexpectedly", e);
        return ResponseEntity.status(500)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorBody("internal-error", "Unexpected simulator error"));
    }

    record ErrorBody(String code, String message) {}
}
