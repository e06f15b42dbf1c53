package kr.academy.omr.exams;

import java.util.Optional;
import kr.academy.omr.MarkerImage;
import kr.academy.omr.OmrLayout;

/** What reading an exam's sheets needs: its template's layout and marker image, if it has one. */
public record SheetLayout(OmrLayout layout, Optional<MarkerImage> marker) {}
