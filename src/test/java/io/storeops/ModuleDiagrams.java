package io.storeops;

import java.nio.file.Path;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams (PlantUML: all modules, each module, and a canvas per module) on demand, into
 * {@code docs/modules} unless another folder is given:
 * {@code ./mvnw -q -DskipWeb=true test-compile exec:java -Dexec.mainClass=io.storeops.ModuleDiagrams
 * -Dexec.classpathScope=test}.
 */
public final class ModuleDiagrams {

    private ModuleDiagrams() {}

    public static void main(String[] args) {
        Path folder = write(ModularityTests.MODULES, Path.of(args.length > 0 ? args[0] : "docs/modules"));
        System.out.println("Module diagrams written to " + folder.toAbsolutePath());
    }

    static Path write(ApplicationModules modules, Path folder) {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        return folder;
    }
}
