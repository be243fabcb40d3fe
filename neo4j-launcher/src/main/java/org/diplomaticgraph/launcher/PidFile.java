package org.diplomaticgraph.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The pid file that tells the Node side "this JVM owns the data dir and Bolt is up". */
final class PidFile {
  private final Path path;
  private final long pid = ProcessHandle.current().pid();

  PidFile(Path path) {
    this.path = path;
  }

  /** Writes via a temp file and rename, so a reader never sees a half-written pid. */
  void write() throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    Files.writeString(tmp, pid + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes the file only if it still names this process, so we never delete a successor's. */
  void deleteIfOwned() {
    try {
      if (Files.exists(path) && Files.readString(path).trim().equals(Long.toString(pid))) {
        Files.delete(path);
      }
    } catch (IOException e) {
      System.err.println("could not remove pid file " + path + ": " + e);
    }
  }

  long pid() {
    return pid;
  }

  Path path() {
    return path;
  }
}
