package allegiance.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1, so that Allegiance needs no Docker and no
 * separate Neo4j install. Auth is off because the connector listens on loopback only.
 *
 * Stdout carries exactly one line, "Neo4j ready on bolt://127.0.0.1:PORT", once Bolt accepts
 * connections; graph/embedded/launcher.ts waits for it. Everything else Neo4j prints goes to stderr.
 * LOAD CSV may not read file URLs, and its import directory is an empty one of its own, never the
 * home with the data (graph/user-cypher/guard.ts refuses LOAD CSV before it reaches Neo4j anyway).
 * SIGINT/SIGTERM shut the database down cleanly through a shutdown hook.
 *
 * Environment: NEO4J_BOLT_PORT (default 7687), NEO4J_DATA (default .neo4j/data, Neo4j's home directory),
 * NEO4J_PAGECACHE (page cache size as Neo4j writes sizes, e.g. 64m or 2g; default 64m). The heap is the
 * JVM's -Xmx, set by the launcher from NEO4J_HEAP.
 */
public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 7687;
    private static final String DEFAULT_DATA = ".neo4j/data";
    private static final long DEFAULT_PAGE_CACHE_BYTES = ByteUnit.mebiBytes(64);
    /** LOAD CSV file URLs are refused; should they ever be allowed, they reach this empty directory only, never the data. */
    private static final String IMPORT_DIR = "import-disabled";
    private static final long BOLT_WAIT_MILLIS = 60_000;
    /** Bolt waits 5 s + 5 s by default for connections and worker threads at shutdown, after the databases are already stopped. */
    private static final Duration BOLT_DRAIN_TIME = Duration.ofSeconds(1);

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws InterruptedException {
        PrintStream readyChannel = System.out;
        System.setOut(System.err);

        int port = boltPort(System.getenv("NEO4J_BOLT_PORT"));
        Path home = Path.of(orDefault(System.getenv("NEO4J_DATA"), DEFAULT_DATA)).toAbsolutePath();

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes(System.getenv("NEO4J_PAGECACHE")))
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve(IMPORT_DIR))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_DRAIN_TIME)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_DRAIN_TIME)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        waitForBolt(port);
        readyChannel.println("Neo4j ready on bolt://" + HOST + ":" + port);
        readyChannel.flush();
        stopped.await();
    }

    private static int boltPort(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NEO4J_BOLT_PORT must be a port number (1-65535), got: " + value);
        }
    }

    /** Sizes as the launcher checked them (graph/embedded/config.ts): digits and an optional k, m or g. */
    private static long pageCacheBytes(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PAGE_CACHE_BYTES;
        }
        try {
            return SettingValueParsers.BYTES.parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("NEO4J_PAGECACHE must be a size such as 512m or 2g, got: " + value);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The connector binds during build(); this confirms it accepts a TCP connection before we announce it. */
    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + BOLT_WAIT_MILLIS;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Bolt did not accept connections on port " + port, e);
                }
                Thread.sleep(100);
            }
        }
    }
}
