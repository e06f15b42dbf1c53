package kr.academy.web.tenancy;

import java.util.List;
import kr.academy.identity.MemberDirectory;
import kr.academy.identity.Role;

public record MemberBody(long userId, String name, String phone, List<Role> roles) {

  static MemberBody of(MemberDirectory.Member member) {
    return new MemberBody(
        member.user().id(), member.user().name(), member.user().phone().digits(), member.roles());
  }
}
