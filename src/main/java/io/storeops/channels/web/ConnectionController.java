package io.storeops.channels.web;

import io.storeops.channels.ChannelSettings;
import io.storeops.channels.ConnectionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Channel connections")
class ConnectionController {

    private final ChannelSettings settings;

    ConnectionController(ChannelSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/channels/connections")
    @PreAuthorize("hasAuthority('channel:admin')")
    @Operation(summary = "Every channel's connection (secrets only as a hint), its breaker and its order/review feeds")
    ConnectionView.Overview list() {
        return settings.overview();
    }

    @GetMapping("/api/v1/channels/connections/{channel}")
    @PreAuthorize("hasAuthority('channel:admin')")
    @Operation(summary = "One channel's connection")
    ConnectionView get(@PathVariable String channel) {
        return settings.get(channel);
    }

    @PutMapping("/api/v1/channels/connections/{channel}")
    @PreAuthorize("hasAuthority('channel:admin')")
    @Operation(
            summary = "Set up or change a marketplace connection in the console; the secret is stored encrypted",
            description =
                    "422 when the connection comes from the environment or no STOREOPS_CREDENTIALS_KEY is set;"
                            + " a blank appSecret keeps the stored one; connecting queues the channel's full stock and listings")
    ConnectionView save(@PathVariable String channel, @Valid @RequestBody ChangeBody body) {
        return settings.save(
                channel,
                new ConnectionView.Change(
                        body.shop(),
                        body.baseUrl(),
                        body.appKey(),
                        body.appSecret(),
                        body.rateLimitPerSecond(),
                        body.timeoutMs(),
                        body.version()));
    }

    @DeleteMapping("/api/v1/channels/connections/{channel}")
    @PreAuthorize("hasAuthority('channel:admin')")
    @Operation(summary = "Remove a console connection")
    ResponseEntity<Void> disconnect(@PathVariable String channel) {
        settings.disconnect(channel);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/channels/connections/{channel}/test")
    @PreAuthorize("hasAuthority('channel:admin')")
    @Operation(summary = "Make one harmless call with the connection and report how it went")
    ConnectionView.TestResult test(@PathVariable String channel) {
        return settings.test(channel);
    }

    record ChangeBody(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", message = "{channels.SHOP_FORMAT}")
            String shop,

            @Size(max = 500) @Pattern(regexp = "(https?://\\S+)?", message = "{channels.BASE_URL_FORMAT}")
            String baseUrl,

            @NotBlank @Size(max = 100) String appKey,
            @Size(max = 500) String appSecret,
            @NotNull @Min(1) @Max(10_000) Integer rateLimitPerSecond,
            @NotNull @Min(200) @Max(60_000) Integer timeoutMs,
            Integer version) {}
}
