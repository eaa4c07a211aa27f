package org.jrw.logic.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jrw.model.BadInputException;

/** A package unpacked in a directory. Links anywhere on a file's path are refused. */
final class DirectoryPackage implements PackageSource {
    private final Path root;
    private final Limits limits;
    private long budget;

    DirectoryPackage(Path root, Limits limits) {
        this.root = root.toAbsolutePath().normalize();
        this.limits = limits;
        this.budget = limits.maxExpandedBytes();
    }

    @Override
    public String name() {
        return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }

    /** Resolves a checked relative path, refusing any link on the way and anything outside. */
    private Path resolve(String p) {
        String problem = PackageSource.pathProblem(p);
        if (problem != null) {
            throw new BadInputException(problem, p);
        }
        Path cur = root;
        for (String seg : p.split("/")) {
            cur = cur.resolve(seg);
            if (Files.isSymbolicLink(cur)) {
                throw new BadInputException("import.path.link", p);
            }
        }
        if (!cur.normalize().startsWith(root)) {
            throw new BadInputException("import.path.traversal", p);
        }
        return cur;
    }

    @Override
    public byte[] manifest() throws IOException {
        Path m = resolve(MANIFEST);
        if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException("import.manifest.missing", name());
        }
        if (Files.size(m) > limits.maxManifestBytes()) {
            throw new BadInputException("import.manifest.tooLarge", limits.maxManifestBytes() >> 20);
        }
        return Files.readAllBytes(m);
    }

    @Override
    public boolean isFile(String p) {
        return Files.isRegularFile(resolve(p), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public InputStream open(String p) throws IOException {
        Path f = resolve(p);
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException("import.file.missing", p);
        }
        return new FilterInputStream(Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    budget -= n;
                    if (budget < 0) {
                        throw new BadInputException("import.package.tooLarge", limits.maxExpandedBytes() >> 20);
                    }
                }
                return n;
            }
        };
    }

    @Override
    public List<String> files() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(root.relativize(f).toString().replace('\\', '/'));
                    if (out.size() > limits.maxEntries()) {
                        throw new BadInputException("import.package.tooManyEntries", limits.maxEntries());
                    }
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
