package com.kpipolicy.impact;

import java.util.function.Consumer;

/** The stored requests of one period, handed over one at a time so that a long period is never held in memory. */
@FunctionalInterface
public interface StoredRequests {

    void forEach(Consumer<StoredRequest> each);
}
