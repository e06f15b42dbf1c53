package kr.academy.messaging;

import java.util.Collection;
import java.util.Set;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** The bound academy's phone lists. */
public interface PhoneListRepository {

  /** Which of {@code phones} are on the list. */
  Set<String> contained(PhoneList list, Collection<String> phones);

  /** Adds the numbers that are not yet on the list. */
  void addAll(PhoneList list, Collection<String> phones, PhoneList.Source source);

  /** Whether the number was removed (false: it was not on the list). */
  boolean remove(PhoneList list, String phone);

  /** Newest first. */
  Page<PhoneList.Entry> page(PhoneList list, PageRequest page);
}
