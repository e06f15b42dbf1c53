package kr.academy.web.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kr.academy.identity.MemberDirectory;
import kr.academy.identity.Role;

/** The password is needed only when the phone number is new to the academy. */
public record MemberRequest(
    @NotBlank String name, @NotBlank String phone, String password, @NotNull Role role) {

  MemberDirectory.NewMember toCommand() {
    return new MemberDirectory.NewMember(name, phone, password, role);
  }
}
