package com.tandem.server.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets and tokens for storage with AES-256-GCM and a fresh random IV per value. The key
 * comes from {@code TANDEM_SECRET_KEY} (base64, 32 bytes) or else from {@code secret.key} in the
 * data folder, created with owner-only permissions the first time a secret is sealed or opened.
 */
@Component
public class SecretBox {

  /** The name of the key file in the data folder. */
  public static final String KEY_FILE = "secret.key";

  private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final SecureRandom random = new SecureRandom();
  private final Path keyFile;
  private volatile SecretKey key;

  /**
   * @param configuredKey the base64 key of {@code tandem.secret-key} / {@code TANDEM_SECRET_KEY},
   *     blank to use the key file
   * @param dataDir the data folder that holds the key file
   */
  public SecretBox(
      @Value("${tandem.secret-key:}") String configuredKey,
      @Value("${tandem.data-dir:./data}") Path dataDir) {
    this.keyFile = dataDir.resolve(KEY_FILE);
    if (configuredKey != null && !configuredKey.isBlank()) {
      this.key = decodeKey(configuredKey.trim(), "TANDEM_SECRET_KEY");
    }
  }

  /**
   * Encrypts a value; {@code context} (e.g. the setting's name or a token's owner) must be given
   * again to open it, so a sealed value cannot be moved to another place.
   */
  public String seal(String plaintext, String context) {
    Objects.requireNonNull(plaintext, "plaintext == null");
    Objects.requireNonNull(context, "context == null");
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[IV_BYTES + sealed.length];
      System.arraycopy(iv, 0, out, 0, IV_BYTES);
      System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  /**
   * Decrypts what {@link #seal} produced with the same context; throws {@link
   * IllegalStateException} when the value was altered or sealed with another key.
   */
  public String open(String sealed, String context) {
    Objects.requireNonNull(sealed, "sealed == null");
    Objects.requireNonNull(context, "context == null");
    if (!sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("not a sealed value");
    }
    try {
      byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      if (in.length < IV_BYTES + TAG_BITS / 8) {
        throw new IllegalStateException("not a sealed value");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException | ProviderException e) {
      throw new IllegalStateException(
          "cannot decrypt a stored secret: was it sealed with another key?", e);
    }
  }

  private SecretKey key() {
    SecretKey current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          key = loadOrCreateKeyFile();
        }
        current = key;
      }
    }
    return current;
  }

  private SecretKey loadOrCreateKeyFile() {
    try {
      Files.createDirectories(keyFile.toAbsolutePath().getParent());
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      try {
        createOwnerOnly(keyFile);
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
        log.info("Created the secret key file {}", keyFile.toAbsolutePath());
        return new SecretKeySpec(fresh, "AES");
      } catch (FileAlreadyExistsException existing) {
        tightenPermissions();
        return decodeKey(Files.readString(keyFile).trim(), keyFile.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + keyFile.toAbsolutePath(), e);
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    if (Files.getFileAttributeView(
            file.toAbsolutePath().getParent(), java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(file);
    }
  }

  private void tightenPermissions() throws IOException {
    try {
      if (!Files.getPosixFilePermissions(keyFile).equals(OWNER_ONLY)) {
        log.warn("The secret key file {} was readable by others; now owner-only", keyFile);
        Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
      }
    } catch (UnsupportedOperationException notPosix) {
      // Windows and other non-POSIX file systems: access is governed by ACLs instead.
    }
  }

  private static SecretKey decodeKey(String base64, String origin) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(origin + " is not base64");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(origin + " must hold 32 bytes, not " + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
