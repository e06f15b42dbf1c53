package kr.academy.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that takes a file: {@link BodySizeLimit} lets its body grow to the upload limit
 * ({@code academy.imports.max-upload-bytes}) instead of the limit for JSON bodies.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptsUpload {}
