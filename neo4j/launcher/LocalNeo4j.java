// Embedded Neo4j Community 5.26 exposed over Bolt on loopback: the project's "local server".
//
// Why embedded instead of the Neo4j tarball: the tarball is not on any registry this project may
// use, while the jars are on Maven Central (see ../pom.xml). The embedded DBMS with the Bolt
// connector enabled is, from neo4j-driver's point of view, a normal Neo4j server.
//
// Run (src/db/local-server.ts does this, detached, with stdout/stderr in <home>/logs/launcher.log):
//   java -Xms1g -Xmx1g -cp "<dataDir>/plugins/*:<jars of ../pom.xml except APOC's>" LocalNeo4j.java \
//        --home <dataDir> --port 7687 [--page-cache 256m] [--tx-timeout 60s]
// (APOC's jars are in <dataDir>/plugins; see ../README.md for why they are on the classpath too.)
// The password for user `neo4j` is read from <home>/password (never from argv: argv is visible
// to every local user through `ps`).
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import picocli.CommandLine;

public class LocalNeo4j {
    /** Written once the password of `neo4j` is set; its absence means "set it before opening Bolt". */
    static final String AUTH_MARKER = ".auth-initialized";
    /** local-server.ts may grep the log for this; it still confirms readiness with a real query. */
    static final String READY = "LOCAL_NEO4J_READY";

    /** The arguments of set-initial-password for any password, options-looking or not. */
    static String[] initialPasswordArgs(String password) {
        return new String[] {"--", password};
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = parseArgs(argv);
        Path home = Path.of(required(a, "home")).toAbsolutePath();
        int port = Integer.parseInt(required(a, "port"));
        String pageCache = a.getOrDefault("page-cache", "256m");
        String txTimeout = a.getOrDefault("tx-timeout", "0s"); // 0 = no timeout (Neo4j default)
        String password = Files.readString(home.resolve("password"), StandardCharsets.UTF_8).strip();
        if (password.length() < 8) fail("password file " + home.resolve("password") + " holds fewer than 8 characters");

        // The password must be in place before Bolt opens, so the default neo4j/neo4j credentials
        // are never reachable from a socket. The marker says it has been done for this store.
        boolean authPending = !Files.exists(home.resolve(AUTH_MARKER));
        if (authPending) {
            if (!Files.exists(home.resolve("data/databases/system"))) {
                // Brand-new store: what `neo4j-admin dbms set-initial-password` does (it writes
                // data/dbms/auth.ini, which the first start imports). No extra start needed.
                // "--" ends the options: a password may begin with "-" (base64url does, one time
                // in 32), which picocli would otherwise read as an unknown option (exit code 64).
                int rc = new CommandLine(new SetInitialPasswordCommand(
                        new ExecutionContext(home, home.resolve("conf")))).execute(initialPasswordArgs(password));
                if (rc != 0) fail("set-initial-password failed with exit code " + rc);
            } else {
                // Existing store whose password file was lost (local-server.ts made a new one):
                // start once without Bolt and set it. Community 5.26 supports ALTER USER, and
                // embedded transactions run with full rights, so no login is needed.
                long t0 = System.nanoTime();
                DatabaseManagementService init = builder(home, pageCache, txTimeout, -1).build();
                try {
                    init.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
                } finally {
                    init.shutdown();
                }
                log("password reset in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            }
        }

        long t0 = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = builder(home, pageCache, txTimeout, port).build();
        } catch (RuntimeException e) {
            // Most common cause: the port is taken. Print the whole cause chain on one line each.
            for (Throwable t = e; t != null; t = t.getCause()) log("start failed: " + t);
            System.exit(1);
            return;
        }
        if (authPending) {
            // auth.ini (a salted hash) is only read when the system database is created: drop it.
            Files.deleteIfExists(home.resolve("data/dbms/auth.ini"));
            Files.writeString(home.resolve(AUTH_MARKER), "password of user neo4j set from ./password\n");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT run shutdown hooks: flush and close the store cleanly (no recovery on the
        // next start). local-server.ts falls back to SIGKILL only if this takes too long.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            dbms.shutdown();
            log("stopped");
            stopped.countDown();
        }, "local-neo4j-shutdown"));
        log(READY + " bolt://127.0.0.1:" + port + " pid=" + ProcessHandle.current().pid()
                + " startMs=" + (System.nanoTime() - t0) / 1_000_000);
        stopped.await(); // keep the JVM alive; only the shutdown hook ends this
    }

    /** port < 0: no Bolt connector (used to reset the password before Bolt opens). */
    static DatabaseManagementServiceBuilder builder(Path home, String pageCache, String txTimeout, int port) {
        // home = dataDir: Neo4j's defaults then put data/, logs/, plugins/, import/ under it.
        DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.plugin_dir, home.resolve("plugins"))
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                // The embedded DBMS carries neo4j-server on its classpath; make sure no HTTP(S)
                // endpoint ever opens.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // dbms.usage_report.enabled: no usage reports to neo4j.com (nor attempts to).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits a 5 s "quiet period" per event loop group on shutdown, which made
                // a clean stop take ~12 s. Nothing is in flight once the databases are closed.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // Transaction logs: Neo4j preallocates 256 MB per database (512 MB of writes for
                // an empty data dir) and keeps 2 days of them. A local/test server keeps 1 GB.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
                .setConfig(BoltConnector.enabled, port >= 0);
        if (port >= 0) {
            // Loopback only: the local server is for this machine's CLI, API and tests.
            SocketAddress addr = new SocketAddress("127.0.0.1", port);
            b.setConfig(BoltConnector.listen_address, addr).setConfig(BoltConnector.advertised_address, addr);
        }
        set(b, GraphDatabaseSettings.pagecache_memory, pageCache);
        set(b, GraphDatabaseSettings.transaction_timeout, txTimeout);
        return b;
    }

    /** Parse a user string ("256m", "30s") with the setting's own parser, so errors read like Neo4j's. */
    @SuppressWarnings("unchecked")
    static <T> void set(DatabaseManagementServiceBuilder b, Setting<T> s, String raw) {
        b.setConfig(s, ((SettingImpl<T>) s).parse(raw));
    }

    static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) fail("unexpected argument " + argv[i]);
            m.put(argv[i].substring(2), argv[i + 1]);
        }
        return m;
    }

    static String required(Map<String, String> m, String k) {
        String v = m.get(k);
        if (v == null) fail("missing --" + k);
        return v;
    }

    static void log(String msg) {
        System.out.println("[local-neo4j] " + msg);
        System.out.flush();
    }

    static void fail(String msg) {
        log("error: " + msg);
        System.exit(2);
    }
}
