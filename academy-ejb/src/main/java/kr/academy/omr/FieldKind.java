package kr.academy.omr;

/**
 * What a field's bubbles mean: a multiple-choice answer, one digit of a number, or values of its
 * own.
 */
public enum FieldKind {
  MCQ,
  INT,
  CUSTOM
}
