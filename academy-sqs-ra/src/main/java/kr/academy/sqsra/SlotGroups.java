package kr.academy.sqsra;

import java.util.HashMap;
import java.util.Map;

/**
 * The adapter's named slot pools: activations whose specs name the same {@code slotGroup} share one
 * {@link WeightedSlots}, so their deliveries together never exceed the group's size.
 */
final class SlotGroups {

  private final Map<String, WeightedSlots> groups = new HashMap<>();

  /**
   * Joins {@code group} as {@code member} with {@code weight}, creating the group with {@code size}
   * slots if it does not exist (or no longer has members nor slots in use).
   *
   * @throws IllegalArgumentException when the group exists with another size: two specs naming one
   *     group must agree on its bound, or neither bound would hold.
   */
  synchronized WeightedSlots.Member join(String group, int size, String member, int weight) {
    WeightedSlots slots = groups.get(group);
    if (slots == null || (slots.members() == 0 && slots.inUse() == 0)) {
      slots = new WeightedSlots(size);
      groups.put(group, slots);
    } else if (slots.slots() != size) {
      throw new IllegalArgumentException(
          "slot group "
              + group
              + " has "
              + slots.slots()
              + " slots; "
              + member
              + " asks for "
              + size);
    }
    return slots.join(member, weight);
  }

  /** The group's pool, or null; for tests and diagnostics. */
  synchronized WeightedSlots group(String group) {
    return groups.get(group);
  }
}
