package dev.schedlab.app.run;

import dev.schedlab.app.cli.UserError;
import dev.schedlab.app.io.AtomicFile;
import dev.schedlab.model.profile.StackProfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code run --profile FILE}: the simulated CPU profile as folded stacks ({@code a;b;c ns} lines,
 * the input of flamegraph.pl, speedscope and inferno), written beside FILE and moved into place so
 * a failed run never leaves half a file.
 */
final class FoldedProfileFile {
    private FoldedProfileFile() {}

    static void write(Path file, StackProfile profile) {
        try {
            AtomicFile.write(file, profile.folded().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError("cannot write the profile " + file + ": " + AtomicFile.reason(e, AtomicFile.folderOf(file)), e);
        }
    }
}
