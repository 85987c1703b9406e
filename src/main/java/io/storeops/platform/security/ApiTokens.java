package io.storeops.platform.security;

import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.platform.Role;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for integrations. Only a SHA-256 hash is stored; the secret is returned once, at creation. A token acts
 * with the permissions of one role, belongs to the user who created it (it stops working when that user is disabled or
 * deleted) and can be revoked at any time.
 */
@Service
class ApiTokens {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Transactional
    CreatedToken create(String name, Role role) {
        String secret = "so_" + random(40);
        long id = tokens.insert(name, role, secret.substring(0, 8), hash(secret), owner());
        var token = tokens.findById(id).orElseThrow();
        audit.record(AuditAction.CREATE, "api-token", id, "Created API token " + name, null, token);
        return new CreatedToken(token, secret);
    }

    @Transactional(readOnly = true)
    List<ApiTokenRepository.ApiToken> list() {
        return tokens.findAll();
    }

    @Transactional
    void revoke(long id) {
        var before = tokens.findById(id).orElseThrow(() -> new NotFoundException(ResourceKind.API_TOKEN, id));
        tokens.revoke(id);
        audit.record(
                AuditAction.REVOKE,
                "api-token",
                id,
                "Revoked API token " + before.name(),
                before,
                tokens.findById(id).orElseThrow());
    }

    /** The active token with this secret, if any; records its use. */
    @Transactional
    Optional<ApiTokenRepository.ApiToken> authenticate(String secret) {
        var token = tokens.findActiveByHash(hash(secret));
        token.ifPresent(t -> tokens.markUsed(t.id()));
        return token;
    }

    /** The user creating a token owns it; a token created with a token belongs to that token's owner. */
    private static String owner() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getDetails() instanceof ApiTokenFilter.TokenOwner owner) {
            return owner.username();
        }
        return AuditLog.currentActor();
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    record CreatedToken(ApiTokenRepository.ApiToken token, String secret) {}
}
