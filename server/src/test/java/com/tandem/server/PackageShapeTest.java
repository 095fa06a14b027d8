package com.tandem.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.server.shapeoffenders.crowded.First;
import com.tandem.server.shapeoffenders.crowded.Second;
import com.tandem.server.shapeoffenders.loop.Ping;
import com.tandem.server.shapeoffenders.loop.back.Pong;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder tree is the architecture (issue 12): packages that import each other in a circle, a
 * package too big to take in at a glance, a class too long to read in one sitting or a constructor
 * with a crowd of parameters each fail the build. Each rule is also shown failing on a planted
 * offender, so that it is known to be able to fail.
 */
class PackageShapeTest {

  static final int MAX_FILES_PER_PACKAGE = 35;
  static final int MAX_LINES_PER_CLASS = 350;
  static final int MAX_CONSTRUCTOR_PARAMETERS = 7;

  static JavaClasses server;

  @BeforeAll
  static void importServer() {
    server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tandem.server");
  }

  /** No circle of imports between the server's packages, a sub-package counting as its own. */
  static final ArchRule packagesFormNoCircle =
      slices()
          .matching("com.tandem.server.(**)")
          .should()
          .beFreeOfCycles()
          .because("a package may use the ones below it only, so that each can be read alone");

  @Test
  void packagesFormNoCircle() {
    packagesFormNoCircle.check(server);
  }

  @Test
  void aCircleOfPackagesIsCaught() {
    JavaClasses offender = new ClassFileImporter().importClasses(Ping.class, Pong.class);
    assertThatThrownBy(() -> packagesFormNoCircle.check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shapeoffenders.loop");
  }

  /** Only Spring and the resources themselves know which resources there are. */
  static final ArchRule resourcesArePluggedIn =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "com.tandem.server.sync.calendar..", "com.tandem.server.sync.tasks..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.tandem.server.sync.calendar..", "com.tandem.server.sync.tasks..")
          .because(
              "the run, the scheduler, the pages and the API work through sync.resource, so that"
                  + " a new resource is a new package");

  @Test
  void resourcesArePluggedIn() {
    resourcesArePluggedIn.check(server);
  }

  @Test
  void aClassNamingAResourceIsCaught() {
    JavaClasses offender = new ClassFileImporter().importClasses(NamesAResource.class);
    assertThatThrownBy(() -> resourcesArePluggedIn.check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("sync.calendar.EventConversion");
  }

  /** A run's steps below the scheduler never reach up to it or to the web layer. */
  static final ArchRule theRunDoesNotReachUp =
      noClasses()
          .that()
          .resideInAnyPackage(
              "com.tandem.server.sync",
              "com.tandem.server.sync.run..",
              "com.tandem.server.sync.store..",
              "com.tandem.server.sync.resource..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.tandem.server.sync.schedule..", "com.tandem.server.sync.web..")
          .because("a run is the same whether the scheduler, Sync now or a test starts it");

  @Test
  void theRunDoesNotReachUp() {
    theRunDoesNotReachUp.check(server);
  }

  @Test
  void aRunStepThatSchedulesIsCaught() throws ClassNotFoundException {
    JavaClasses offender =
        new ClassFileImporter()
            .importClasses(Class.forName("com.tandem.server.sync.run.ReachesUpOffender"));
    assertThatThrownBy(() -> theRunDoesNotReachUp.check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("sync.schedule");
  }

  /** A package holds at most {@code limit} source files (top-level types). */
  static ArchRule packagesOfAtMost(int limit) {
    return all(new AbstractClassesTransformer<JavaPackage>("packages") {
          @Override
          public Iterable<JavaPackage> doTransform(JavaClasses classes) {
            return classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getPackage)
                .distinct()
                .toList();
          }
        })
        .should(
            new ArchCondition<>("hold at most " + limit + " source files") {
              @Override
              public void check(JavaPackage pkg, ConditionEvents events) {
                long files =
                    pkg.getClasses().stream()
                        .filter(c -> c.isTopLevelClass() && !c.isArray())
                        .filter(c -> !c.getSimpleName().equals("package-info"))
                        .count();
                if (files > limit) {
                  events.add(
                      SimpleConditionEvent.violated(
                          pkg, pkg.getName() + " holds " + files + " source files"));
                }
              }
            })
        .because("a newcomer takes a package in at a glance; a bigger one has parts to name");
  }

  @Test
  void noPackageHoldsMoreThan35Files() {
    packagesOfAtMost(MAX_FILES_PER_PACKAGE).check(server);
  }

  @Test
  void aCrowdedPackageIsCaught() {
    JavaClasses offender = new ClassFileImporter().importClasses(First.class, Second.class);
    assertThatThrownBy(() -> packagesOfAtMost(1).check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shapeoffenders.crowded holds 2 source files");
  }

  /**
   * No constructor takes more than {@code limit} parameters. A record's canonical constructor is
   * its list of fields and is left out; the parameters javac adds (an enum's name and ordinal, an
   * inner class's outer instance) are not counted.
   */
  static ArchRule constructorsOfAtMost(int limit) {
    return constructors()
        .that()
        .areDeclaredInClassesThat(
            new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are not records") {
              @Override
              public boolean test(JavaClass c) {
                return !c.isRecord();
              }
            })
        .should(
            new ArchCondition<>("take at most " + limit + " parameters") {
              @Override
              public void check(JavaConstructor constructor, ConditionEvents events) {
                int count = declaredParameters(constructor);
                if (count > limit) {
                  events.add(
                      SimpleConditionEvent.violated(
                          constructor,
                          constructor.getFullName() + " takes " + count + " parameters"));
                }
              }
            })
        .because("what many collaborators share is one value, not a row of arguments");
  }

  static int declaredParameters(JavaConstructor constructor) {
    JavaClass owner = constructor.getOwner();
    int count = constructor.getRawParameterTypes().size();
    if (owner.isEnum()) {
      count -= 2;
    }
    if (owner.isInnerClass() && !owner.getModifiers().contains(JavaModifier.STATIC)) {
      count -= 1;
    }
    return count;
  }

  @Test
  void noConstructorTakesMoreThan7Parameters() {
    constructorsOfAtMost(MAX_CONSTRUCTOR_PARAMETERS).check(server);
  }

  @Test
  void aConstructorWithEightParametersIsCaught() {
    JavaClasses offender = new ClassFileImporter().importClasses(EightParameters.class);
    assertThatThrownBy(() -> constructorsOfAtMost(MAX_CONSTRUCTOR_PARAMETERS).check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("takes 8 parameters");
  }

  @Test
  void aRecordOrAnEnumIsNotCountedOverItsDeclaredParameters() {
    JavaClasses values =
        new ClassFileImporter().importClasses(EightComponents.class, SevenParameterEnum.class);
    constructorsOfAtMost(MAX_CONSTRUCTOR_PARAMETERS).check(values);
  }

  /** The main source files, of every module, longer than {@code limit} lines. */
  static List<String> longerThan(Path root, int limit) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
          .filter(
              p ->
                  !p.toString()
                      .contains(java.io.File.separator + "target" + java.io.File.separator))
          .filter(p -> lines(p) > limit)
          .sorted(Comparator.naturalOrder())
          .map(p -> root.relativize(p) + " has " + lines(p) + " lines")
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noMainClassOfAnyModuleIsLongerThan350Lines() {
    Path project = Path.of("").toAbsolutePath().getParent();
    assertThat(project.resolve("server/src/main/java")).isDirectory();
    assertThat(longerThan(project, MAX_LINES_PER_CLASS)).isEmpty();
  }

  @Test
  void aLongClassIsCaught(@TempDir Path project) throws IOException {
    Path source = project.resolve("module/src/main/java/Long.java");
    Files.createDirectories(source.getParent());
    Files.write(source, IntStream.rangeClosed(1, 351).mapToObj(i -> "// line " + i).toList());
    Files.write(
        project.resolve("module/src/main/java/Short.java"),
        IntStream.rangeClosed(1, 350).mapToObj(i -> "// line " + i).toList());
    assertThat(longerThan(project, MAX_LINES_PER_CLASS))
        .containsExactly(Path.of("module/src/main/java/Long.java") + " has 351 lines");
  }

  /** Names a resource's class instead of going through the contract, on purpose. */
  static class NamesAResource {
    Class<?> resource() {
      return com.tandem.server.sync.calendar.EventConversion.class;
    }
  }

  /** Takes one parameter too many, on purpose. */
  static class EightParameters {
    EightParameters(int a, int b, int c, int d, int e, int f, int g, int h) {}
  }

  /** A value of eight fields: its canonical constructor is not counted. */
  record EightComponents(int a, int b, int c, int d, int e, int f, int g, int h) {}

  /** Seven declared parameters, nine in the byte code. */
  enum SevenParameterEnum {
    ONLY(1, 2, 3, 4, 5, 6, 7);

    SevenParameterEnum(int a, int b, int c, int d, int e, int f, int g) {}
  }
}
