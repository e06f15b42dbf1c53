package kr.academy.web.tenancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kr.academy.onboarding.NewTenant;
import kr.academy.tenancy.Plan;

public record TenantRequest(
    @NotBlank String slug, @NotBlank String name, @NotNull Plan plan, @NotNull @Valid Owner owner) {

  public record Owner(@NotBlank String name, @NotBlank String phone, @NotBlank String password) {}

  NewTenant toCommand() {
    return new NewTenant(
        slug, name, plan, new NewTenant.Owner(owner.name(), owner.phone(), owner.password()));
  }
}
