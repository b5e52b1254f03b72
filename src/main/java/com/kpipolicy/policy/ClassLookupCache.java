package com.kpipolicy.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parent class loader of every ruleset build: the application's own, with its answers remembered.
 * Compiling rules asks the class path the same questions over and over, and most of them are misses: the
 * expression compiler tries each identifier against every import, and the Java compiler asks whether each
 * name is a class or a package. A miss reads every jar on the class path, and each build used to ask them
 * all again. The application's class path does not change while it runs, so its answers can be kept.
 * Classes the engine generates are defined by its own loader below this one, and are never asked of it
 * twice with a different answer.
 */
final class ClassLookupCache extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Far more than one ruleset asks (about two thousand); past it everything is forgotten and asked again. */
    private static final int KEPT = 20_000;
    /** Only class files are kept as bytes: the compiler reads those; other resources are read once per build. */
    private static final String CLASS_FILE = ".class";

    private final ClassLoader application;
    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();
    private final Map<String, Optional<byte[]>> classFiles = new ConcurrentHashMap<>();
    private final Map<String, Optional<URL>> resources = new ConcurrentHashMap<>();

    ClassLookupCache(ClassLoader application) {
        super("rules-class-lookup", null);
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Optional<Class<?>> known = classes.get(name);
        if (known == null) {
            known = lookUp(name);
            remember(classes, name, known);
        }
        return known.orElseThrow(() -> new ClassNotFoundException(name));
    }

    private Optional<Class<?>> lookUp(String name) {
        try {
            return Optional.of(application.loadClass(name));
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return Optional.empty();
        }
    }

    @Override
    public URL getResource(String name) {
        Optional<URL> known = resources.get(name);
        if (known == null) {
            known = Optional.ofNullable(application.getResource(name));
            remember(resources, name, known);
        }
        return known.orElse(null);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (!name.endsWith(CLASS_FILE)) {
            return application.getResourceAsStream(name);
        }
        Optional<byte[]> known = classFiles.get(name);
        if (known == null) {
            known = Optional.ofNullable(read(name));
            remember(classFiles, name, known);
        }
        return known.map(ByteArrayInputStream::new).orElse(null);
    }

    private byte[] read(String name) {
        try (InputStream in = application.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name + " from the application's class path", e);
        }
    }

    @Override
    public java.util.Enumeration<URL> getResources(String name) throws IOException {
        return application.getResources(name);
    }

    private static <T> void remember(Map<String, T> answers, String name, T answer) {
        if (answers.size() >= KEPT) {
            answers.clear();
        }
        answers.put(name, answer);
    }
}
