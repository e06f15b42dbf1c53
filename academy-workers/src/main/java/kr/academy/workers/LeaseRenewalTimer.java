package kr.academy.workers;

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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.academy.jobs.JobSettings;

/**
 * Renews the leases of the attempts this process runs ({@link JobLeases}) every {@code
 * academy.jobs.lease-renew-interval}. Each renewal is a transaction of its own, for its job's
 * academy.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaseRenewalTimer {

  @Resource TimerService timers;
  @Inject JobLeases leases;
  @Inject JobSettings settings;

  @PostConstruct
  void start() {
    long interval = settings.leaseRenewInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("job-lease-renewal", false));
  }

  @Timeout
  void onTimer(Timer timer) {
    leases.renewAll();
  }
}
