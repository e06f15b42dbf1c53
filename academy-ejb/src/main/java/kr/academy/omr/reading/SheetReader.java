package kr.academy.omr.reading;

import java.util.Optional;
import kr.academy.omr.MarkerImage;
import kr.academy.omr.OmrLayout;
import kr.academy.pages.PageImage;

/**
 * Reads the marks of one scanned or photographed answer sheet against its template: finds the page
 * (its corner markers or its outline), straightens it onto the template's page, applies the
 * template's image steps, and reads every field with a threshold computed for this sheet.
 */
public interface SheetReader {

  /**
   * @param marker the template's marker image, when its preprocessing has a CropOnMarkers step
   * @throws SheetUnreadable when the sheet cannot be matched to the template at all
   */
  SheetReading read(PageImage sheet, OmrLayout layout, Optional<MarkerImage> marker);
}
