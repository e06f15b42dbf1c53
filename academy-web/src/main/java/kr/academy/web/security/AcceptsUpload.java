package kr.academy.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that takes files: {@link BodySizeLimit} lets its body grow to the limit of
 * their kind instead of the limit for JSON bodies.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptsUpload {

  /** What is uploaded, and so which limit holds. */
  enum Kind {
    /** A roster spreadsheet: {@code academy.imports.max-upload-bytes}. */
    ROSTER,
    /**
     * Pages for the AI: the largest plan's {@code academy.ai.*max-upload-bytes}; the academy's own
     * plan's limit is held while the files are read.
     */
    PAGES
  }

  Kind value() default Kind.ROSTER;
}
