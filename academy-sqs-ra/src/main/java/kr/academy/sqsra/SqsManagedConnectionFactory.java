package kr.academy.sqsra;

import com.amazon.sqs.javamessaging.ProviderConfiguration;
import com.amazon.sqs.javamessaging.SQSConnectionFactory;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Outbound side: the connection factory object applications look up is the SQS Java Messaging
 * Library's {@link SQSConnectionFactory} (a {@code jakarta.jms.ConnectionFactory}) built on the
 * adapter's shared {@link SqsClient}.
 *
 * <p>Deliberately unmanaged: the container's {@link ConnectionManager} is not used, so JMS
 * connections are neither pooled nor enlisted in transactions (ra.xml declares NoTransaction). A
 * message sent inside a transaction is sent at once, even if the transaction rolls back — use an
 * outbox for "send after commit". SQS connections are cheap (no socket of their own; the SDK client
 * is shared), so creating one per send is fine; close it after use. Producers only: the library's
 * consumers are not container-managed (use MDBs for receiving).
 */
public class SqsManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation, Serializable {

  private static final long serialVersionUID = 1L;

  private transient ResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager cxManager) throws ResourceException {
    return createConnectionFactory();
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    if (!(resourceAdapter instanceof SqsResourceAdapter ra)) {
      throw new ResourceAdapterInternalException(
          "Not associated with an SqsResourceAdapter: " + resourceAdapter);
    }
    SqsClient client = ra.client();
    if (client == null) {
      throw new ResourceAdapterInternalException("SQS resource adapter is not started");
    }
    // No prefetch: this factory is for producers; consumers would hold messages invisible.
    return new SQSConnectionFactory(
        new ProviderConfiguration().withNumberOfMessagesToPrefetch(0), client);
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
      throws ResourceException {
    throw new NotSupportedException(
        "SQS connections are not container-managed; use the ConnectionFactory directly");
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(
      Set connectionSet, Subject subject, ConnectionRequestInfo info) {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) {
    this.resourceAdapter = ra;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SqsManagedConnectionFactory other
        && other.resourceAdapter == resourceAdapter;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(System.identityHashCode(resourceAdapter));
  }
}
