package kr.academy.messaging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.common.PhoneNumber;
import kr.academy.tenancy.TenantBound;

/** The bound academy's opt-out and night-consent lists, as staff keep them. */
@Stateless
@TenantBound
public class PhoneLists {

  @Inject PhoneListRepository lists;

  /** Adds the number (idempotent); returns it in canonical form. */
  public String add(PhoneList list, String phone) {
    String digits = PhoneNumber.parse(phone, PhoneNumber.Usage.MOBILE, "phone").digits();
    lists.addAll(list, List.of(digits), PhoneList.Source.STAFF);
    return digits;
  }

  /** Whether the number was on the list. */
  public boolean remove(PhoneList list, String phone) {
    return lists.remove(list, PhoneNumber.parse(phone, PhoneNumber.Usage.MOBILE, "phone").digits());
  }

  public Page<PhoneList.Entry> page(PhoneList list, PageRequest page) {
    return lists.page(list, page);
  }
}
