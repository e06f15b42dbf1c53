package kr.academy.students.imports.poi;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import kr.academy.students.imports.OleContainers;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** {@link OleContainers} through POI's OLE2 file system, read-only. */
@ApplicationScoped
public class PoiOleContainers implements OleContainers {

  @Override
  public Content inspect(Path file) {
    try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
      return ole.getRoot().hasEntry("EncryptionInfo")
          ? Content.ENCRYPTED_WORKBOOK
          : Content.LEGACY_OFFICE_FILE;
    } catch (IOException | RuntimeException e) {
      return Content.DAMAGED;
    }
  }
}
