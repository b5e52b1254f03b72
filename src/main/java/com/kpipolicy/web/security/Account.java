package com.kpipolicy.web.security;

import java.util.List;

/** A caller of the service: its name (logged with every decision), its BCrypt hash and its roles. */
public record Account(String name, String passwordHash, List<Role> roles) {
}
