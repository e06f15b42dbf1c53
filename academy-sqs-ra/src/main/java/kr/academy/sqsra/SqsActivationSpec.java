package kr.academy.sqsra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.beans.PropertyDescriptor;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuration of one inbound endpoint (one message-driven bean): which queue it consumes and how.
 *
 * <p>A JavaBean: the container sets the properties from its configuration (Liberty: {@code
 * <activationSpec><properties.…/></activationSpec>}) and calls {@link #validate()} before {@link
 * SqsResourceAdapter#endpointActivation}. Equality is identity, as Connectors requires.
 */
public class SqsActivationSpec implements ActivationSpec, Serializable {

  private static final long serialVersionUID = 1L;

  /** SQS limits: visibility timeout ≤ 12 h, long poll ≤ 20 s, batch ≤ 10. */
  static final int MAX_VISIBILITY_SECONDS = 43_200;

  static final int MAX_WAIT_SECONDS = 20;
  static final int MAX_BATCH = 10;

  private transient ResourceAdapter resourceAdapter;

  private String queueName;
  private String queueUrl;
  private Integer maxConcurrency = 5;
  private Integer visibilityTimeoutSeconds = 60;
  private Integer visibilityRenewalSeconds = 20;
  private Integer waitTimeSeconds = 20;
  private Integer failureBackoffSeconds = 30;
  private Integer maxFailureBackoffSeconds = 900;
  private Integer maxMessages = 1;
  private Integer shutdownTimeoutSeconds = 30;
  private String slotGroup;
  private Integer slotGroupSize;
  private Integer slotWeight = 1;

  /** Name of the queue, resolved to its URL with GetQueueUrl. Either this or queueUrl. */
  public String getQueueName() {
    return queueName;
  }

  public void setQueueName(String queueName) {
    this.queueName = queueName;
  }

  /** Full queue URL; takes precedence over queueName when both are set. */
  public String getQueueUrl() {
    return queueUrl;
  }

  public void setQueueUrl(String queueUrl) {
    this.queueUrl = queueUrl;
  }

  /** Exactly this many consumer loops; never more deliveries in flight. Default 5. */
  public Integer getMaxConcurrency() {
    return maxConcurrency;
  }

  public void setMaxConcurrency(Integer maxConcurrency) {
    this.maxConcurrency = maxConcurrency;
  }

  /**
   * Visibility timeout requested on ReceiveMessage and set again at each renewal: how soon the
   * message of a consumer that died is delivered again. Default 60.
   */
  public Integer getVisibilityTimeoutSeconds() {
    return visibilityTimeoutSeconds;
  }

  public void setVisibilityTimeoutSeconds(Integer visibilityTimeoutSeconds) {
    this.visibilityTimeoutSeconds = visibilityTimeoutSeconds;
  }

  /**
   * How often the visibility of every message a consumer holds is set back to {@code
   * visibilityTimeoutSeconds}; shorter than it. 0: never, and the visibility timeout must then
   * exceed the longest delivery. Default 20.
   */
  public Integer getVisibilityRenewalSeconds() {
    return visibilityRenewalSeconds;
  }

  public void setVisibilityRenewalSeconds(Integer visibilityRenewalSeconds) {
    this.visibilityRenewalSeconds = visibilityRenewalSeconds;
  }

  /** Long-poll wait of each ReceiveMessage, 0–20. Default 20. */
  public Integer getWaitTimeSeconds() {
    return waitTimeSeconds;
  }

  public void setWaitTimeSeconds(Integer waitTimeSeconds) {
    this.waitTimeSeconds = waitTimeSeconds;
  }

  /**
   * After a failed delivery the message becomes visible again after {@code
   * min(failureBackoffSeconds * receiveCount, maxFailureBackoffSeconds)}. Default 30.
   */
  public Integer getFailureBackoffSeconds() {
    return failureBackoffSeconds;
  }

  public void setFailureBackoffSeconds(Integer failureBackoffSeconds) {
    this.failureBackoffSeconds = failureBackoffSeconds;
  }

  /** Upper bound of the growing back-off. Default 900. */
  public Integer getMaxFailureBackoffSeconds() {
    return maxFailureBackoffSeconds;
  }

  public void setMaxFailureBackoffSeconds(Integer maxFailureBackoffSeconds) {
    this.maxFailureBackoffSeconds = maxFailureBackoffSeconds;
  }

  /** Messages per ReceiveMessage (1–10), delivered one after another by the same loop. 1. */
  public Integer getMaxMessages() {
    return maxMessages;
  }

  public void setMaxMessages(Integer maxMessages) {
    this.maxMessages = maxMessages;
  }

  /** How long deactivation waits for in-flight deliveries to finish. Default 30. */
  public Integer getShutdownTimeoutSeconds() {
    return shutdownTimeoutSeconds;
  }

  public void setShutdownTimeoutSeconds(Integer shutdownTimeoutSeconds) {
    this.shutdownTimeoutSeconds = shutdownTimeoutSeconds;
  }

  /**
   * Name of a slot pool shared with the other activations that name it: their deliveries together
   * never exceed {@code slotGroupSize}, and while several have messages waiting, slots go to them
   * in proportion to their {@code slotWeight}. Blank: no pool, only {@code maxConcurrency} bounds
   * this activation.
   */
  public String getSlotGroup() {
    return slotGroup;
  }

  public void setSlotGroup(String slotGroup) {
    this.slotGroup = slotGroup;
  }

  /** Concurrent deliveries of the whole slot group; required with slotGroup, equal in each spec. */
  public Integer getSlotGroupSize() {
    return slotGroupSize;
  }

  public void setSlotGroupSize(Integer slotGroupSize) {
    this.slotGroupSize = slotGroupSize;
  }

  /** Share of this activation in its slot group when every member has messages waiting. 1. */
  public Integer getSlotWeight() {
    return slotWeight;
  }

  public void setSlotWeight(Integer slotWeight) {
    this.slotWeight = slotWeight;
  }

  boolean hasSlotGroup() {
    return !isBlank(slotGroup);
  }

  @Override
  public void validate() throws InvalidPropertyException {
    List<String> bad = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    if (isBlank(queueName) && isBlank(queueUrl)) {
      bad.add("queueName");
      reasons.add("queueName or queueUrl is required");
    }
    check(bad, reasons, "maxConcurrency", maxConcurrency, 1, 1000);
    check(
        bad,
        reasons,
        "visibilityTimeoutSeconds",
        visibilityTimeoutSeconds,
        1,
        MAX_VISIBILITY_SECONDS);
    if (visibilityTimeoutSeconds != null) {
      check(
          bad,
          reasons,
          "visibilityRenewalSeconds",
          visibilityRenewalSeconds,
          0,
          visibilityTimeoutSeconds - 1);
    }
    check(bad, reasons, "waitTimeSeconds", waitTimeSeconds, 0, MAX_WAIT_SECONDS);
    check(bad, reasons, "failureBackoffSeconds", failureBackoffSeconds, 0, MAX_VISIBILITY_SECONDS);
    check(
        bad,
        reasons,
        "maxFailureBackoffSeconds",
        maxFailureBackoffSeconds,
        0,
        MAX_VISIBILITY_SECONDS);
    check(bad, reasons, "maxMessages", maxMessages, 1, MAX_BATCH);
    check(bad, reasons, "shutdownTimeoutSeconds", shutdownTimeoutSeconds, 0, 3600);
    if (hasSlotGroup()) {
      check(bad, reasons, "slotGroupSize", slotGroupSize, 1, 1000);
      check(bad, reasons, "slotWeight", slotWeight, 1, 1000);
    }
    if (!bad.isEmpty()) {
      InvalidPropertyException e =
          new InvalidPropertyException(
              "Invalid SQS activation spec: " + String.join("; ", reasons));
      List<PropertyDescriptor> descriptors = new ArrayList<>();
      for (String name : bad) {
        try {
          descriptors.add(new PropertyDescriptor(name, SqsActivationSpec.class));
        } catch (java.beans.IntrospectionException ignored) {
          // Only the message is essential.
        }
      }
      e.setInvalidPropertyDescriptors(descriptors.toArray(new PropertyDescriptor[0]));
      throw e;
    }
  }

  private static void check(
      List<String> bad, List<String> reasons, String name, Integer value, int min, int max) {
    if (value == null || value < min || value > max) {
      bad.add(name);
      reasons.add(name + " must be between " + min + " and " + max + " (was " + value + ")");
    }
  }

  /** The queue as configured: its URL when set, else its name. */
  String queueLabel() {
    return isBlank(queueUrl) ? queueName : queueUrl;
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Back-off (seconds) before a failed message is visible again, for its n-th receive. */
  int backoffSeconds(int receiveCount) {
    long grown = (long) failureBackoffSeconds * Math.max(1, receiveCount);
    return (int) Math.min(grown, Math.min(maxFailureBackoffSeconds, MAX_VISIBILITY_SECONDS));
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
    this.resourceAdapter = ra;
  }

  @Override
  public String toString() {
    return "SqsActivationSpec[queue="
        + queueLabel()
        + ", maxConcurrency="
        + maxConcurrency
        + ", visibilityTimeoutSeconds="
        + visibilityTimeoutSeconds
        + ", visibilityRenewalSeconds="
        + visibilityRenewalSeconds
        + ", waitTimeSeconds="
        + waitTimeSeconds
        + ", failureBackoffSeconds="
        + failureBackoffSeconds
        + ", maxMessages="
        + maxMessages
        + (hasSlotGroup()
            ? ", slotGroup=" + slotGroup + "/" + slotGroupSize + ", slotWeight=" + slotWeight
            : "")
        + "]";
  }
}
