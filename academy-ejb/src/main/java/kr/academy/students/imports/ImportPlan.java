package kr.academy.students.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one chunk changes, decided from its lines and the students found under their keys: an active
 * match is updated when something differs (else left unchanged); a removed match is restored (the
 * most recently removed one, if the key was removed several times); no match is created.
 */
public final class ImportPlan {

  private final List<StudentWrite> creates = new ArrayList<>();
  private final List<StudentWrite> updates = new ArrayList<>();
  private final List<StudentWrite> restores = new ArrayList<>();
  private final Map<String, String> accounts = new LinkedHashMap<>();
  private int unchanged;

  private ImportPlan() {}

  public static ImportPlan of(List<ImportLine> lines, List<ExistingStudent> found) {
    Map<StudentKey, ExistingStudent> active = new HashMap<>();
    Map<StudentKey, ExistingStudent> removed = new HashMap<>();
    found.stream()
        .sorted(
            Comparator.comparing(
                ExistingStudent::deletedAt, Comparator.nullsFirst(Comparator.reverseOrder())))
        .forEach(s -> (s.isDeleted() ? removed : active).putIfAbsent(s.key(), s));
    ImportPlan plan = new ImportPlan();
    for (ImportLine line : lines) {
      ExistingStudent match = active.get(line.key());
      if (match != null) {
        if (line.changes(match)) {
          plan.updates.add(line.appliedTo(match));
        } else {
          plan.unchanged++;
        }
      } else if ((match = removed.get(line.key())) != null) {
        plan.restores.add(line.appliedTo(match));
      } else {
        plan.creates.add(line.asNew());
      }
      if (line.phone() != null) {
        plan.accounts.putIfAbsent(line.phone(), line.key().name());
      }
    }
    return plan;
  }

  public List<StudentWrite> creates() {
    return creates;
  }

  public List<StudentWrite> updates() {
    return updates;
  }

  public List<StudentWrite> restores() {
    return restores;
  }

  /**
   * Student phones of the chunk and the name to give a new login: each gets an {@code app_user} and
   * a STUDENT membership unless it has them.
   */
  public Map<String, String> accounts() {
    return accounts;
  }

  public ImportCounts counts() {
    return new ImportCounts(creates.size(), updates.size(), restores.size(), unchanged, 0);
  }
}
