package kr.academy.web.omr;

import jakarta.json.JsonObject;
import kr.academy.omr.TemplateFormat;

/**
 * A template to store: its name, the template JSON itself (OMRChecker's {@code template.json} or
 * the academy's format, told apart by its keys unless {@code format} names one) and, when it crops
 * on markers, the marker image as base64 (docs/omr.md).
 */
public record OmrTemplateRequest(
    String name, TemplateFormat format, JsonObject template, String markerImage) {}
