package com.kpipolicy.policy;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parent class loader of every ruleset build and of every evaluation KieBase: the application's own, with its
 * answers remembered.
 * Compiling rules asks the class path the same questions over and over, and most of them are misses: the
 * expression compiler tries each identifier against every import, and the Java compiler asks whether each
 * name is a class or a package (it finds a class file through {@link #getResource}). A miss searches every
 * jar on the class path, and each build used to ask them all again. The application's class path does not
 * change while it runs, so its answers can be kept. Classes the engine generates are defined by its own
 * loader below this one, and are never asked of it twice with a different answer.
 */
final class ClassLookupCache extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** The one every build and every KieBase of the service uses, so that each finds what the others asked. */
    static final ClassLoader SHARED = new ClassLookupCache(ClassLookupCache.class.getClassLoader());

    /** Far more than a ruleset asks (about a thousand, most of them misses); past it, all is asked again. */
    private static final int KEPT = 20_000;

    private final ClassLoader application;
    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();
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
    public Enumeration<URL> getResources(String name) throws IOException {
        return application.getResources(name);
    }

    private static <T> void remember(Map<String, T> answers, String name, T answer) {
        if (answers.size() >= KEPT) {
            answers.clear();
        }
        answers.put(name, answer);
    }
}
