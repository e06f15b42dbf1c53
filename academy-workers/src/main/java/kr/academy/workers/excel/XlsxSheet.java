package kr.academy.workers.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import kr.academy.students.imports.ImportCell;
import kr.academy.students.imports.ImportFileRejected;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.ImportSheet;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The first sheet of an {@code .xlsx}, streamed with POI's event (SAX) model: rows pass through one
 * at a time. Cells show what Excel shows: a formula's cached value, a number or date in the cell's
 * format. POI's zip guard refuses a zip bomb (an entry inflating more than 100 times, or past
 * {@value #MAX_ENTRY_BYTES} bytes) while the entry is read.
 */
final class XlsxSheet implements ImportSheet {

  static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

  static {
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private final OPCPackage workbook;
  private final XSSFReader reader;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;

  XlsxSheet(Path file) throws IOException {
    try {
      workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | NotOfficeXmlFileException e) {
      throw new ImportFileRejected("엑셀 파일(.xlsx)이 아니거나 손상되었습니다: " + e.getMessage());
    }
    try {
      reader = new XSSFReader(workbook);
      strings = new ReadOnlySharedStringsTable(workbook, false);
      styles = reader.getStylesTable();
    } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
      workbook.revert();
      throw unreadable(e);
    }
  }

  @Override
  public void read(Consumer<ImportRow> rows) throws IOException {
    try {
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new ImportFileRejected("통합 문서에 시트가 없습니다");
      }
      try (InputStream sheet = sheets.next()) {
        RowCollector collector = new RowCollector(rows);
        XMLReader parser = SAXHelper.newXMLReader();
        CellKinds kinds = new CellKinds(styles, collector);
        kinds.setParent(parser);
        kinds.setContentHandler(
            new XSSFSheetXMLHandler(
                styles, null, strings, collector, new DataFormatter(Locale.KOREA), false));
        kinds.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException e) {
      throw unreadable(e);
    }
  }

  private static ImportFileRejected unreadable(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Zip bomb")) {
      return new ImportFileRejected(
          "압축을 풀면 비정상적으로 커지는 파일이라 읽지 않았습니다 (zip bomb). 시트를 새 통합 문서에 다시 저장해 올려 주세요");
    }
    return new ImportFileRejected("엑셀 파일을 읽을 수 없습니다: " + message);
  }

  @Override
  public void close() {
    workbook.revert();
  }

  /**
   * Remembers the type ({@code t}) and style ({@code s}) of the cell being read, which POI's
   * handler does not pass on, so a date can be told from text.
   */
  private static final class CellKinds extends XMLFilterImpl {
    private final StylesTable styles;
    private final RowCollector collector;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    CellKinds(StylesTable styles, RowCollector collector) {
      this.styles = styles;
      this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if ("c".equals(localName)) {
        collector.nextKind = kindOf(attributes.getValue("t"), attributes.getValue("s"));
      }
      super.startElement(uri, localName, qName, attributes);
    }

    private ImportCell.Kind kindOf(String type, String style) {
      if (type == null || type.equals("n")) {
        return isDateStyle(style) ? ImportCell.Kind.DATE : ImportCell.Kind.NUMBER;
      }
      return switch (type) {
        case "b" -> ImportCell.Kind.BOOLEAN;
        case "e" -> ImportCell.Kind.ERROR;
        case "d" -> ImportCell.Kind.DATE;
        default -> ImportCell.Kind.TEXT;
      };
    }

    private boolean isDateStyle(String style) {
      if (style == null || styles == null) {
        return false;
      }
      int index;
      try {
        index = Integer.parseInt(style);
      } catch (NumberFormatException e) {
        return false;
      }
      return dateStyles.computeIfAbsent(
          index,
          i -> {
            var cellStyle = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
            return cellStyle != null
                && DateUtil.isADateFormat(
                    cellStyle.getDataFormat(), cellStyle.getDataFormatString());
          });
    }
  }

  /** Gathers each row's cells from column A, blanks filled in, and hands the row on. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Consumer<ImportRow> rows;
    private final List<ImportCell> cells = new ArrayList<>();
    private ImportCell.Kind nextKind = ImportCell.Kind.TEXT;
    private int rowNumber;

    RowCollector(Consumer<ImportRow> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      rowNumber = rowNum + 1;
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      rows.accept(new ImportRow(rowNumber, cells));
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column >= MAX_COLUMNS || column < cells.size()) {
        return;
      }
      while (cells.size() < column) {
        cells.add(ImportCell.BLANK);
      }
      cells.add(new ImportCell(formattedValue, nextKind));
    }
  }
}
