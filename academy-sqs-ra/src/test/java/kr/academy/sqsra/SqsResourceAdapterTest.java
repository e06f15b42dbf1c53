package kr.academy.sqsra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Drives the adapter against an embedded ElasticMQ with fake container pieces. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SqsResourceAdapterTest {

  private static final AtomicInteger QUEUE_SEQ = new AtomicInteger();

  private static EmbeddedSqs sqs;
  private static SqsClient admin;

  private SqsResourceAdapter adapter;
  private Fakes.Context context;
  private String queueUrl;
  private String dlqUrl;
  private String queueName;

  @BeforeAll
  static void startElasticMq() throws IOException {
    sqs = new EmbeddedSqs();
    admin = sqs.admin;
  }

  @AfterAll
  static void stopElasticMq() {
    if (sqs != null) {
      sqs.close();
    }
  }

  @AfterEach
  void stopAdapter() {
    if (adapter != null) {
      adapter.stop();
    }
  }

  /** A fresh queue with a DLQ (maxReceiveCount 3) per test; returns the queue name. */
  private void createQueues() {
    queueName = "q" + QUEUE_SEQ.incrementAndGet();
    dlqUrl = admin.createQueue(b -> b.queueName(queueName + "-dlq")).queueUrl();
    String dlqArn =
        admin
            .getQueueAttributes(
                b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"3\"}";
    queueUrl =
        admin
            .createQueue(
                b ->
                    b.queueName(queueName)
                        .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, redrive)))
            .queueUrl();
  }

  private void startAdapter(Fakes.FakeRegistry registry) throws Exception {
    context = new Fakes.Context(registry);
    adapter = sqs.adapter(context);
  }

  private SqsActivationSpec spec() {
    SqsActivationSpec spec = new SqsActivationSpec();
    spec.setQueueName(queueName);
    spec.setMaxConcurrency(2);
    spec.setWaitTimeSeconds(1);
    spec.setVisibilityTimeoutSeconds(30);
    spec.setFailureBackoffSeconds(1);
    spec.setShutdownTimeoutSeconds(10);
    return spec;
  }

  private void send(String body) {
    admin.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
  }

  private static int count(String url) {
    Map<QueueAttributeName, String> a =
        admin
            .getQueueAttributes(
                b ->
                    b.queueUrl(url)
                        .attributeNames(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
            .attributes();
    return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
        + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
        + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
  }

  private static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for: " + what);
      }
      Thread.sleep(50);
    }
  }

  @Test
  void deliversMessagesAndDeletesThemAfterwards() throws Exception {
    createQueues();
    startAdapter(null);
    List<String> texts = new CopyOnWriteArrayList<>();
    List<String> ids = new CopyOnWriteArrayList<>();
    List<String> tenants = new CopyOnWriteArrayList<>();
    List<Integer> deliveryCounts = new CopyOnWriteArrayList<>();
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> {
              texts.add(((TextMessage) m).getText());
              ids.add(m.getJMSMessageID());
              tenants.add(m.getStringProperty("tenant"));
              deliveryCounts.add(m.getIntProperty("JMSXDeliveryCount"));
            },
            null,
            true);
    adapter.endpointActivation(factory, spec());
    for (int i = 0; i < 5; i++) {
      int n = i;
      admin.sendMessage(
          b ->
              b.queueUrl(queueUrl)
                  .messageBody("job-" + n)
                  .messageAttributes(
                      Map.of(
                          "tenant",
                          MessageAttributeValue.builder()
                              .dataType("String")
                              .stringValue("t" + n)
                              .build())));
    }
    await("5 deliveries", Duration.ofSeconds(10), () -> texts.size() == 5);
    await("queue empty", Duration.ofSeconds(5), () -> count(queueUrl) == 0);

    assertEquals(Set.of("job-0", "job-1", "job-2", "job-3", "job-4"), Set.copyOf(texts), "bodies");
    assertEquals(Set.of("t0", "t1", "t2", "t3", "t4"), Set.copyOf(tenants), "attributes");
    assertTrue(ids.stream().allMatch(id -> id.startsWith("ID:") && id.length() > 3), ids::toString);
    assertEquals(List.of(1, 1, 1, 1, 1), deliveryCounts);
    assertEquals(5, factory.before.get());
    assertEquals(5, factory.after.get());
    assertEquals(0, count(dlqUrl));
  }

  @Test
  void neverMoreThanMaxConcurrencyDeliveriesAtOnce() throws Exception {
    createQueues();
    startAdapter(null);
    AtomicInteger current = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> {
              int now = current.incrementAndGet();
              max.accumulateAndGet(now, Math::max);
              Thread.sleep(150);
              current.decrementAndGet();
              done.incrementAndGet();
            },
            null,
            true);
    for (int i = 0; i < 30; i++) {
      send("slow-" + i);
    }
    SqsActivationSpec spec = spec();
    spec.setMaxConcurrency(3);
    spec.setMaxMessages(2);
    adapter.endpointActivation(factory, spec);
    await("30 deliveries", Duration.ofSeconds(20), () -> done.get() == 30);
    await("queue empty", Duration.ofSeconds(5), () -> count(queueUrl) == 0);
    assertEquals(3, max.get(), "peak concurrency");
    assertEquals(3, context.workManager.threads.size(), "exactly maxConcurrency loops");
  }

  @Test
  void failingListenerBacksOffAndEndsInDlq() throws Exception {
    createQueues();
    startAdapter(null);
    List<Long> times = new CopyOnWriteArrayList<>();
    List<Integer> deliveryCounts = new CopyOnWriteArrayList<>();
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> {
              times.add(System.nanoTime());
              deliveryCounts.add(m.getIntProperty("JMSXDeliveryCount"));
              throw new IllegalStateException("boom");
            },
            null,
            true);
    adapter.endpointActivation(factory, spec());
    send("poison");

    await("3 attempts", Duration.ofSeconds(15), () -> times.size() == 3);
    await("message in DLQ", Duration.ofSeconds(10), () -> count(dlqUrl) == 1);
    await("queue empty", Duration.ofSeconds(5), () -> count(queueUrl) == 0);
    Thread.sleep(1500); // no 4th delivery
    assertEquals(3, times.size(), "deliveries before dead-lettering");
    assertEquals(List.of(1, 2, 3), deliveryCounts);
    long gap1 = TimeUnit.NANOSECONDS.toMillis(times.get(1) - times.get(0));
    long gap2 = TimeUnit.NANOSECONDS.toMillis(times.get(2) - times.get(1));
    // Back-off is failureBackoffSeconds * receiveCount: 1 s, then 2 s; visibility is 30 s.
    assertTrue(gap1 >= 900 && gap1 < 5_000, "first back-off " + gap1 + " ms");
    assertTrue(gap2 >= 1_900 && gap2 < 6_000, "second back-off " + gap2 + " ms");
    assertEquals(3, factory.after.get(), "afterDelivery still called (rollback)");
    String body =
        admin.receiveMessage(b -> b.queueUrl(dlqUrl).waitTimeSeconds(1)).messages().get(0).body();
    assertEquals("poison", body);
  }

  @Test
  void aMessageStaysInvisibleWhileItsDeliveryOutlastsTheVisibilityTimeout() throws Exception {
    LongDelivery delivery = startLongDelivery(1);
    // Three visibility timeouts: without renewal the message would be visible again by now.
    assertTrue(nothingReceivedFor(Duration.ofSeconds(6)), "the message stayed invisible");
    delivery.finish.countDown();
    await("deleted", Duration.ofSeconds(5), () -> count(queueUrl) == 0);
    assertEquals(1, delivery.count.get());
    assertEquals(0, count(dlqUrl));
  }

  @Test
  void withoutRenewalAMessageOutlastingItsVisibilityTimeoutIsVisibleAgain() throws Exception {
    LongDelivery delivery = startLongDelivery(0);
    try {
      assertFalse(nothingReceivedFor(Duration.ofSeconds(6)), "the message came back");
    } finally {
      delivery.finish.countDown();
    }
  }

  /** A delivery that lasts until the test lets it finish. */
  private record LongDelivery(AtomicInteger count, CountDownLatch finish) {}

  /**
   * One consumer, a visibility timeout of 2 s renewed every {@code renewalSeconds}, and one message
   * whose delivery has begun when this returns.
   */
  private LongDelivery startLongDelivery(int renewalSeconds) throws Exception {
    createQueues();
    startAdapter(null);
    LongDelivery delivery = new LongDelivery(new AtomicInteger(), new CountDownLatch(1));
    CountDownLatch inOnMessage = new CountDownLatch(1);
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> {
              delivery.count.incrementAndGet();
              inOnMessage.countDown();
              delivery.finish.await();
            },
            null,
            true);
    SqsActivationSpec spec = spec();
    spec.setMaxConcurrency(1);
    spec.setVisibilityTimeoutSeconds(2);
    spec.setVisibilityRenewalSeconds(renewalSeconds);
    adapter.endpointActivation(factory, spec);
    send("long job");
    assertTrue(inOnMessage.await(10, TimeUnit.SECONDS));
    return delivery;
  }

  @Test
  void aBackOffIsNotUndoneByTheRenewalOfTheMessageItEnded() throws Exception {
    createQueues();
    startAdapter(null);
    List<Long> times = new CopyOnWriteArrayList<>();
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> {
              times.add(System.nanoTime());
              if (times.size() < 3) {
                Thread.sleep(1500); // a renewal falls inside the delivery
                throw new IllegalStateException("boom");
              }
            },
            null,
            true);
    SqsActivationSpec spec = spec();
    spec.setVisibilityTimeoutSeconds(30);
    spec.setVisibilityRenewalSeconds(1);
    adapter.endpointActivation(factory, spec);
    send("fails twice");
    // Back-offs of 1 s and 2 s; a renewal after either would hide the message for 30 s.
    await("3 deliveries", Duration.ofSeconds(15), () -> times.size() == 3);
    await("deleted", Duration.ofSeconds(5), () -> count(queueUrl) == 0);
  }

  /** Polls the queue for {@code time} (the adapter's consumers aside); true if nothing came. */
  private boolean nothingReceivedFor(Duration time) {
    long end = System.nanoTime() + time.toNanos();
    while (System.nanoTime() < end) {
      if (!admin
          .receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1).visibilityTimeout(1))
          .messages()
          .isEmpty()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void failedCommitLeavesMessageUndeleted() throws Exception {
    createQueues();
    startAdapter(null);
    List<String> delivered = new CopyOnWriteArrayList<>();
    AtomicInteger commits = new AtomicInteger();
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> delivered.add(((TextMessage) m).getText()),
            m -> {
              if (commits.incrementAndGet() == 1) {
                throw new ResourceException("commit failed");
              }
            },
            true);
    adapter.endpointActivation(factory, spec());
    send("commit-me");
    await("first delivery", Duration.ofSeconds(5), () -> delivered.size() == 1);
    Thread.sleep(300);
    assertEquals(1, count(queueUrl), "not deleted after failed commit");
    await("redelivery", Duration.ofSeconds(5), () -> delivered.size() == 2);
    await("deleted after committed redelivery", Duration.ofSeconds(5), () -> count(queueUrl) == 0);
    assertEquals(0, count(dlqUrl));
  }

  @Test
  void rollbackOnlyTransactionLeavesMessageUndeleted() throws Exception {
    createQueues();
    Fakes.FakeRegistry registry = new Fakes.FakeRegistry();
    startAdapter(registry);
    AtomicInteger deliveries = new AtomicInteger();
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> registry.rollbackOnly = deliveries.incrementAndGet() == 1, null, true);
    adapter.endpointActivation(factory, spec());
    send("rollback-me");
    await("first delivery", Duration.ofSeconds(5), () -> deliveries.get() == 1);
    Thread.sleep(300);
    assertEquals(1, count(queueUrl), "not deleted after rollback-only");
    await("redelivery", Duration.ofSeconds(5), () -> deliveries.get() == 2);
    await("deleted", Duration.ofSeconds(5), () -> count(queueUrl) == 0);
  }

  @Test
  void aRunningActivationShowsItsDeliveriesInFlightAndItsBoundAsAnMBean() throws Exception {
    createQueues();
    startAdapter(null);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> {
              entered.countDown();
              release.await();
            },
            null,
            true);
    SqsActivationSpec spec = spec();
    adapter.endpointActivation(factory, spec);
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName name = ActivationMBean.nameOf(queueName);
    assertEquals(0, server.getAttribute(name, "DeliveriesInFlight"));
    assertEquals(2, server.getAttribute(name, "MaxDeliveries"));
    assertEquals(queueName, server.getAttribute(name, "Queue"));

    send("held");
    assertTrue(entered.await(10, TimeUnit.SECONDS), "delivered");
    assertEquals(1, server.getAttribute(name, "DeliveriesInFlight"));
    release.countDown();
    adapter.endpointDeactivation(factory, spec);
    assertFalse(server.isRegistered(name), "gone with its activation");
  }

  @Test
  void deactivationLetsInFlightFinishReturnsUndeliveredAndEndsLoops() throws Exception {
    createQueues();
    Set<String> sdkThreadsBefore = threadNames("sdk-");
    startAdapter(null);
    CountDownLatch inOnMessage = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    List<String> delivered = new CopyOnWriteArrayList<>();
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m -> {
              delivered.add(((TextMessage) m).getText());
              inOnMessage.countDown();
              Thread.sleep(1500);
              finished.set(true);
            },
            null,
            true);
    for (int i = 0; i < 3; i++) {
      send("m" + i);
    }
    SqsActivationSpec spec = spec();
    spec.setMaxConcurrency(1);
    spec.setMaxMessages(3); // one receive takes all three; two are still undelivered
    spec.setVisibilityTimeoutSeconds(60);
    adapter.endpointActivation(factory, spec);
    assertTrue(inOnMessage.await(10, TimeUnit.SECONDS));

    adapter.endpointDeactivation(factory, spec);

    assertTrue(finished.get(), "in-flight delivery finished before deactivation returned");
    assertEquals(1, delivered.size());
    assertLoopThreadsEnded();
    assertEquals(factory.created.get(), factory.released.get(), "every endpoint released");
    // The delivered one was deleted; the two received-but-undelivered are visible again at once
    // (their visibility timeout would have been 60 s).
    List<String> back = new ArrayList<>();
    for (int i = 0; i < 5 && back.size() < 2; i++) {
      admin
          .receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
          .messages()
          .forEach(m -> back.add(m.body()));
    }
    assertEquals(2, back.size(), back::toString);
    assertFalse(back.contains(delivered.get(0)));

    adapter.stop();
    assertEquals(0, adapter.activeActivations());
    adapter = null;
    await(
        "SDK threads of the adapter's client gone",
        Duration.ofSeconds(5),
        () -> sdkThreadsBefore.containsAll(threadNames("sdk-")));
  }

  @Test
  void stopDeactivatesRunningEndpoints() throws Exception {
    createQueues();
    startAdapter(null);
    Fakes.EndpointFactory factory = new Fakes.EndpointFactory(m -> {}, null, false);
    adapter.endpointActivation(factory, spec());
    await("loops running", Duration.ofSeconds(5), () -> context.workManager.running.get() == 2);
    long start = System.nanoTime();
    adapter.stop();
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertLoopThreadsEnded();
    assertTrue(tookMs < 5_000, "stop took " + tookMs + " ms");
    assertEquals(null, adapter.client());
    adapter = null;
  }

  @Test
  void outboundConnectionFactorySendsWhatInboundDelivers() throws Exception {
    createQueues();
    startAdapter(null);
    Map<String, String> received = new ConcurrentHashMap<>();
    Fakes.EndpointFactory factory =
        new Fakes.EndpointFactory(
            m ->
                received.put(
                    ((TextMessage) m).getText(),
                    m.getStringProperty("tenant") + "/" + m.getIntProperty("attempt")),
            null,
            false);
    adapter.endpointActivation(factory, spec());

    SqsManagedConnectionFactory mcf = new SqsManagedConnectionFactory();
    mcf.setResourceAdapter(adapter);
    ConnectionFactory cf = (ConnectionFactory) mcf.createConnectionFactory(null);
    try (Connection connection = cf.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      MessageProducer producer = session.createProducer(session.createQueue(queueName));
      TextMessage message = session.createTextMessage("{\"job\":1}");
      message.setStringProperty("tenant", "acme");
      message.setIntProperty("attempt", 7);
      producer.send(message);
    }
    await("delivery", Duration.ofSeconds(5), () -> received.size() == 1);
    assertEquals("acme/7", received.get("{\"job\":1}"));
    await("queue empty", Duration.ofSeconds(5), () -> count(queueUrl) == 0);
  }

  @Test
  void validatesActivationSpec() {
    SqsActivationSpec spec = new SqsActivationSpec();
    InvalidPropertyException e = assertThrows(InvalidPropertyException.class, spec::validate);
    assertTrue(e.getMessage().contains("queueName"), e.getMessage());
    spec.setQueueName("q");
    spec.setMaxConcurrency(0);
    spec.setWaitTimeSeconds(21);
    e = assertThrows(InvalidPropertyException.class, spec::validate);
    assertTrue(e.getMessage().contains("maxConcurrency"), e.getMessage());
    assertTrue(e.getMessage().contains("waitTimeSeconds"), e.getMessage());
    assertNotNull(e.getInvalidPropertyDescriptors());
    assertEquals(2, e.getInvalidPropertyDescriptors().length);

    spec.setMaxConcurrency(1);
    spec.setWaitTimeSeconds(20);
    spec.setVisibilityTimeoutSeconds(20);
    spec.setVisibilityRenewalSeconds(20);
    e = assertThrows(InvalidPropertyException.class, spec::validate);
    assertTrue(e.getMessage().contains("visibilityRenewalSeconds"), e.getMessage());

    SqsActivationSpec defaults = new SqsActivationSpec();
    defaults.setQueueName("q");
    assertEquals(30, defaults.backoffSeconds(1));
    assertEquals(90, defaults.backoffSeconds(3));
    assertEquals(900, defaults.backoffSeconds(100));
  }

  /**
   * The loops' Work.run() has returned (the adapter waits for that); the fake WorkManager's threads
   * then end at once.
   */
  private void assertLoopThreadsEnded() throws InterruptedException {
    for (Thread t : context.workManager.threads) {
      t.join(500);
      assertFalse(t.isAlive(), t.getName() + " still alive");
    }
    assertEquals(0, context.workManager.running.get());
  }

  private static Set<String> threadNames(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith(prefix))
        .collect(Collectors.toSet());
  }
}
