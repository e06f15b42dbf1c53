package kr.academy.omr.reading;

/** Why a person should look at a field's reading. */
public enum ReadingFlag {
  /** No bubble is marked. */
  BLANK,
  /** More than one bubble is marked. */
  MULTIPLE,
  /** A bubble lies too close to the sheet's threshold to be sure either way. */
  LOW_CONFIDENCE
}
