/**
 * The worker side of the job backbone: {@link kr.academy.workers.JobRunner} takes each message from
 * a queue's message-driven bean ({@code listeners}), claims the job and hands it to the {@link
 * kr.academy.workers.JobProcessor} of its type. A processor only wires: it reads the job's input
 * and calls the workflow's use case in academy-ejb ({@code excel}: STUDENT_EXPORT, STUDENT_IMPORT,
 * EXAM_RESULTS_EXPORT, with the spreadsheet readers and workbooks behind the students' ports;
 * {@code messaging}: MESSAGE_SEND; {@code video}: VIDEO_PROCESS; {@code ai}: OCR, OMR_GRADE,
 * STATUS_DETECT, each page of its files read by the engines behind the AI ports). See
 * docs/architecture.md, "Workflows as use cases".
 */
package kr.academy.workers;
