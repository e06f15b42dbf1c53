package kr.academy.tenancy;

/** What an academy pays for; it decides which job types and queues it may use (DESIGN §3). */
public enum Plan {
  LITE,
  BASIC,
  PREMIUM
}
