package kr.academy.omr;

/** The JSON an OMR template was uploaded in (docs/omr.md). */
public enum TemplateFormat {
  /** OMRChecker's {@code template.json} (github.com/Udayraj123/OMRChecker). */
  OMRCHECKER,
  /** The academy's own format: every field and bubble listed with its rectangle. */
  ACADEMY
}
