package kr.academy.jobs.operations.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import kr.academy.jobs.operations.DeliverySlots;
import org.junit.jupiter.api.Test;

class JmxDeliverySlotsTest {

  /** The attributes the resource adapter's MBean has (academy-sqs-ra QueueActivationMXBean). */
  public interface ActivationMXBean {
    int getDeliveriesInFlight();

    int getMaxDeliveries();
  }

  @Test
  void readsTheAdaptersMBeanOfTheQueueAndNothingForAQueueWithoutOne() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    server.registerMBean(
        new ActivationMXBean() {
          @Override
          public int getDeliveriesInFlight() {
            return 2;
          }

          @Override
          public int getMaxDeliveries() {
            return 5;
          }
        },
        new ObjectName(
            "kr.academy.sqsra:type=QueueActivation,queue="
                + ObjectName.quote("academy-ai-jobs-basic")));
    JmxDeliverySlots slots = new JmxDeliverySlots(server);

    assertEquals(Optional.of(new DeliverySlots.Slots(2, 5)), slots.of("academy-ai-jobs-basic"));
    assertEquals(Optional.empty(), slots.of("academy-video-jobs"));
  }
}
