package kr.academy.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import kr.academy.common.DomainException;
import org.junit.jupiter.api.Test;

class StudentTest {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private static Student student() {
    return Student.register(
        new StudentDetails(" 김민준 ", "010-1111-2222", "+82 10 3333 4444", "서울중", "중2", null), T0);
  }

  @Test
  void registrationNormalisesAndStrips() {
    StudentDetails d = student().details();
    assertEquals("김민준", d.name());
    assertEquals("01011112222", d.phone());
    assertEquals("01033334444", d.parentPhone());
  }

  @Test
  void reportsEveryProblemAtOnce() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                Student.register(
                    new StudentDetails("", "123", null, "학교".repeat(60), null, null), T0));
    assertEquals(4, e.details().size());
    assertEquals(DomainException.Kind.INVALID, e.kind());
  }

  @Test
  void changeKeepsAbsentFieldsAndClearsNulls() {
    Student s = student();
    Map<String, String> changes = new HashMap<>();
    changes.put("grade", "중3");
    changes.put("school", null);
    s.change(changes, T1);
    assertEquals("중3", s.details().grade());
    assertNull(s.details().school());
    assertEquals("김민준", s.details().name());
    assertEquals(T1, s.updatedAt());
  }

  @Test
  void changeRefusesUnknownFieldsAndAMissingParentPhone() {
    Student s = student();
    assertThrows(DomainException.class, () -> s.change(Map.of("tenantId", "2"), T1));
    Map<String, String> clearParent = new HashMap<>();
    clearParent.put("parentPhone", null);
    assertThrows(DomainException.class, () -> s.change(clearParent, T1));
    assertEquals("01033334444", s.details().parentPhone());
  }

  @Test
  void deleteAndRestoreAreIdempotent() {
    Student s = student();
    s.delete(T1);
    s.delete(T1.plusSeconds(5));
    assertTrue(s.isDeleted());
    assertEquals(T1, s.deletedAt());
    s.restore(T1);
    s.restore(T1);
    assertFalse(s.isDeleted());
  }
}
