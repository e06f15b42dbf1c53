package kr.academy.messaging;

import java.util.UUID;

/**
 * What the provider said about one text: at the send (accepted, or refused with a code), or later
 * in its delivery report.
 */
public record ProviderReceipt(
    UUID key, String messageId, String groupId, String statusCode, String statusMessage) {}
