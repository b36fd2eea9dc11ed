package dev.storyprint.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of docs/architecture.md, checked on the compiled main classes of every module (this
 * module depends on all of them): a wrong import fails the build, whoever writes it.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.storyprint");
    }

    @Test
    void theEngineIsPureJava() {
        noClasses().that().resideInAPackage("dev.storyprint.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..",
                        "dev.storyprint.store..", "dev.storyprint.functions..", "dev.storyprint.local..",
                        "dev.storyprint.bench..")
                .check(classes);
    }

    @Test
    void storagePortsAndServicesKnowNoAwsClass() {
        noClasses().that().resideInAPackage("dev.storyprint.store..").and().resideOutsideOfPackage("dev.storyprint.store.aws..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(classes);
    }

    @Test
    void storageDependsOnNothingOutward() {
        noClasses().that().resideInAPackage("dev.storyprint.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.storyprint.functions..", "dev.storyprint.local..",
                        "dev.storyprint.bench..")
                .check(classes);
    }

    @Test
    void functionsDependOnlyInward() {
        for (String f : new String[] {"fingerprint", "match", "api"}) {
            noClasses().that().resideInAPackage("dev.storyprint.functions." + f + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("dev.storyprint.local..", "dev.storyprint.bench..")
                    .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "another function's classes", c -> c.getPackageName().startsWith("dev.storyprint.functions.")
                                    && !c.getPackageName().startsWith("dev.storyprint.functions." + f)))
                    .check(classes);
        }
    }

    @Test
    void theLocalStackIsNotADependencyOfAnythingButTheBench() {
        noClasses().that().resideOutsideOfPackages("dev.storyprint.local..", "dev.storyprint.bench..")
                .should().dependOnClassesThat().resideInAPackage("dev.storyprint.local..")
                .check(classes);
    }
}
