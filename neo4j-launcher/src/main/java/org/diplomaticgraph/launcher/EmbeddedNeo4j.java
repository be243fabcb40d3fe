package org.diplomaticgraph.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Starts an embedded Neo4j with Bolt on 127.0.0.1 for the explorer's own use, writes a pid file
 * once Bolt is up, and shuts the database down cleanly on SIGTERM.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }

    try {
      redirectOutputTo(options.dataDir().resolve("launcher.log"));
    } catch (IOException e) {
      System.err.println("cannot write to data dir " + options.dataDir() + ": " + e);
      System.exit(1);
    }

    PidFile pidFile = new PidFile(options.pidFile());
    AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
    // Registered before start so a SIGTERM during start-up still closes the store cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service.get(), pidFile), "neo4j-stop"));

    log("starting Neo4j (pid " + pidFile.pid() + ", data " + options.dataDir() + ", bolt 127.0.0.1:" + options.port() + ")");
    try {
      service.set(start(options));
      pidFile.write();
    } catch (Throwable e) {
      log("failed to start Neo4j: " + e);
      e.printStackTrace();
      System.exit(1);
    }
    log("Neo4j ready on bolt://127.0.0.1:" + options.port() + " (pid file " + pidFile.path() + ")");

    new CountDownLatch(1).await(); // Runs until a signal; the shutdown hook does the rest.
  }

  private static DatabaseManagementService start(LauncherOptions options) {
    return new DatabaseManagementServiceBuilder(options.dataDir())
        .setUserLogProvider(new Log4jLogProvider(System.out))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port()))
        // Bound to localhost only and owned by the app, so no password to manage.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // A developer-machine database: small page cache and little transaction-log history.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "64M size")
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
        // Bolt otherwise waits 5 s twice on shutdown for connections that a local app has closed.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .build();
  }

  private static void stop(DatabaseManagementService service, PidFile pidFile) {
    log("stopping Neo4j");
    try {
      if (service != null) {
        service.shutdown();
      }
    } catch (Throwable e) {
      log("error while stopping Neo4j: " + e);
    } finally {
      pidFile.deleteIfOwned();
      log("Neo4j stopped");
    }
  }

  /** Sends stdout and stderr (ours and Neo4j's user log) to a log file in the data dir. */
  private static void redirectOutputTo(Path logFile) throws IOException {
    Files.createDirectories(logFile.getParent());
    PrintStream out = new PrintStream(new FileOutputStream(logFile.toFile(), true), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(out);
  }

  private static void log(String message) {
    System.out.println(Instant.now() + " [launcher] " + message);
  }
}
