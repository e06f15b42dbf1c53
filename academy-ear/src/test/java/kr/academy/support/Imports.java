package kr.academy.support;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Student imports as a client makes them: files built here, uploaded as multipart. */
public final class Imports {

  /** A cell that holds a formula; the workbook stores its computed value too, as Excel does. */
  public record Formula(String expression) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Imports() {}

  /** {@code POST /students/imports} with the file as the multipart field {@code file}. */
  public static Api.Reply upload(String token, String fileName, byte[] content, String query) {
    return upload(token, fileName, content, query, null);
  }

  public static Api.Reply upload(
      String token, String fileName, byte[] content, String query, String idempotencyKey) {
    return new Multipart()
        .file("file", fileName, content)
        .post(
            "/api/v1/students/imports" + (query == null ? "" : "?" + query), token, idempotencyKey);
  }

  /** Uploads the file, waits for its job to end, and returns the job's detail. */
  public static JsonObject run(String token, String fileName, byte[] content, String query) {
    String jobId = Jobs.accepted(upload(token, fileName, content, query));
    return Jobs.awaitFinal(token, jobId, Duration.ofSeconds(120));
  }

  /** {@link #run} for CSV text in UTF-8. */
  public static JsonObject runCsv(String token, String fileName, CharSequence csv) {
    return run(token, fileName, csv.toString().getBytes(StandardCharsets.UTF_8), null);
  }

  /** The result of a job that must have ended DONE. */
  public static JsonObject done(JsonObject job) {
    if (!job.getString("status").equals("DONE")) {
      throw new AssertionError("the import did not end DONE: " + job);
    }
    return job.getJsonObject("result");
  }

  /**
   * A one-sheet workbook: strings are text cells, numbers numeric cells, {@link LocalDate}s dates
   * formatted as dates, {@link Formula}s formulas with their cached values, nulls blank.
   */
  public static byte[] workbook(List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("학생");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof String text) {
            row.createCell(c).setCellValue(text);
          } else if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value instanceof LocalDate day) {
            row.createCell(c).setCellValue(day);
            row.getCell(c).setCellStyle(date);
          } else if (value instanceof Formula formula) {
            row.createCell(c).setCellFormula(formula.expression());
          }
        }
      }
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of the first sheet of a downloaded workbook, as displayed text. */
  public static List<List<String>> read(byte[] xlsx) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter formatter = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : workbook.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Downloads a presigned URL the way a browser would. */
  public static byte[] download(String url) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("download answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
