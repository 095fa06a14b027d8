package com.tandem.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.graph.errors.GraphException;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses CLIENT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("com.tandem.graph");

  @Test
  void theClientIsPlainJavaWithoutSpringOrTheEmulator() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "com.tandem.emulator..", "org.slf4j..")
        .check(CLIENT);
  }

  @Test
  void nothingSleepsOrWaitsOnThrottling() {
    noClasses().should().callMethod(Thread.class, "sleep", long.class).check(CLIENT);
  }

  @Test
  void everyFailureIsAGraphException() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Exception")
        .should()
        .beAssignableTo(GraphException.class)
        .check(CLIENT);
  }

  @Test
  void httpAndJsonMachineryStaysInternal() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Graph")
        .and()
        .haveSimpleNameNotEndingWith("Exception")
        .and()
        .doNotHaveSimpleName("GraphClient")
        .and()
        .doNotHaveSimpleName("GraphEndpoints")
        .and()
        .doNotHaveSimpleName("GraphError")
        .and()
        .areTopLevelClasses()
        .should()
        .notBePublic()
        .check(CLIENT);
  }

  @Test
  void noPackageHoldsMoreThan35Types() {
    Map<String, Long> perPackage =
        CLIENT.stream()
            .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
            .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));
    assertThat(perPackage)
        .isNotEmpty()
        .allSatisfy((name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(35));
  }
}
