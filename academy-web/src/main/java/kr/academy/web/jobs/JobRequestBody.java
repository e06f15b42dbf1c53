package kr.academy.web.jobs;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;

/** {@code POST /jobs}: any job type by name, with its input. */
public record JobRequestBody(@NotNull String type, JsonObject input) {}
