package org.diplomaticgraph.launcher;

import java.nio.file.Path;
import java.util.Map;

/** Command-line options, with environment variables as fallbacks so scripts can use either. */
record LauncherOptions(Path dataDir, int port, Path pidFile) {

  static final String USAGE =
      "usage: EmbeddedNeo4j [--data-dir DIR] [--port PORT] [--pid-file FILE]\n"
          + "  env fallbacks: NEO4J_DATA_DIR (./data/neo4j), NEO4J_EMBEDDED_PORT (7687),"
          + " NEO4J_PID_FILE (<data-dir>/neo4j.pid)";

  /** Parses `--name value` or `--name=value`; throws IllegalArgumentException with the usage. */
  static LauncherOptions parse(String[] args, Map<String, String> env) {
    String dataDir = env.getOrDefault("NEO4J_DATA_DIR", "./data/neo4j");
    String port = env.getOrDefault("NEO4J_EMBEDDED_PORT", "7687");
    String pidFile = env.get("NEO4J_PID_FILE");

    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("missing value for " + arg + "\n" + USAGE);
      }
      switch (name) {
        case "--data-dir" -> dataDir = value;
        case "--port" -> port = value;
        case "--pid-file" -> pidFile = value;
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }

    Path dir = Path.of(dataDir).toAbsolutePath().normalize();
    Path pid = pidFile == null ? dir.resolve("neo4j.pid") : Path.of(pidFile).toAbsolutePath();
    return new LauncherOptions(dir, parsePort(port), pid);
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // fall through to the shared message
    }
    throw new IllegalArgumentException("invalid port '" + value + "'\n" + USAGE);
  }
}
