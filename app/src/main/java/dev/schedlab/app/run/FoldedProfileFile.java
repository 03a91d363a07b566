package dev.schedlab.app.run;

import dev.schedlab.app.cli.UserError;
import dev.schedlab.model.profile.StackProfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code run --profile FILE}: the simulated CPU profile as folded stacks ({@code a;b;c ns} lines,
 * the input of flamegraph.pl, speedscope and inferno), written beside FILE and moved into place so
 * a failed run never leaves half a file.
 */
final class FoldedProfileFile {
    private FoldedProfileFile() {}

    static void write(Path file, StackProfile profile) {
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, profile.folded(), StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new UserError("cannot write the profile " + file + ": " + e.getMessage(), e);
        }
    }
}
