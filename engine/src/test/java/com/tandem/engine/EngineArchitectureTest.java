package com.tandem.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays pure: plain Java, no I/O, no frameworks, time only from a Clock. */
class EngineArchitectureTest {

  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.tandem.engine");

  @Test
  void engineDependsOnNothingButTheJdkAndItself() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.tandem.engine..")
        .check(ENGINE);
  }

  @Test
  void engineDoesNoInputOrOutput() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..", "java.util.logging..")
        .orShould()
        .dependOnClassesThat()
        .haveNameMatching("java\\.io\\.(File|.*Stream|.*Reader|.*Writer).*")
        .check(ENGINE);
  }

  @Test
  void engineNeverReadsTheSystemClock() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .check(ENGINE);
  }

  @Test
  void reconciliationKnowsNoKindOfItem() {
    noClasses()
        .that()
        .resideInAPackage("com.tandem.engine.reconcile..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.tandem.engine.calendar..",
            "com.tandem.engine.tasks..",
            "com.tandem.engine.fields..")
        .check(ENGINE);
  }

  @Test
  void calendarAndTasksStayApart() {
    noClasses()
        .that()
        .resideInAPackage("com.tandem.engine.calendar..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.tandem.engine.tasks..")
        .check(ENGINE);
    noClasses()
        .that()
        .resideInAPackage("com.tandem.engine.tasks..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.tandem.engine.calendar..")
        .check(ENGINE);
  }
}
