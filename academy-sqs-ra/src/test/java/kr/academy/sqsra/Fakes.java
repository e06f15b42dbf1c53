package kr.academy.sqsra;

import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkEvent;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Timer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAResource;

/** Container stand-ins: a thread-per-work WorkManager and a scriptable endpoint factory. */
final class Fakes {

  private Fakes() {}

  static final String WORK_THREAD_PREFIX = "fake-wm-";

  /** Runs every Work on a new thread of its own, so a test can see whether the loops ended. */
  static final class ThreadWorkManager implements WorkManager {
    private final AtomicInteger counter = new AtomicInteger();
    final List<Thread> threads = new CopyOnWriteArrayList<>();
    final AtomicInteger running = new AtomicInteger();

    @Override
    public void doWork(Work work) {
      work.run();
    }

    @Override
    public void doWork(Work work, long startTimeout, ExecutionContext ec, WorkListener l) {
      work.run();
    }

    @Override
    public long startWork(Work work) {
      scheduleWork(work);
      return 0;
    }

    @Override
    public long startWork(Work work, long startTimeout, ExecutionContext ec, WorkListener l) {
      scheduleWork(work, startTimeout, ec, l);
      return 0;
    }

    @Override
    public void scheduleWork(Work work) {
      scheduleWork(work, INDEFINITE, null, null);
    }

    @Override
    public void scheduleWork(Work work, long startTimeout, ExecutionContext ec, WorkListener l) {
      Thread t =
          new Thread(
              () -> {
                running.incrementAndGet();
                try {
                  work.run();
                } finally {
                  running.decrementAndGet();
                  if (l != null) {
                    l.workCompleted(new WorkEvent(this, WorkEvent.WORK_COMPLETED, work, null));
                  }
                }
              },
              WORK_THREAD_PREFIX + counter.incrementAndGet());
      t.setDaemon(true);
      threads.add(t);
      if (l != null) {
        l.workAccepted(new WorkEvent(this, WorkEvent.WORK_ACCEPTED, work, null));
      }
      t.start();
    }
  }

  /** A TransactionSynchronizationRegistry whose rollback-only flag a test sets. */
  static final class FakeRegistry implements TransactionSynchronizationRegistry {
    volatile boolean rollbackOnly;

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {}

    @Override
    public int getTransactionStatus() {
      return jakarta.transaction.Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
      return rollbackOnly;
    }
  }

  static final class Context implements BootstrapContext {
    final ThreadWorkManager workManager = new ThreadWorkManager();
    final TransactionSynchronizationRegistry registry;

    Context(TransactionSynchronizationRegistry registry) {
      this.registry = registry;
    }

    @Override
    public WorkManager getWorkManager() {
      return workManager;
    }

    @Override
    public XATerminator getXATerminator() {
      return null;
    }

    @Override
    public Timer createTimer() {
      return new Timer(true);
    }

    @Override
    public boolean isContextSupported(Class<? extends WorkContext> workContextClass) {
      return false;
    }

    @Override
    public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
      return registry;
    }
  }

  /** What a delivery does: onMessage's body. */
  interface Listener {
    void onMessage(Message m) throws Exception;
  }

  /** Runs between onMessage and afterDelivery's return (a simulated commit). */
  interface Commit {
    void commit(Message m) throws ResourceException;
  }

  static final class EndpointFactory implements MessageEndpointFactory {
    final Listener listener;
    final Commit commit;
    final boolean transacted;
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger released = new AtomicInteger();
    final AtomicInteger before = new AtomicInteger();
    final AtomicInteger after = new AtomicInteger();

    EndpointFactory(Listener listener, Commit commit, boolean transacted) {
      this.listener = listener;
      this.commit = commit;
      this.transacted = transacted;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource) {
      created.incrementAndGet();
      return new Endpoint();
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
      return createEndpoint(xaResource);
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
      return transacted;
    }

    @Override
    public String getActivationName() {
      return "test";
    }

    @Override
    public Class<?> getEndpointClass() {
      return Endpoint.class;
    }

    final class Endpoint implements MessageEndpoint, MessageListener {
      private Message last;

      @Override
      public void onMessage(Message message) {
        last = message;
        try {
          listener.onMessage(message);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      }

      @Override
      public void beforeDelivery(Method method) {
        before.incrementAndGet();
      }

      @Override
      public void afterDelivery() throws ResourceException {
        after.incrementAndGet();
        if (commit != null) {
          commit.commit(last);
        }
      }

      @Override
      public void release() {
        released.incrementAndGet();
      }
    }
  }
}
