package dev.schedlab.model.vm;

import java.util.List;
import java.util.Set;

/**
 * A compiled Go program, ready to run on the model.
 *
 * @param functions   every function; instructions refer to them by index
 * @param globalNames package-level variables, by index (their zero values are set by {@code init})
 * @param init        package initialisation (runs on the main goroutine before {@code main}); may be empty
 * @param main        {@code main.main}
 * @param imports     imported package paths: the runtime models their side effects
 *                    (importing {@code fmt} or {@code os} starts the finalizer goroutine, as in real Go)
 * @param sourceName  the file or folder the program came from, for messages
 */
public record Program(List<Function> functions, List<String> globalNames, Function init, Function main,
                      Set<String> imports, String sourceName) {
    public Program {
        functions = List.copyOf(functions);
        globalNames = List.copyOf(globalNames);
        imports = Set.copyOf(imports);
    }

    public Function function(int index) { return functions.get(index); }
}
