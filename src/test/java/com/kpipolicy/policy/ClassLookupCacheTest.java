package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.policy.fact.Setting;
import com.kpipolicy.support.RulesFolder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassLookupCacheTest {
    /** The application's loader, noting every question it is asked. */
    private static final class CountingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        CountingLoader() {
            super(ClassLookupCacheTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add("class " + name);
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            asked.add("resource " + name);
            return super.getResource(name);
        }
    }

    private final CountingLoader application = new CountingLoader();
    private final ClassLookupCache cache = new ClassLookupCache(application);

    @Test
    void aClassIsTheApplicationsOwnClassAndIsAskedForOnce() throws ClassNotFoundException {
        assertThat(cache.loadClass(Setting.class.getName())).isSameAs(Setting.class);
        assertThat(cache.loadClass(Setting.class.getName())).isSameAs(Setting.class);

        assertThat(application.asked).containsExactly("class " + Setting.class.getName());
    }

    @Test
    void aNameThatIsNoClassIsRefusedEveryTimeButSearchedForOnce() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.loadClass("rules.scoring.score"))
                    .isInstanceOf(ClassNotFoundException.class).hasMessage("rules.scoring.score");
        }

        assertThat(application.asked).containsExactly("class rules.scoring.score");
    }

    @Test
    void aClassFileIsFoundOnceAndReadsAsTheApplicationsBytes() throws IOException {
        byte[] expected;
        try (InputStream in = ClassLookupCacheTest.class.getClassLoader().getResourceAsStream("java/math/BigDecimal.class")) {
            expected = in.readAllBytes();
        }

        for (int i = 0; i < 2; i++) {
            try (InputStream in = cache.getResourceAsStream("java/math/BigDecimal.class")) {
                assertThat(in.readAllBytes()).isEqualTo(expected);
            }
        }
        assertThat(application.asked).containsExactly("resource java/math/BigDecimal.class");
    }

    @Test
    void aMissingResourceIsRememberedAsMissing() {
        assertThat(cache.getResource("rules/no-such-file.drl")).isNull();
        assertThat(cache.getResource("rules/no-such-file.drl")).isNull();

        assertThat(application.asked).containsExactly("resource rules/no-such-file.drl");
    }

    /**
     * A reload runs on a request's thread, whose context loader is the web application's: a policy that looked
     * names up through it searched every nested jar again for each name that is not a class, on every load.
     */
    @Test
    void aPolicyLoadedOnARequestsThreadNeverAsksThatThreadsClassLoader() {
        // The engine finds its own services through the context loader once per process, at the first load.
        RulesFolder.shippedPolicy();
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        Policy policy;
        thread.setContextClassLoader(application);
        try {
            // The load compiles the rules, builds the evaluation KieBase and evaluates its sample requests.
            policy = RulesFolder.shippedPolicy();
        } finally {
            thread.setContextClassLoader(own);
        }

        assertThat(policy.catalog().kpis()).isNotEmpty();
        // The JDK's XML parser finds its factory through the context loader (the engine reads its module descriptor);
        // before, the policy asked about 900 names through it at every load (java$lang$value and other guesses of MVEL).
        assertThat(application.asked).filteredOn(asked -> !asked.startsWith("class com.sun.org.apache.xerces.")).isEmpty();
    }
}
