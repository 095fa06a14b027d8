package com.tandem.server.sync.schedule;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name in connection leases and on the scheduler, the same after a restart so that a
 * restarted node knows its own leases from before and takes them back at once. It is {@code
 * tandem.sync.node-id} when set; otherwise the name kept in the data folder's {@value #FILE} (made
 * on the first start: host name and a random suffix). A second process on the same data folder
 * cannot take that name while the first holds it (a file lock) and gets a name of its own.
 */
@Component
class NodeName {

  static final String FILE = "node-id";
  private static final Logger log = LoggerFactory.getLogger(NodeName.class);

  private final String name;
  private FileChannel lockChannel;
  private FileLock lock;

  NodeName(
      @Value("${tandem.sync.node-id:}") String configured,
      @Value("${tandem.data-dir:./data}") Path dataDir) {
    this.name = configured != null && !configured.isBlank() ? configured.trim() : kept(dataDir);
  }

  /** The name. */
  String value() {
    return name;
  }

  private String kept(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      Files.createDirectories(dataDir);
      lockChannel =
          FileChannel.open(
              dataDir.resolve(FILE + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      lock = lockChannel.tryLock();
      if (lock == null) {
        return releaseAndMakeOne("another process holds " + file);
      }
      if (Files.exists(file)) {
        String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!stored.isEmpty()) {
          return stored;
        }
      }
      String made = fresh();
      Files.writeString(file, made + "\n", StandardCharsets.UTF_8);
      return made;
    } catch (IOException | OverlappingFileLockException e) {
      return releaseAndMakeOne(e.toString());
    }
  }

  private String releaseAndMakeOne(String why) {
    stop();
    String made = fresh();
    log.info("This node is named {} for this run only ({})", made, why);
    return made;
  }

  @PreDestroy
  void stop() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException e) {
      // The process ends anyway; the lock goes with it.
    }
    lock = null;
    lockChannel = null;
  }

  private static String fresh() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    String name = host + "-" + UUID.randomUUID().toString().substring(0, 6);
    return name.length() > 50 ? name.substring(name.length() - 50) : name;
  }
}
