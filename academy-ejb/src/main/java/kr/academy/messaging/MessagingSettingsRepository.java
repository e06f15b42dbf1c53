package kr.academy.messaging;

import java.util.Optional;

/** The bound academy's messaging settings. */
public interface MessagingSettingsRepository {

  Optional<MessagingSettings> find();

  void add(MessagingSettings settings);

  /** Writes pending changes now, so a unique conflict surfaces here. */
  void flush();
}
