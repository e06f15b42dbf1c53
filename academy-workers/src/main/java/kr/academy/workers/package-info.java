/**
 * The worker side of the job backbone: {@link kr.academy.workers.JobRunner} takes each message from
 * a queue's message-driven bean ({@code listeners}), claims the job and hands it to the {@link
 * kr.academy.workers.JobProcessor} of its type ({@code excel}, and later video, ai, messaging).
 */
package kr.academy.workers;
