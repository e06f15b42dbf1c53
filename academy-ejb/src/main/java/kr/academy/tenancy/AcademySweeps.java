package kr.academy.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link AcademySweep} on its own interval timer, in every process: a pass lists the due
 * items of all academies and handles each in its own academy's context, so one academy's failure is
 * logged and skipped, never a stop for the others. The state lives in the database and the item's
 * row lock keeps processes apart, so a restart loses nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AcademySweeps {

  private static final Logger LOG = Logger.getLogger(AcademySweeps.class.getName());
  static final int MAX_PER_PASS = 200;

  private final Map<String, AcademySweep> byName = new HashMap<>();

  @Resource TimerService timers;
  @Inject @Any Instance<AcademySweep> sweeps;
  @Inject DueItems dueItems;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  @PostConstruct
  void start() {
    for (AcademySweep sweep : sweeps) {
      byName.put(sweep.name(), sweep);
      long interval = sweep.interval().toMillis();
      timers.createIntervalTimer(interval, interval, new TimerConfig(sweep.name(), false));
    }
  }

  @Timeout
  void onTimer(Timer timer) {
    AcademySweep sweep = byName.get((String) timer.getInfo());
    try {
      run(sweep);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, sweep.name() + " pass failed; the next pass retries", e);
    }
  }

  /** One pass of {@code sweep}; returns how many due items it handled or tried to. */
  int run(AcademySweep sweep) {
    var due = dueItems.find(sweep.dueItemsFunction(), clock.instant(), MAX_PER_PASS);
    for (DueItems.DueItem item : due) {
      try {
        tenant.callAs(
            item.tenant(),
            () -> {
              sweep.handle(item.id());
              return null;
            });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, sweep.name() + " could not handle " + item.id(), e);
      }
    }
    return due.size();
  }
}
