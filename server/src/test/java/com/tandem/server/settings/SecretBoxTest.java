package com.tandem.server.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private static Path freshDataDir() throws Exception {
    Path root = Path.of("target", "secretbox-test");
    Files.createDirectories(root);
    return Files.createTempDirectory(root, "data");
  }

  @Test
  void aSealedValueOpensToThePlaintextAndDoesNotContainIt() throws Exception {
    SecretBox box = new SecretBox("", freshDataDir());

    String sealed = box.seal("s3cret-value", "setting:x");

    assertThat(sealed).doesNotContain("s3cret-value").startsWith("v1:");
    assertThat(box.open(sealed, "setting:x")).isEqualTo("s3cret-value");
  }

  @Test
  void everySealUsesAFreshIv() throws Exception {
    SecretBox box = new SecretBox("", freshDataDir());

    assertThat(box.seal("same", "c")).isNotEqualTo(box.seal("same", "c"));
  }

  @Test
  void aValueSealedForOneContextDoesNotOpenInAnother() throws Exception {
    SecretBox box = new SecretBox("", freshDataDir());

    String sealed = box.seal("token", "account:1");

    assertThatThrownBy(() -> box.open(sealed, "account:2"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAlteredValueIsRefused() throws Exception {
    SecretBox box = new SecretBox("", freshDataDir());
    byte[] bytes = Base64.getDecoder().decode(box.seal("token", "c").substring(3));
    bytes[bytes.length - 1] ^= 1;

    assertThatThrownBy(() -> box.open("v1:" + Base64.getEncoder().encodeToString(bytes), "c"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void somethingThatWasNeverSealedIsRefusedAsUnreadable() throws Exception {
    SecretBox box = new SecretBox("", freshDataDir());

    for (String junk :
        new String[] {"plain", "v1:", "v1:AAAA", "v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "v1:%%"}) {
      assertThatThrownBy(() -> box.open(junk, "c")).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void theKeyFileIsCreatedOwnerOnlyAndReusedByTheNextStart() throws Exception {
    Path dataDir = freshDataDir();
    String sealed = new SecretBox("", dataDir).seal("kept across restarts", "c");

    Path keyFile = dataDir.resolve(SecretBox.KEY_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    assertThat(Base64.getDecoder().decode(Files.readString(keyFile).trim())).hasSize(32);
    assertThat(new SecretBox("", dataDir).open(sealed, "c")).isEqualTo("kept across restarts");
  }

  @Test
  void aConfiguredKeyIsUsedAndNoKeyFileIsWritten() throws Exception {
    Path dataDir = freshDataDir();
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    String sealed = new SecretBox(key, dataDir).seal("x", "c");

    assertThat(new SecretBox(key, freshDataDir()).open(sealed, "c")).isEqualTo("x");
    assertThat(dataDir.resolve(SecretBox.KEY_FILE)).doesNotExist();
    assertThatThrownBy(() -> new SecretBox("", freshDataDir()).open(sealed, "c"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConfiguredKeyOfTheWrongLengthStopsTheStart() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> new SecretBox(shortKey, Path.of("target")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new SecretBox("not base64!", Path.of("target")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyFileReadableByOthersIsMadeOwnerOnly() throws Exception {
    Path dataDir = freshDataDir();
    Path keyFile = dataDir.resolve(SecretBox.KEY_FILE);
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(new byte[32]));
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

    new SecretBox("", dataDir).seal("x", "c");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
  }
}
