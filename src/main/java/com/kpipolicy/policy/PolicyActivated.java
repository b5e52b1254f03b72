package com.kpipolicy.policy;

/** Published when a policy becomes the live one: at startup and after each successful reload. */
public record PolicyActivated(Policy policy) {
}
