package io.storeops.catalog.web;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/channels")
@Tag(name = "Channels")
class ChannelController {

    private final Channels channels;

    ChannelController(Channels channels) {
        this.channels = channels;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "All channels with their listing rules")
    List<ChannelView> list() {
        return channels.list();
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "One channel with its listing rules")
    ChannelView get(@PathVariable String code) {
        return channels.get(code);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('channel:admin')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a channel")
    ChannelView create(@Valid @RequestBody NewChannel body) {
        return channels.create(body.code(), body.name(), body.rules());
    }

    @PutMapping("/{code}/rules")
    @PreAuthorize("hasAuthority('channel:admin')")
    @Operation(summary = "Change a channel's name, enabled flag and listing rules; re-evaluates its listings")
    ChannelView update(@PathVariable String code, @Valid @RequestBody ChannelChange body) {
        ChannelView current = channels.get(code);
        return channels.update(
                code,
                body.name() == null ? current.name() : body.name(),
                body.enabled() == null ? current.enabled() : body.enabled(),
                body.rules());
    }

    record NewChannel(
            @NotBlank
            @Size(max = 32)
            @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{catalog.CHANNEL_CODE_CHARACTERS}")
            String code,

            @NotBlank @Size(max = 100) String name,
            @NotNull @Valid ChannelRules rules) {}

    record ChannelChange(
            @Size(min = 1, max = 100) String name,
            Boolean enabled,
            @NotNull @Valid ChannelRules rules) {}
}
