package kr.academy.platform.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps {@link Instant} to {@code timestamptz}. JPA 3.1 (EclipseLink 4) knows OffsetDateTime but not
 * Instant, and would otherwise serialise it into bytes.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
