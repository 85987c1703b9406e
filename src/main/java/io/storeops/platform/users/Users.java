package io.storeops.platform.users;

import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.platform.Role;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing console users: create, change roles, reset passwords, disable, delete — each change audited. */
@Service
class Users {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    Users(UserRepository users, PasswordEncoder passwords, AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<UserAccount.UserView> list() {
        return users.findAll().stream().map(UserAccount::view).toList();
    }

    @Transactional
    UserAccount.UserView create(String username, String displayName, String password, Set<Role> roles) {
        if (users.existsByUsername(username)) {
            throw new FieldErrorException("username", Message.of(UserMessage.USERNAME_TAKEN));
        }
        long id;
        try {
            id = users.insert(username, displayName, passwords.encode(password), roles);
        } catch (DuplicateKeyException e) {
            throw new FieldErrorException("username", Message.of(UserMessage.USERNAME_TAKEN));
        }
        var created = get(id);
        audit.record(AuditAction.CREATE, "user", id, "Created user " + username, null, created);
        return created;
    }

    @Transactional
    UserAccount.UserView update(long id, String displayName, Set<Role> roles, boolean enabled) {
        var before = get(id);
        boolean losesAdmin = before.roles().contains(Role.ADMIN) && (!roles.contains(Role.ADMIN) || !enabled);
        if (losesAdmin && before.enabled() && users.countEnabledAdmins() <= 1) {
            throw new ConflictException("last-admin", Message.of(UserMessage.LAST_ADMIN_DEMOTED));
        }
        users.update(id, displayName, roles, enabled);
        var after = get(id);
        audit.record(AuditAction.UPDATE, "user", id, "Updated user " + before.username(), before, after);
        return after;
    }

    @Transactional
    void changePassword(long id, String password) {
        var user = get(id);
        users.updatePassword(id, passwords.encode(password));
        audit.record(AuditAction.UPDATE, "user", id, "Reset password of " + user.username(), null, null);
    }

    @Transactional
    void delete(long id) {
        var before = get(id);
        if (before.roles().contains(Role.ADMIN) && before.enabled() && users.countEnabledAdmins() <= 1) {
            throw new ConflictException("last-admin", Message.of(UserMessage.LAST_ADMIN_DELETED));
        }
        users.delete(id);
        audit.record(AuditAction.DELETE, "user", id, "Deleted user " + before.username(), before, null);
    }

    private UserAccount.UserView get(long id) {
        return users.findById(id)
                .map(UserAccount::view)
                .orElseThrow(() -> new NotFoundException(ResourceKind.USER, id));
    }
}
