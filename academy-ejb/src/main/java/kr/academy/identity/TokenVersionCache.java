package kr.academy.identity;

import java.util.OptionalLong;
import kr.academy.common.SharedStateUnavailable;

/**
 * Token versions copied from the database (the truth) where every process reads them cheaply on
 * every request. May throw {@link SharedStateUnavailable}.
 */
public interface TokenVersionCache {

  OptionalLong read(Account account);

  /**
   * Records {@code version} as the account's current one, unless a higher one is recorded already:
   * versions only grow, so late or concurrent writers can never lower what others have raised.
   */
  void raise(Account account, long version);
}
