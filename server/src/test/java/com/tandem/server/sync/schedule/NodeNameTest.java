package com.tandem.server.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeNameTest {

  @TempDir Path dataDir;

  @Test
  void aConfiguredNameWins() {
    assertThat(new NodeName(" node-7 ", dataDir).value()).isEqualTo("node-7");
    assertThat(dataDir.resolve(NodeName.FILE)).doesNotExist();
  }

  @Test
  void withoutOneTheNameIsKeptInTheDataFolderAcrossRestarts() throws IOException {
    NodeName first = new NodeName("", dataDir);
    String name = first.value();
    first.stop();

    NodeName restarted = new NodeName(null, dataDir);

    assertThat(restarted.value()).isEqualTo(name);
    assertThat(Files.readString(dataDir.resolve(NodeName.FILE)).trim()).isEqualTo(name);
    restarted.stop();
  }

  @Test
  void aSecondProcessOnTheSameDataFolderGetsANameOfItsOwn() {
    NodeName running = new NodeName("", dataDir);

    NodeName second = new NodeName("", dataDir);

    assertThat(second.value()).isNotEqualTo(running.value());
    running.stop();
    second.stop();
    assertThat(new NodeName("", dataDir).value()).isEqualTo(running.value());
  }
}
