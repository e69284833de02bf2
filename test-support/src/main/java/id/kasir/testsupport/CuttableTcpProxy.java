package id.kasir.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on {@code 127.0.0.1:<port()>} to a real server (e.g. the test MariaDB), whose line can be
 * cut and restored: a real network fault for the application's connection pool, not a mock.
 *
 * <ul>
 *   <li>{@link #cut()} closes every open connection (the pool's connections die mid-use, as when the
 *       database host goes away) and from then on <b>blackholes</b> new ones: the TCP connection is
 *       accepted but nothing is ever forwarded or answered, so the client waits for its own time-out
 *       (the pool's connection-timeout), as with a host that has gone silent — never a quick refusal.</li>
 *   <li>{@link #restore()} closes the blackholed connections (their clients see an I/O error and try
 *       again) and forwards new connections again.</li>
 * </ul>
 * Two platform threads per forwarded connection; meant for a handful of pooled connections in a test.
 */
public final class CuttableTcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Socket> held = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean closed;

    private CuttableTcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy to {@code host:port}, listening on a free loopback port. */
    public static CuttableTcpProxy to(String host, int port) {
        try {
            return new CuttableTcpProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same JDBC URL with its {@code host:port} replaced by this proxy's address, e.g.
     * {@code jdbc:mysql://127.0.0.1:3306/db?x=y} becomes {@code jdbc:mysql://127.0.0.1:41234/db?x=y}.
     */
    public static String throughProxy(String jdbcUrl, CuttableTcpProxy proxy) {
        return jdbcUrl.replaceFirst("^(jdbc:[a-z]+://)[^/?]+", "$1127.0.0.1:" + proxy.port());
    }

    /** The {@code host:port} of a {@code jdbc:mysql://host:port/...} URL (port 3306 if none is given). */
    public static CuttableTcpProxy toServerOf(String jdbcUrl) {
        String authority = jdbcUrl.replaceFirst("^jdbc:[a-z]+://", "").replaceFirst("[/?].*$", "");
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? to(authority, 3306)
                : to(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections forwarded right now (for a test that wants to see the pool reconnect). */
    public int openConnections() {
        return open.size() / 2;
    }

    /** Closes every forwarded connection and blackholes new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        closeAll(open);
    }

    /** Closes the blackholed connections and forwards new ones again. */
    public void restore() {
        cut = false;
        closeAll(held);
    }

    @Override
    public void close() {
        closed = true;
        cut = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        closeAll(open);
        closeAll(held);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (cut) {
                held.add(client);
                continue;
            }
            forward(client);
        }
    }

    private void forward(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, 3000);
        } catch (IOException unreachable) {
            quietlyClose(client);
            quietlyClose(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        if (cut) {
            // cut() ran while this one was being connected: it must not survive the cut
            closeAll(open);
            return;
        }
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException lineGone) {
                // cut, or one side closed: the other side learns it when its socket closes below
            } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump-" + from.getPort());
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeAll(Set<Socket> sockets) {
        List<Socket> copy = new ArrayList<>(sockets);
        sockets.removeAll(copy);
        copy.forEach(CuttableTcpProxy::quietlyClose);
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
