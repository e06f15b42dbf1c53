package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.academy.tenancy.Plan;
import org.junit.jupiter.api.Test;

class JobTypeTest {

  @Test
  void thePlanDecidesWhichAiWorkIsIncluded() {
    assertTrue(JobType.OCR.includedIn(Plan.LITE));
    assertFalse(JobType.OMR_GRADE.includedIn(Plan.LITE));
    assertFalse(JobType.STATUS_DETECT.includedIn(Plan.LITE));
    assertTrue(JobType.OMR_GRADE.includedIn(Plan.BASIC));
    assertTrue(JobType.STATUS_DETECT.includedIn(Plan.BASIC));
    for (JobType type : JobType.values()) {
      assertTrue(type.includedIn(Plan.PREMIUM), type + " in PREMIUM");
    }
  }

  @Test
  void aiWorkGoesToThePlansTierAndTheRestToItsOwnQueue() {
    assertEquals(JobQueue.AI_LITE, JobType.OCR.queueFor(Plan.LITE));
    assertEquals(JobQueue.AI_BASIC, JobType.OCR.queueFor(Plan.BASIC));
    assertEquals(JobQueue.AI_PREMIUM, JobType.OMR_GRADE.queueFor(Plan.PREMIUM));
    assertEquals(JobQueue.EXCEL, JobType.STUDENT_EXPORT.queueFor(Plan.LITE));
    assertEquals(JobQueue.VIDEO, JobType.VIDEO_PROCESS.queueFor(Plan.PREMIUM));
    assertEquals(JobQueue.MESSAGING, JobType.MESSAGE_SEND.queueFor(Plan.BASIC));
  }

  @Test
  void configurationNamesFollowOneScheme() {
    assertEquals("academy.jobs.student-export.timeout", JobType.STUDENT_EXPORT.timeoutProperty());
    assertEquals("academy.queue.ai-premium", JobQueue.AI_PREMIUM.property());
    assertEquals("academy-ai-jobs-premium", new JobSettings().queueName(JobQueue.AI_PREMIUM));
  }
}
