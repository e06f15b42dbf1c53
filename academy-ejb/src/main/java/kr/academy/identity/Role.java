package kr.academy.identity;

/** Roles carried in the token's {@code groups} claim (DESIGN §5). */
public enum Role {
  PLATFORM_ADMIN,
  OWNER,
  STAFF,
  TEACHER,
  STUDENT,
  PARENT;

  /** Role names as the container sees them in {@code @RolesAllowed}. */
  public static final String PLATFORM_ADMIN_NAME = "PLATFORM_ADMIN";

  public static final String OWNER_NAME = "OWNER";
  public static final String STAFF_NAME = "STAFF";
  public static final String TEACHER_NAME = "TEACHER";
  public static final String STUDENT_NAME = "STUDENT";
}
