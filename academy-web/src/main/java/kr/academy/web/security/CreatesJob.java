package kr.academy.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that creates a job (or the upload a job is made from): besides the
 * academy's limit on requests, it counts against the stricter one on job-creating requests
 * (docs/api.md, Rate limits).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CreatesJob {}
