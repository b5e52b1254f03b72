package com.kpipolicy.audit;

import com.kpipolicy.policy.Policy;

/** The policy an evaluation runs under, and why that one (for the response and the auditor). */
public record SelectedPolicy(Policy policy, String reason) {
}
