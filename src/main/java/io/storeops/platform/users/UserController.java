package io.storeops.platform.users;

import io.storeops.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
@PreAuthorize("hasAuthority('user:admin')")
class UserController {

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "All console users")
    List<UserAccount.UserView> list() {
        return users.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user with roles and an initial password")
    UserAccount.UserView create(@Valid @RequestBody NewUser body) {
        return users.create(body.username(), body.displayName(), body.password(), body.roles());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user's name, roles or enabled flag")
    UserAccount.UserView update(@PathVariable long id, @Valid @RequestBody UserChange body) {
        return users.update(id, body.displayName(), body.roles(), body.enabled());
    }

    @PutMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password")
    void password(@PathVariable long id, @Valid @RequestBody PasswordChange body) {
        users.changePassword(id, body.password());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a user")
    void delete(@PathVariable long id) {
        users.delete(id);
    }

    record NewUser(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{platform.USERNAME_CHARACTERS}")
            String username,

            @NotBlank @Size(max = 100) String displayName,

            @NotBlank @Size(min = 10, max = 128, message = "{platform.PASSWORD_LENGTH}")
            String password,

            @NotEmpty Set<@NotNull Role> roles) {}

    record UserChange(
            @NotBlank @Size(max = 100) String displayName,
            @NotEmpty Set<@NotNull Role> roles,
            boolean enabled) {}

    record PasswordChange(
            @NotBlank @Size(min = 10, max = 128, message = "{platform.PASSWORD_LENGTH}")
            String password) {}
}
