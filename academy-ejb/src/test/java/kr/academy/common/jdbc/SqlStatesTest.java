package kr.academy.common.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlStatesTest {

  @Test
  void aUniqueViolationIsFoundWhereverItWasWrapped() {
    assertTrue(
        SqlStates.uniqueViolation(
            new EJBException(
                new PersistenceException(new SQLException("duplicate key value", "23505")))));
    assertFalse(SqlStates.uniqueViolation(new SQLException("not null", "23502")));
    assertFalse(SqlStates.uniqueViolation(new IllegalStateException("no sql")));
  }

  @Test
  void constraintsBadDataAndTriggerErrorsAreRefusedData() {
    assertTrue(SqlStates.dataRefused(new SQLException("duplicate", "23505")));
    assertTrue(SqlStates.dataRefused(new SQLException("value too long", "22001")));
    assertTrue(SqlStates.dataRefused(new SQLException("raised", "P0001")));
    assertFalse(SqlStates.dataRefused(new SQLException("connection lost", "08006")));
    assertFalse(SqlStates.dataRefused(new SQLException("no state")));
  }
}
