package kr.academy.web.auth;

import java.util.List;
import kr.academy.web.tenancy.TenantBody;

/** Who the token belongs to; {@code tenant} is absent for a platform admin. */
public record MeBody(long id, String name, String phone, List<String> roles, TenantBody tenant) {}
