package kr.academy.workers.excel;

import jakarta.enterprise.context.ApplicationScoped;
import kr.academy.students.RosterWorkbook;
import kr.academy.students.RosterWorkbooks;

/** The workers' spreadsheet code (POI, Commons CSV) behind the ports the roster workflows own. */
@ApplicationScoped
public class Spreadsheets implements RosterWorkbooks {

  @Override
  public RosterWorkbook create() {
    return new StudentWorkbook();
  }
}
