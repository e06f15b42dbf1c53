package kr.academy.sqsra;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Resource adapter for Amazon SQS (or any SQS-compatible endpoint such as ElasticMQ).
 *
 * <p>It owns one {@link SqsClient}, built in {@link #start} and closed in {@link #stop}, shared by
 * every inbound activation and by the outbound {@link SqsManagedConnectionFactory}. Each inbound
 * activation runs exactly {@code maxConcurrency} consumer loops on the container's {@code
 * WorkManager}; see {@link QueueActivation}. Activations whose specs name the same {@code
 * slotGroup} share one bound on their deliveries, granted by weight ({@link SlotGroups}, {@link
 * WeightedSlots}).
 *
 * <p>Config properties: {@code endpoint} (optional URL override, e.g. {@code
 * http://127.0.0.1:9324}), {@code region}, {@code accessKey}, {@code secretKey} (both blank: the
 * SDK's default credentials chain).
 */
public class SqsResourceAdapter implements ResourceAdapter, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SqsResourceAdapter.class.getName());

  /** Region used when an endpoint override is set and no region is configured. */
  static final String FALLBACK_REGION = "us-east-1";

  private String endpoint;
  private String region;
  private String accessKey;
  private String secretKey;

  private transient volatile BootstrapContext bootstrapContext;
  private transient volatile SqsClient client;
  private final transient Map<ActivationKey, QueueActivation> activations =
      new ConcurrentHashMap<>();
  private final transient SlotGroups slotGroups = new SlotGroups();

  /** Optional endpoint URL override; blank means the AWS endpoint of the region. */
  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  /** AWS region, e.g. ap-northeast-2; blank means the SDK's region chain (AWS_REGION, …). */
  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  /** Static access key; blank (with secretKey) means the SDK's default credentials chain. */
  public String getAccessKey() {
    return accessKey;
  }

  public void setAccessKey(String accessKey) {
    this.accessKey = accessKey;
  }

  public String getSecretKey() {
    return secretKey;
  }

  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }

  @Override
  public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
    this.bootstrapContext = ctx;
    try {
      this.client = buildClient();
    } catch (RuntimeException e) {
      throw new ResourceAdapterInternalException("Cannot create the SQS client: " + e, e);
    }
    LOG.info(
        () ->
            "SQS resource adapter started (endpoint="
                + (SqsActivationSpec.isBlank(endpoint) ? "<aws>" : endpoint)
                + ", region="
                + region
                + ")");
  }

  SqsClient buildClient() {
    SqsClientBuilder builder =
        SqsClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(credentials());
    if (!SqsActivationSpec.isBlank(endpoint)) {
      builder.endpointOverride(URI.create(endpoint.trim()));
    }
    if (!SqsActivationSpec.isBlank(region)) {
      builder.region(Region.of(region.trim()));
    } else if (!SqsActivationSpec.isBlank(endpoint)) {
      builder.region(Region.of(FALLBACK_REGION));
    }
    return builder.build();
  }

  private AwsCredentialsProvider credentials() {
    if (!SqsActivationSpec.isBlank(accessKey) && !SqsActivationSpec.isBlank(secretKey)) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(accessKey.trim(), secretKey.trim()));
    }
    return DefaultCredentialsProvider.create();
  }

  @Override
  public void stop() {
    List<QueueActivation> running = new ArrayList<>(activations.values());
    activations.clear();
    // Signal every activation first so they all drain in parallel, then wait for each.
    running.forEach(QueueActivation::signalStop);
    for (QueueActivation activation : running) {
      activation.awaitStopped();
    }
    SqsClient c = client;
    client = null;
    if (c != null) {
      try {
        c.close();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Closing the SQS client failed", e);
      }
    }
    LOG.info("SQS resource adapter stopped");
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    if (!(spec instanceof SqsActivationSpec)) {
      throw new NotSupportedException(
          "Activation spec must be a " + SqsActivationSpec.class.getName() + ": " + spec);
    }
    SqsClient c = client;
    BootstrapContext ctx = bootstrapContext;
    if (c == null || ctx == null) {
      throw new ResourceAdapterInternalException("SQS resource adapter is not started");
    }
    SqsActivationSpec sqsSpec = (SqsActivationSpec) spec;
    sqsSpec.validate();
    QueueActivation activation = new QueueActivation(c, ctx, factory, sqsSpec, slotGroups);
    ActivationKey key = new ActivationKey(factory, spec);
    if (activations.putIfAbsent(key, activation) != null) {
      throw new ResourceException("Endpoint already activated: " + spec);
    }
    try {
      activation.start();
    } catch (ResourceException | RuntimeException e) {
      activations.remove(key);
      throw e;
    }
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    QueueActivation activation = activations.remove(new ActivationKey(factory, spec));
    if (activation != null) {
      activation.signalStop();
      activation.awaitStopped();
    }
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    // Deliveries do not enlist an XAResource: there is nothing to recover.
    return null;
  }

  /** The shared client; null while the adapter is not started. */
  SqsClient client() {
    return client;
  }

  /** The slot pools of the activations' slot groups (for tests and diagnostics). */
  SlotGroups slotGroups() {
    return slotGroups;
  }

  /** Activations currently running (for tests and diagnostics). */
  int activeActivations() {
    return activations.size();
  }

  /**
   * Identity of an activation: the pair the container passes to activation and deactivation (the
   * spec does not override equals, so it compares by identity).
   */
  private record ActivationKey(MessageEndpointFactory factory, ActivationSpec spec) {}
}
