package kr.academy.bench;

import org.HdrHistogram.Histogram;

/** The one latency line both open-loop generators print. */
final class Latencies {

  private Latencies() {}

  static void print(Histogram h) {
    System.out.printf(
        "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(90) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getValueAtPercentile(99.9) / 1000.0,
        h.getMaxValue() / 1000.0);
  }
}
