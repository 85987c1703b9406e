package io.storeops.marketplace.web;

import io.storeops.marketplace.Faults;
import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.MarketplaceException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's own admin endpoint (not part of the simulated platform's API): read, replace or clear a shop's
 * injected faults. Signed with the shop's credentials; never rate limited nor faulty itself.
 */
@RestController
@RequestMapping("/sim/{shop}/faults")
@ConditionalOnMarketplaceEnabled
class FaultController {

    private final SignedCalls calls;
    private final JsonMapper json;

    FaultController(SignedCalls calls, JsonMapper json) {
        this.calls = calls;
        this.json = json;
    }

    @GetMapping
    Faults read(@PathVariable String shop, HttpServletRequest request) {
        return calls.authenticate(shop, request, null).faults();
    }

    @PutMapping
    Faults replace(@PathVariable String shop, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        var simulated = calls.authenticate(shop, request, body);
        var faults = parse(body);
        simulated.injectFaults(faults);
        return faults;
    }

    @DeleteMapping
    Faults clear(@PathVariable String shop, HttpServletRequest request) {
        var simulated = calls.authenticate(shop, request, null);
        simulated.injectFaults(Faults.NONE);
        return Faults.NONE;
    }

    private Faults parse(byte[] body) {
        FaultSettings settings;
        try {
            settings = body == null || body.length == 0 ? null : json.readValue(body, FaultSettings.class);
        } catch (JacksonException e) {
            throw MarketplaceException.badRequest("Body must be a JSON object of fault settings");
        }
        if (settings == null) {
            throw MarketplaceException.badRequest("Body must be a JSON object of fault settings");
        }
        try {
            return settings.toFaults();
        } catch (IllegalArgumentException e) {
            throw MarketplaceException.badRequest(e.getMessage());
        }
    }

    /** Omitted settings mean no such fault. */
    record FaultSettings(
            Double failureRate,
            Long latencyMs,
            Double latencyRate,
            Double dropRate,
            Double timeoutRate,
            Long timeoutMs,
            Long seed) {

        Faults toFaults() {
            return new Faults(
                    orZero(failureRate),
                    latencyMs == null ? 0 : latencyMs,
                    orZero(latencyRate),
                    orZero(dropRate),
                    orZero(timeoutRate),
                    timeoutMs == null ? Faults.DEFAULT_TIMEOUT_MS : timeoutMs,
                    seed);
        }

        private static double orZero(Double rate) {
            return rate == null ? 0 : rate;
        }
    }
}
