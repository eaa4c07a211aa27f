package org.jrw.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jrw.persistence.UserDirs;
import org.jrw.persistence.Vault;

/**
 * One workbench window per workspace: the first launch listens on a Unix-domain socket in the
 * user's config folder (owner-only permissions); a later launch hands its files to it and exits.
 * Protocol: lines {@code OPEN <absolute path>}, then {@code END}; the server answers {@code OK}.
 */
public final class SingleInstance implements AutoCloseable {
    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread thread;
    /** Set by {@link #close}: the socket file is no longer this process's to remove. */
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final Thread atExit = new Thread(this::removeSocketIfOpen, "jrw-single-instance-exit");

    private SingleInstance(Path socket, ServerSocketChannel server, Thread thread) {
        this.socket = socket;
        this.server = server;
        this.thread = thread;
    }

    /** The socket for a workspace: one per workspace folder. */
    public static Path socketFor(Path workspace) {
        String key = Vault.hash(workspace.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
        return UserDirs.config().resolve("instance-" + key + ".sock");
    }

    /** Sends files to a running instance; false when none is listening. */
    public static boolean handOver(Path socket, List<Path> files) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            StringBuilder sb = new StringBuilder();
            for (Path f : files) {
                sb.append("OPEN ").append(f.toAbsolutePath().normalize()).append('\n');
            }
            sb.append("END\n");
            ch.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
            ByteBuffer answer = ByteBuffer.allocate(16);
            ch.read(answer);
            return new String(answer.array(), 0, answer.position(), StandardCharsets.UTF_8).startsWith("OK");
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SingleInstance.class).debug("no running window answered on {}", socket, e);
            return false;
        }
    }

    /**
     * Starts listening; {@code onFiles} runs on the listener thread with the files a later launch
     * sent (an empty list means: just bring the window to the front). A socket file left by a
     * crashed instance (nobody answers) is replaced.
     */
    public static SingleInstance listen(Path socket, Consumer<List<Path>> onFiles) throws IOException {
        Files.createDirectories(socket.getParent());
        if (Files.exists(socket) && !handOver(socket, List.of())) {
            Files.deleteIfExists(socket);
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException failure) {
            org.slf4j.LoggerFactory.getLogger(SingleInstance.class)
                    .debug("socket {} permissions not restricted (no POSIX file system)", socket, failure);
            // not a POSIX file system
        }
        Thread t = new Thread(() -> serve(server, onFiles), "jrw-single-instance");
        t.setDaemon(true);
        SingleInstance instance = new SingleInstance(socket, server, t);
        // a window that ends without closing the channel (System.exit, a signal at log-out)
        // leaves no socket behind, so the next start does not try to hand its files to nobody
        Runtime.getRuntime().addShutdownHook(instance.atExit);
        t.start();
        return instance;
    }

    private void removeSocketIfOpen() {
        if (closed.compareAndSet(false, true)) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(SingleInstance.class)
                        .debug("single-instance socket {} not removed at exit", socket, failure);
                // nothing more can be done while the process ends; the next start replaces it
            }
        }
    }

    private static void serve(ServerSocketChannel server, Consumer<List<Path>> onFiles) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept()) {
                ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
                StringBuilder text = new StringBuilder();
                while (!text.toString().contains("END\n") && ch.read(buf) > 0) {
                    buf.flip();
                    text.append(StandardCharsets.UTF_8.decode(buf));
                    buf.clear();
                }
                List<Path> files = new ArrayList<>();
                for (String line : text.toString().split("\n")) {
                    if (line.startsWith("OPEN ")) {
                        files.add(Path.of(line.substring(5)));
                    }
                }
                ch.write(ByteBuffer.wrap("OK\n".getBytes(StandardCharsets.UTF_8)));
                onFiles.accept(files);
            } catch (IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SingleInstance.class).debug("hand-over from a second start failed", e);
                if (!server.isOpen()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException failure) {
            org.slf4j.LoggerFactory.getLogger(SingleInstance.class)
                    .debug("single-instance socket {} not removed", socket, failure);
            // gone with the process
        }
        thread.interrupt();
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException exiting) {
            // closed while the process ends (the hook then finds it closed and does nothing)
        }
    }
}
