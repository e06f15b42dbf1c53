package kr.academy.jobs.operations.jmx;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import kr.academy.jobs.operations.DeliverySlots;

/**
 * {@link DeliverySlots} from the MBeans the SQS resource adapter registers on the platform MBean
 * server, one per running activation ({@code kr.academy.sqsra:type=QueueActivation,queue=<name>};
 * academy-sqs-ra/README.md): the adapter knows nothing of the product, and the product only reads
 * attributes by name.
 */
@ApplicationScoped
public class JmxDeliverySlots implements DeliverySlots {

  static final String DOMAIN = "kr.academy.sqsra";

  private final MBeanServer server;

  public JmxDeliverySlots() {
    this(ManagementFactory.getPlatformMBeanServer());
  }

  JmxDeliverySlots(MBeanServer server) {
    this.server = server;
  }

  @Override
  public Optional<Slots> of(String queue) {
    try {
      ObjectName name =
          new ObjectName(DOMAIN + ":type=QueueActivation,queue=" + ObjectName.quote(queue));
      if (!server.isRegistered(name)) {
        return Optional.empty();
      }
      return Optional.of(
          new Slots(
              (Integer) server.getAttribute(name, "DeliveriesInFlight"),
              (Integer) server.getAttribute(name, "MaxDeliveries")));
    } catch (JMException e) {
      // The activation stopped between the check and the read: no consumer any more.
      return Optional.empty();
    }
  }
}
