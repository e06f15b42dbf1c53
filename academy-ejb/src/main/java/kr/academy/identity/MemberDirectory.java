package kr.academy.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.common.PhoneNumber;
import kr.academy.tenancy.TenantBound;
import kr.academy.tenancy.TenantContext;

/** The people of the bound academy: staff and teachers added by the owner, and their logins. */
@Stateless
@TenantBound
public class MemberDirectory {

  /** Roles an owner may hand out through the API; students and parents arrive by roster. */
  static final Set<Role> ASSIGNABLE = Set.of(Role.STAFF, Role.TEACHER);

  private static final List<Role> STAFF_ROLES = List.of(Role.OWNER, Role.STAFF, Role.TEACHER);

  @Inject UserRepository users;
  @Inject PasswordHasher passwords;
  @Inject Clock clock;
  @Inject TenantContext context;
  @Inject Sessions sessions;

  /** A user together with what they are at this academy. */
  public record Member(AppUser user, List<Role> roles) {}

  /** A staff member or teacher to add; the password is needed only for a new person. */
  public record NewMember(String name, String phone, String password, Role role) {}

  public Optional<Member> authenticate(PhoneNumber phone, String password) {
    Optional<AppUser> user = users.findByPhone(phone);
    boolean matches =
        passwords.matches(password, user.map(u -> u.credentials().passwordHash()).orElse(null));
    return matches ? user.map(this::withRoles) : Optional.empty();
  }

  public Optional<Member> find(long userId) {
    return users.find(userId).map(this::withRoles);
  }

  public Member add(NewMember request) {
    if (request.role() == null || !ASSIGNABLE.contains(request.role())) {
      throw DomainException.invalid("role", "role must be STAFF or TEACHER");
    }
    PhoneNumber phone = PhoneNumber.parse(request.phone(), PhoneNumber.Usage.MOBILE, "phone");
    AppUser user = users.findByPhone(phone).orElse(null);
    if (user == null) {
      user =
          new AppUser(
              request.name(),
              phone,
              passwords.hash(request.password(), "password"),
              clock.instant());
      users.add(user);
    } else if (users.rolesOf(user.id()).contains(request.role())) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "ALREADY_MEMBER",
          "this phone number is already a " + request.role() + " of the academy");
    }
    users.add(new Membership(user.id(), request.role(), clock.instant()));
    return withRoles(user);
  }

  /**
   * Takes the staff and teacher roles away from a person and ends their sessions at once, so tokens
   * that still name those roles stop working. Other roles (a parent's) stay.
   */
  public void remove(long userId) {
    AppUser user = users.find(userId).orElseThrow(() -> DomainException.notFound("member"));
    List<Role> removed = users.rolesOf(userId).stream().filter(ASSIGNABLE::contains).toList();
    if (removed.isEmpty()) {
      throw DomainException.notFound("member");
    }
    users.removeRoles(userId, removed);
    user.credentials().endSessions();
    publishEndedSessions(user);
  }

  /** A new password for a member who knows the current one; ends every session. */
  public Member changePassword(long userId, String currentPassword, String newPassword) {
    AppUser user = users.find(userId).orElseThrow(() -> DomainException.notFound("account"));
    if (!passwords.matches(currentPassword, user.credentials().passwordHash())) {
      throw DomainException.invalid("currentPassword", "the current password is wrong");
    }
    user.changePasswordHash(passwords.hash(newPassword, "newPassword"), clock.instant());
    publishEndedSessions(user);
    return withRoles(user);
  }

  public Page<Member> listStaff(PageRequest page) {
    return users.listWithRoles(STAFF_ROLES, page).map(this::withRoles);
  }

  /** Every process refuses the user's older tokens once this transaction commits. */
  private void publishEndedSessions(AppUser user) {
    sessions.endedInThisTransaction(
        Account.member(context.require(), user.id()), user.credentials().tokenVersion());
  }

  private Member withRoles(AppUser user) {
    return new Member(user, users.rolesOf(user.id()));
  }
}
