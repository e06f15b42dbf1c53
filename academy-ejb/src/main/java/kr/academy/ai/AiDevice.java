package kr.academy.ai;

/**
 * The device the AI engines run on in this process, as health reports it: PREMIUM's pool
 * (ai-worker-gpu) is meant for a GPU instance, and the same engines run on the CPU where there is
 * none, so an operator must be able to see which one a task got.
 */
public interface AiDevice {

  /** e.g. {@code "cpu"} or {@code "cuda:0 (…)"}. */
  String describe();
}
