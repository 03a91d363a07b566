package dev.schedlab.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An export's file, written whole or not at all ({@link dev.schedlab.app.io.AtomicFile}), with its failures as one-line messages. */
public final class AtomicFile {
    private AtomicFile() {}

    /** The folder a file would be written into, checked now: an export should fail before it computes. */
    public static Path checkedFolder(Path target) {
        Path folder = dev.schedlab.app.io.AtomicFile.folderOf(target);
        if (!Files.isDirectory(folder)) throw new ExportFailure("cannot write " + target + ": no folder " + folder);
        if (!Files.isWritable(folder)) throw new ExportFailure("cannot write " + target + ": folder " + folder + " is not writable");
        if (Files.isDirectory(target)) throw new ExportFailure("cannot write " + target + ": it is a folder");
        return folder;
    }

    public static void write(Path target, byte[] bytes) {
        Path folder = checkedFolder(target);
        try {
            dev.schedlab.app.io.AtomicFile.write(target, bytes);
        } catch (IOException e) {
            throw new ExportFailure("cannot write " + target + ": " + dev.schedlab.app.io.AtomicFile.reason(e, folder), e);
        }
    }
}
