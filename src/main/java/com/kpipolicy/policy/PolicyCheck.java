package com.kpipolicy.policy;

import java.util.List;

/**
 * A check of a freshly loaded policy that needs more than this package knows (evaluating it, say), run by
 * {@link PolicyLoader} before a policy can serve. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services}), so that every load runs them (the service, its reloads, the offline lint) while the
 * policy package does not depend on the packages that use it.
 */
public interface PolicyCheck {

    /** The errors that must keep this policy from serving; none if it may. */
    List<RuleProblem> check(Policy policy);
}
