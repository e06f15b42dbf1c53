package kr.academy.localstack;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What Solapi refuses in a payload, and the words it gives its status codes. */
final class SolapiPayloads {

  static final Set<String> MESSAGE_FIELDS =
      Set.of(
          "to",
          "from",
          "text",
          "type",
          "subject",
          "imageId",
          "country",
          "autoTypeDetect",
          "kakaoOptions",
          "customFields",
          "replacements");
  static final Set<String> TYPES = Set.of("SMS", "LMS", "MMS", "ATA", "CTA");

  private SolapiPayloads() {}

  /** Payload problems the real API refuses the whole request for (400 ValidationError). */
  static String shapeError(JsonNode message) {
    if (!message.isObject()) {
      return "each message must be an object";
    }
    for (String field : message.propertyNames()) {
      if (!MESSAGE_FIELDS.contains(field)) {
        return "unknown message field: " + field;
      }
    }
    for (String field : List.of("to", "from", "type")) {
      if (!message.path(field).isString() || message.path(field).asString().isBlank()) {
        return "messages." + field + " is required";
      }
    }
    if (!TYPES.contains(message.get("type").asString())) {
      return "unknown type: " + message.get("type").asString();
    }
    if (!message.get("type").asString().equals("ATA") && !message.path("text").isString()) {
      return "messages.text is required";
    }
    JsonNode fields = message.get("customFields");
    if (fields != null && !fields.isObject()) {
      return "customFields must be an object";
    }
    return null;
  }

  static String statusMessage(String code) {
    return switch (code) {
      case "2000" -> "정상 접수(이통사로 접수 예정) ";
      case "4000" -> "수신완료";
      case "1026" -> "중복 수신번호";
      case "1029" -> "EUC-KR 범위 밖의 문자";
      case "1030" -> "잔액 부족";
      case "1031" -> "길이 제한 초과";
      case "1061" -> "사용자에 의해 수신거부 됨(080무료수신거부)";
      case "1062" -> "발신번호 미등록";
      case "3104" -> "카카오톡 미사용자";
      default -> "상태 " + code;
    };
  }
}
