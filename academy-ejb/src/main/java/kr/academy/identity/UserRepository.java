package kr.academy.identity;

import java.util.List;
import java.util.Optional;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.common.PhoneNumber;

/** People of the bound academy and what they are there. */
public interface UserRepository {

  Optional<AppUser> find(long id);

  Optional<AppUser> findByPhone(PhoneNumber phone);

  void add(AppUser user);

  void add(Membership membership);

  List<Role> rolesOf(long userId);

  void removeRoles(long userId, List<Role> roles);

  /** Users holding at least one of the given roles, by name. */
  Page<AppUser> listWithRoles(List<Role> roles, PageRequest page);
}
