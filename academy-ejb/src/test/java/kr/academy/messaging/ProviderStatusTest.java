package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kr.academy.messaging.ProviderStatus.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderStatusTest {

  @ParameterizedTest
  @CsvSource({
    "2000, SENT",
    "3000, SENT",
    "4000, DELIVERED",
    "1061, OPTED_OUT",
    "2061, OPTED_OUT",
    "1024, RETRY",
    "2024, RETRY",
    "3012, RETRY",
    "3024, RETRY",
    "3053, RETRY",
    "3104, NOT_KAKAO_USER",
    "1062, FAILED",
    "1029, FAILED",
    "1030, FAILED",
    "3032, FAILED",
    "3108, FAILED",
    "9999, FAILED"
  })
  void mapsSolapiCodesToVerdicts(String code, Verdict verdict) {
    assertEquals(verdict, ProviderStatus.of(code));
  }

  @Test
  void reasonIsOursWhereWeKnowTheCode() {
    assertEquals(
        "[1062] 발신번호가 Solapi에 등록되지 않았습니다",
        ProviderStatus.reason("1062", "Sender number not registered"));
    assertEquals("[1061] 수신거부(080)한 번호입니다", ProviderStatus.reason("1061", null));
  }

  @Test
  void reasonIsTheProvidersOtherwise() {
    assertEquals("[3040] 전송시간 초과", ProviderStatus.reason("3040", "전송시간 초과"));
    assertEquals("[3040] 실패", ProviderStatus.reason("3040", null));
  }
}
