package kr.academy.identity;

import java.util.Optional;
import kr.academy.common.PhoneNumber;

public interface PlatformAdminRepository {

  Optional<PlatformAdmin> findByPhone(PhoneNumber phone);

  Optional<PlatformAdmin> find(long id);

  void add(PlatformAdmin admin);
}
