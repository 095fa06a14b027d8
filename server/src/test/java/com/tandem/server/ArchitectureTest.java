package com.tandem.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The server's shape (STYLE.md) as rules that fail the build when broken. */
class ArchitectureTest {

  static JavaClasses server;

  @BeforeAll
  static void importServer() {
    server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tandem.server");
  }

  static final ArchRule controllersArePackagePrivate =
      classes()
          .that()
          .areAnnotatedWith(Controller.class)
          .or()
          .areAnnotatedWith(RestController.class)
          .should()
          .notHaveModifier(JavaModifier.PUBLIC)
          .because("a controller is an entry point, not an API for other packages");

  static final ArchRule controllersLeaveTheEngineAndTheEmulatorToServices =
      noClasses()
          .that()
          .areAnnotatedWith(Controller.class)
          .or()
          .areAnnotatedWith(RestController.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.tandem.engine..", "com.tandem.emulator..")
          .because("the engine decides and services act; pages and the API only call services");

  static final ArchRule theDirectoryDependsOnNoOtherFeature =
      noClasses()
          .that()
          .resideInAPackage("com.tandem.server.directory..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.tandem.server.settings..",
              "com.tandem.server.account..",
              "com.tandem.server.activity..",
              "com.tandem.server.sync..")
          .because("every feature builds on the directory, so it may not build on them");

  static final ArchRule timeComesFromTheInjectedClock =
      noClasses()
          .that()
          .resideInAPackage("com.tandem.server..")
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .because("tests move time through the injected java.time.Clock");

  @Test
  void controllersArePackagePrivate() {
    controllersArePackagePrivate.check(server);
  }

  @Test
  void controllersLeaveTheEngineAndTheEmulatorToServices() {
    controllersLeaveTheEngineAndTheEmulatorToServices.check(server);
  }

  @Test
  void theDirectoryDependsOnNoOtherFeature() {
    theDirectoryDependsOnNoOtherFeature.check(server);
  }

  @Test
  void timeComesFromTheInjectedClock() {
    timeComesFromTheInjectedClock.check(server);
  }

  @Test
  void theRulesCatchAPublicControllerThatReadsTheSystemTime() {
    JavaClasses offender = new ClassFileImporter().importClasses(OffendingController.class);
    assertThatThrownBy(() -> controllersArePackagePrivate.check(offender))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> timeComesFromTheInjectedClock.check(offender))
        .isInstanceOf(AssertionError.class);
  }

  /** Breaks two rules on purpose, to show that the rules can fail; never a bean (profile). */
  @Controller
  @Profile("architecture-test-offender")
  public static class OffendingController {

    @GetMapping("/never-mapped")
    String now() {
      return Instant.now() + " " + Clock.systemUTC();
    }
  }
}
