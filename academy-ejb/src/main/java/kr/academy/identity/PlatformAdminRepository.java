package kr.academy.identity;

import java.util.Optional;
import kr.academy.common.PhoneNumber;

public interface PlatformAdminRepository {

  /**
   * Holds, until the transaction ends, the lock that makes processes starting at once set up the
   * platform admin one after another (the second finds the first one's row instead of adding a
   * duplicate).
   */
  void lockSetUp();

  Optional<PlatformAdmin> findByPhone(PhoneNumber phone);

  Optional<PlatformAdmin> find(long id);

  void add(PlatformAdmin admin);
}
