package org.jrw.logic.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jrw.model.BadInputException;

/** A ZIP {@code .jrcase}: the central directory is checked in full before anything is read. */
final class ZipPackage implements PackageSource {
    private final Path path;
    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> files;
    private final Limits limits;
    private long budget;

    private ZipPackage(Path path, ZipFile zip, Map<String, ZipArchiveEntry> files, Limits limits) {
        this.path = path;
        this.zip = zip;
        this.files = files;
        this.limits = limits;
        this.budget = limits.maxExpandedBytes();
    }

    static ZipPackage open(Path path, Limits limits) {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(path).get();
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(e, "import.package.notZip", path.getFileName().toString());
        }
        try {
            Map<String, ZipArchiveEntry> files = new HashMap<>();
            Map<String, Boolean> seen = new HashMap<>();
            int count = 0;
            long declared = 0;
            Enumeration<ZipArchiveEntry> en = zip.getEntries();
            while (en.hasMoreElements()) {
                ZipArchiveEntry e = en.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new BadInputException("import.package.tooManyEntries", limits.maxEntries());
                }
                String name = e.getName();
                if (e.isUnixSymlink()) {
                    throw new BadInputException("import.path.link", name);
                }
                String checked = e.isDirectory() && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                String problem = PackageSource.pathProblem(checked);
                if (problem != null) {
                    throw new BadInputException(problem, name);
                }
                if (seen.put(checked, Boolean.TRUE) != null) {
                    throw new BadInputException("import.package.duplicateEntry", name);
                }
                if (!e.isDirectory()) {
                    files.put(name, e);
                    if (e.getSize() > 0) {
                        declared += e.getSize();
                    }
                    // refused on what the directory declares, before a byte is inflated (issue 21)
                    if (PackageSource.suspiciousRatio(e.getSize(), e.getCompressedSize())) {
                        throw new BadInputException("seats.zip.bomb", path.getFileName().toString(), name,
                                e.getSize() >> 20, e.getCompressedSize() >> 10);
                    }
                }
            }
            if (declared > limits.maxExpandedBytes()) {
                throw new BadInputException("import.package.tooLarge", limits.maxExpandedBytes() >> 20);
            }
            return new ZipPackage(path, zip, files, limits);
        } catch (RuntimeException e) {
            try {
                zip.close();
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(ZipPackage.class)
                        .debug("package {} not closed after a refusal", path, failure);
                // already failing
            }
            throw e;
        }
    }

    @Override
    public String name() {
        return path.getFileName().toString();
    }

    @Override
    public byte[] manifest() throws IOException {
        ZipArchiveEntry e = files.get(MANIFEST);
        if (e == null) {
            throw new BadInputException("import.manifest.missing", name());
        }
        if (e.getSize() > limits.maxManifestBytes()) {
            throw new BadInputException("import.manifest.tooLarge", limits.maxManifestBytes() >> 20);
        }
        try (InputStream in = open(MANIFEST)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxManifestBytes() + 1));
            if (b.length > limits.maxManifestBytes()) {
                throw new BadInputException("import.manifest.tooLarge", limits.maxManifestBytes() >> 20);
            }
            return b;
        }
    }

    @Override
    public boolean isFile(String p) {
        return files.containsKey(p);
    }

    @Override
    public InputStream open(String p) throws IOException {
        ZipArchiveEntry e = files.get(p);
        if (e == null) {
            throw new BadInputException("import.file.missing", p);
        }
        InputStream raw;
        try {
            raw = zip.getInputStream(e);
        } catch (IOException | RuntimeException ex) {
            throw new BadInputException(ex, "import.file.unreadable", p);
        }
        long declaredSize = e.getSize();
        return new FilterInputStream(raw) {
            private long read;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n <= 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n;
                try {
                    n = super.read(b, off, len);
                } catch (IOException | RuntimeException ex) {
                    throw new BadInputException(ex, "import.file.unreadable", p);
                }
                if (n > 0) {
                    read += n;
                    if (declaredSize >= 0 && read > declaredSize) {
                        // more than the entry declared: a lying header
                        throw new BadInputException("seats.zip.lying", name(), p);
                    }
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
    public List<String> files() {
        List<String> out = new ArrayList<>(files.keySet());
        Collections.sort(out);
        return out;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
