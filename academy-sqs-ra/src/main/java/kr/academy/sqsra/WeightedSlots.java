package kr.academy.sqsra;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A hard bound of {@code slots} concurrent holders shared by several members, granted in weighted
 * order (stride scheduling) among the members that are waiting.
 *
 * <ul>
 *   <li><b>Bound</b>: never more than {@code slots} grants held at once, whatever the members.
 *   <li><b>Work-conserving</b>: a free slot goes to any member with a waiter; a member with nobody
 *       waiting is skipped, so one member alone can hold every slot.
 *   <li><b>Weighted</b>: each grant goes to the waiting member with the lowest <i>pass</i>, which
 *       then advances by {@code STRIDE / weight}; members that wait all the time are served in
 *       proportion to their weights (3 and 1: three grants to one for every one to the other).
 *   <li><b>No banked credit</b>: a member that says it is {@link Member#idle() idle} (its queue was
 *       empty) and a member that joins start again at the current virtual time, so a queue idle for
 *       an hour does not then take every slot for a while; a member that only missed a few grants
 *       for want of a waiter (its consumers were between receives) catches up, by at most {@code
 *       slots} grants of weight 1, so it is neither starved nor able to starve the others.
 * </ul>
 *
 * <p>The decision is made under one lock when a slot is freed or a waiter arrives, not by which
 * thread wakes first, so the order of grants is deterministic for a given order of requests.
 */
final class WeightedSlots {

  /**
   * Pass advance of a weight-1 grant; large so that integer strides of heavier weights stay exact.
   */
  static final long STRIDE = 1L << 24;

  /** Passes are shifted down by the virtual time once it passes this, so they never overflow. */
  private static final long REBASE_AT = 1L << 50;

  private final int slots;
  private final long maxCredit;
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Member> members = new ArrayList<>();
  private int free;
  private long virtualTime;

  WeightedSlots(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be at least 1: " + slots);
    }
    this.slots = slots;
    this.free = slots;
    this.maxCredit = slots * STRIDE;
  }

  int slots() {
    return slots;
  }

  /** Slots held right now, by every member together. */
  int inUse() {
    lock.lock();
    try {
      return slots - free;
    } finally {
      lock.unlock();
    }
  }

  /** A new member of the given weight (1 or more), starting at the current virtual time. */
  Member join(String name, int weight) {
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be at least 1: " + weight);
    }
    lock.lock();
    try {
      Member m = new Member(name, weight);
      members.add(m);
      return m;
    } finally {
      lock.unlock();
    }
  }

  /** Members that have not left. */
  int members() {
    lock.lock();
    try {
      return members.size();
    } finally {
      lock.unlock();
    }
  }

  /** Grants every free slot to waiting members, lowest pass first. Holds the lock. */
  private void dispatch() {
    while (free > 0) {
      Member next = null;
      for (Member m : members) {
        if (m.waiting > m.granted && (next == null || m.before(next))) {
          next = m;
        }
      }
      if (next == null) {
        return;
      }
      free--;
      next.granted++;
      next.grants++;
      virtualTime = next.pass;
      next.pass += next.stride;
      for (Member m : members) {
        m.pass = Math.max(m.pass, virtualTime - maxCredit);
      }
      if (virtualTime > REBASE_AT) {
        for (Member m : members) {
          m.pass -= virtualTime;
        }
        virtualTime = 0;
      }
      next.ready.signal();
    }
  }

  /**
   * One participant (one queue's consumers): its waiters, its grants and its place in the order.
   */
  final class Member {
    private final String name;
    private final int weight;
    private final long stride;
    private final Condition ready = lock.newCondition();
    private long pass;
    private int waiting;
    private int granted;
    private int held;
    private long grants;
    private boolean idle;
    private boolean closed;

    private Member(String name, int weight) {
      this.name = name;
      this.weight = weight;
      this.stride = STRIDE / weight;
      this.pass = virtualTime;
    }

    /** Ordered by pass; on a tie the heavier weight first, then the earlier member. */
    private boolean before(Member other) {
      if (pass != other.pass) {
        return pass < other.pass;
      }
      return weight > other.weight;
    }

    /**
     * Waits for a slot; true once granted (pair it with {@link #release()}), false when the member
     * was closed before one was granted.
     */
    boolean acquire() throws InterruptedException {
      lock.lock();
      try {
        if (closed) {
          return false;
        }
        if (idle) {
          idle = false;
          pass = Math.max(pass, virtualTime);
        }
        waiting++;
        boolean got = false;
        try {
          dispatch();
          while (granted == 0 && !closed) {
            ready.await();
          }
          got = granted > 0 && !closed;
        } finally {
          waiting--;
          if (got) {
            granted--;
            held++;
          } else if (granted > waiting) {
            // A grant made for a waiter that left (closed, interrupted) goes back to the pool.
            free += granted - waiting;
            granted = waiting;
            dispatch();
          }
        }
        return got;
      } finally {
        lock.unlock();
      }
    }

    /** Gives back a slot obtained from {@link #acquire()}. */
    void release() {
      lock.lock();
      try {
        if (held == 0) {
          throw new IllegalStateException(name + " holds no slot");
        }
        held--;
        free++;
        dispatch();
      } finally {
        lock.unlock();
      }
    }

    /**
     * Says the member found nothing to do (an empty receive): when it next asks for a slot it
     * starts at the current virtual time instead of catching up on what it missed.
     */
    void idle() {
      lock.lock();
      try {
        idle = true;
      } finally {
        lock.unlock();
      }
    }

    /**
     * Leaves the group: waiters return false at once and later acquires too. Slots still held stay
     * counted until they are released, since their deliveries still run.
     */
    void close() {
      lock.lock();
      try {
        if (!closed) {
          closed = true;
          members.remove(this);
          ready.signalAll();
        }
      } finally {
        lock.unlock();
      }
    }

    /** Slots granted to this member since it joined. */
    long grants() {
      lock.lock();
      try {
        return grants;
      } finally {
        lock.unlock();
      }
    }

    /** Slots this member holds now. */
    int held() {
      lock.lock();
      try {
        return held;
      } finally {
        lock.unlock();
      }
    }

    @Override
    public String toString() {
      return name + " (weight " + weight + ")";
    }
  }
}
