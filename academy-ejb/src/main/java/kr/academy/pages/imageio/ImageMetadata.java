package kr.academy.pages.imageio;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import kr.academy.pages.PageOrientation;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What an image's metadata says about reading it: its resolution (the plug-in neutral tree's pixel
 * size, in millimetres) and, for a TIFF, its Orientation tag. Metadata is a courtesy: a broken or
 * implausible entry is ignored, never a reason to refuse the page.
 */
record ImageMetadata(int dpi, PageOrientation orientation) {

  private static final ImageMetadata NOTHING = new ImageMetadata(0, PageOrientation.UPRIGHT);
  private static final String TIFF_TREE = "javax_imageio_tiff_image_1.0";
  private static final int MIN_DPI = 50;
  private static final int MAX_DPI = 4800;

  static ImageMetadata of(ImageReader reader, int index) {
    IIOMetadata metadata;
    try {
      metadata = reader.getImageMetadata(index);
    } catch (IOException | RuntimeException e) {
      return NOTHING;
    }
    if (metadata == null) {
      return NOTHING;
    }
    int dpi = 0;
    if (metadata.isStandardMetadataFormatSupported()) {
      dpi = dpi(metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName));
    }
    PageOrientation orientation = PageOrientation.UPRIGHT;
    if (TIFF_TREE.equals(metadata.getNativeMetadataFormatName())) {
      orientation = PageOrientation.of(tiffOrientation(metadata.getAsTree(TIFF_TREE)));
    }
    return new ImageMetadata(dpi, orientation);
  }

  private static int dpi(Node standard) {
    Element size = first(standard, "HorizontalPixelSize");
    if (size == null) {
      return 0;
    }
    try {
      double millimetres = Double.parseDouble(size.getAttribute("value"));
      long dpi = Math.round(25.4 / millimetres);
      return dpi >= MIN_DPI && dpi <= MAX_DPI ? (int) dpi : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Tag 274 of the TIFF directory: {@code TIFFField number="274"} holding one {@code TIFFShort}.
   */
  private static int tiffOrientation(Node tree) {
    NodeList fields = ((Element) tree).getElementsByTagName("TIFFField");
    for (int i = 0; i < fields.getLength(); i++) {
      Element field = (Element) fields.item(i);
      if ("274".equals(field.getAttribute("number"))) {
        Element value = first(field, "TIFFShort");
        try {
          return value == null ? 0 : Integer.parseInt(value.getAttribute("value"));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static Element first(Node tree, String name) {
    NodeList found = ((Element) tree).getElementsByTagName(name);
    return found.getLength() == 0 ? null : (Element) found.item(0);
  }
}
