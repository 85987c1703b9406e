package io.storeops.platform.security;

import io.storeops.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/api-tokens")
@Tag(name = "API tokens")
@PreAuthorize("hasAuthority('user:admin')")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "All API tokens (without their secrets)")
    List<ApiTokenRepository.ApiToken> list() {
        return tokens.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token; the secret is in the answer and never shown again")
    CreatedTokenView create(@Valid @RequestBody NewToken body) {
        var created = tokens.create(body.name(), body.role());
        var t = created.token();
        return new CreatedTokenView(
                t.id(), t.name(), t.role(), t.prefix(), t.createdBy(), t.createdAt(), created.secret());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }

    record NewToken(
            @NotBlank @Size(max = 100) String name, @NotNull Role role) {}

    record CreatedTokenView(
            long id, String name, Role role, String prefix, String createdBy, Instant createdAt, String token) {}
}
