package kr.academy.onboarding;

import kr.academy.tenancy.Plan;

/** What the platform admin supplies to open an academy, owner included. */
public record NewTenant(String slug, String name, Plan plan, Owner owner) {

  public record Owner(String name, String phone, String password) {}
}
