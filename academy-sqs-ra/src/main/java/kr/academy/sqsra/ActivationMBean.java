package kr.academy.sqsra;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers a {@link QueueActivationMXBean} for an activation while it runs. JMX, not a shared
 * class, because the adapter must not depend on the product nor the product on the adapter's
 * classes (they sit in different class loaders of the EAR); a name and two numbers cross that line
 * as they are, and operators see them in any JMX console too. A failed registration (a second
 * activation of the same queue in one process) is logged and costs nothing else.
 */
final class ActivationMBean implements QueueActivationMXBean {

  private static final Logger LOG = Logger.getLogger(ActivationMBean.class.getName());

  private final QueueActivation activation;
  private final MBeanServer server;
  private ObjectName name;

  ActivationMBean(QueueActivation activation, MBeanServer server) {
    this.activation = activation;
    this.server = server;
  }

  ActivationMBean(QueueActivation activation) {
    this(activation, ManagementFactory.getPlatformMBeanServer());
  }

  static ObjectName nameOf(String queue) throws JMException {
    return new ObjectName("kr.academy.sqsra:type=QueueActivation,queue=" + ObjectName.quote(queue));
  }

  synchronized void register() {
    try {
      ObjectName candidate = nameOf(getQueue());
      server.registerMBean(this, candidate);
      name = candidate;
    } catch (JMException e) {
      LOG.log(Level.WARNING, "No MBean for the activation of " + getQueue() + ": " + e, e);
    }
  }

  synchronized void unregister() {
    if (name == null) {
      return;
    }
    try {
      server.unregisterMBean(name);
    } catch (JMException e) {
      LOG.log(Level.FINE, "MBean " + name + " was already gone", e);
    }
    name = null;
  }

  @Override
  public String getQueue() {
    return activation.spec().queueLabel();
  }

  @Override
  public int getDeliveriesInFlight() {
    return activation.inFlight();
  }

  @Override
  public int getMaxDeliveries() {
    SqsActivationSpec spec = activation.spec();
    return spec.hasSlotGroup() ? spec.getSlotGroupSize() : spec.getMaxConcurrency();
  }
}
