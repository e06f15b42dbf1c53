package kr.academy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Workers only wire: a message-driven bean names its queue and hands the message on, a processor
 * reads its job's input and calls one use case of {@code academy-ejb}. The workflows themselves are
 * plain classes there, unit-tested with in-memory fakes.
 */
class WorkersTest {

  private static final String PROCESSOR = "kr.academy.workers.JobProcessor";

  @Test
  void messageDrivenBeansHoldNoLogic() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith("jakarta.ejb.MessageDriven")
        .and()
        .doNotHaveModifier(JavaModifier.SYNTHETIC)
        .should(notExist("a message-driven bean only names its queue"))
        .allowEmptyShould(true)
        .check(Modules.classes(Modules.WORKERS));
  }

  @Test
  void processorsHaveNoMethodsBesideTypeAndProcess() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .implement(PROCESSOR)
        .and()
        .haveNameNotMatching("type|process")
        .and()
        .doNotHaveModifier(JavaModifier.SYNTHETIC)
        .should(notExist("a processor reads its input and calls a use case of academy-ejb"))
        .allowEmptyShould(true)
        .check(Modules.classes(Modules.WORKERS));
  }

  @Test
  void processorsHaveNoNestedClasses() {
    classes()
        .that()
        .areNestedClasses()
        .should(
            new ArchCondition<JavaClass>("not be nested in a processor") {
              @Override
              public void check(JavaClass nested, ConditionEvents events) {
                nested
                    .getEnclosingClass()
                    .filter(outer -> outer.isAssignableTo(PROCESSOR))
                    .ifPresent(
                        outer ->
                            events.add(
                                SimpleConditionEvent.violated(
                                    nested,
                                    nested.getName()
                                        + " is nested in a processor: the workflow belongs in a"
                                        + " use case of academy-ejb")));
              }
            })
        .allowEmptyShould(true)
        .check(Modules.classes(Modules.WORKERS));
  }

  private static <T extends HasName> ArchCondition<T> notExist(String why) {
    return new ArchCondition<>("not exist (" + why + ")") {
      @Override
      public void check(T item, ConditionEvents events) {
        events.add(SimpleConditionEvent.violated(item, item.getName() + ": " + why));
      }
    };
  }
}
