package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Database;
import kr.academy.support.Jobs;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §4: polling a running job's progress reads Redis only. Counted with pg_stat_statements:
 * executions of any statement that names the job table, before and after 200 polls of a job that is
 * exporting 200,000 students the whole time (60,000 were exported before the polls ended on a quiet
 * machine). The worker's own lease renewals meanwhile (a locking read and an update of the job's
 * row every few seconds) are not the poller's and are left out.
 */
class ProgressPollingIT {

  private static final int POLLS = 200;

  @Test
  void pollingARunningJobIssuesNoSql() throws Exception {
    Academy academy = Academy.openWithStudents("poll", 200_000);
    String token = academy.ownerToken();
    String jobId = Jobs.exportAll(token);
    Jobs.awaitProgress(
        token,
        jobId,
        p -> p.getString("status").equals("PROCESSING") && p.getInt("progress") >= 2,
        Duration.ofSeconds(60));

    long before = jobStatements();
    JsonObject last = null;
    for (int i = 0; i < POLLS; i++) {
      last = Jobs.progress(token, jobId);
    }
    long after = jobStatements();
    assertEquals("PROCESSING", last.getString("status"), "the job ran during every poll");
    assertEquals(0, after - before, "SQL on the job table while polling");

    Api.get("/api/v1/jobs/" + jobId, token).assertStatus(200);
    assertTrue(jobStatements() > after, "the detail endpoint does read the database");
    Jobs.awaitFinal(token, jobId, Duration.ofSeconds(180));
  }

  /**
   * Executions so far of statements that mention the job table (not job_outbox), other than the
   * locking reads and updates of a worker renewing its lease.
   */
  private static long jobStatements() throws SQLException {
    try (Connection db = Database.connectAsOwner();
        Statement query = db.createStatement();
        ResultSet total =
            query.executeQuery(
                "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements"
                    + " WHERE query ~* '\\mjob\\M' AND query !~* 'pg_stat_statements'"
                    + " AND query !~* '\\mFOR UPDATE\\M' AND query !~* '^\\s*UPDATE\\M'")) {
      total.next();
      return total.getLong(1);
    }
  }
}
