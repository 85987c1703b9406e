package io.storeops.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets that must be stored in the database (e.g. marketplace app secrets set up in the console) with
 * AES-256-GCM under a key that only the environment holds ({@code STOREOPS_CREDENTIALS_KEY}, 32 random bytes in
 * Base64, e.g. from {@code openssl rand -base64 32}). Without a key nothing can be stored; the database alone never
 * reveals a secret. Ciphertexts read {@code v1:<base64(iv ‖ ciphertext ‖ tag)>}.
 */
@Component
public class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(@Value("${storeops.platform.credentials-key:}") String base64Key) {
        this.key = parse(base64Key);
    }

    private static SecretKey parse(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("STOREOPS_CREDENTIALS_KEY must be Base64 (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "STOREOPS_CREDENTIALS_KEY must hold 32 bytes (openssl rand -base64 32), it holds " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether a key is configured, i.e. whether secrets can be stored. */
    public boolean available() {
        return key != null;
    }

    public String encrypt(String plain) {
        requireKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Decrypts; fails when the key is missing or is not the one the secret was encrypted with. */
    public String decrypt(String stored) {
        requireKey();
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a stored secret");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A stored secret cannot be decrypted: STOREOPS_CREDENTIALS_KEY differs from the key it was stored with");
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException("No STOREOPS_CREDENTIALS_KEY configured");
        }
    }
}
