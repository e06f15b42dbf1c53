package kr.academy.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The HTTP API of the platform: {@code /api/v1}, JSON, signed bearer tokens. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"PLATFORM_ADMIN", "OWNER", "STAFF", "TEACHER", "STUDENT", "PARENT"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Academy API",
            version = "1",
            description =
                "Backend of the academy (학원) platform. Errors always have the shape"
                    + " {\"error\": CODE, \"message\": text, \"details\": [...]}."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class AcademyApi extends Application {}
