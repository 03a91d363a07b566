package dev.schedlab.app.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the target's folder, which
 * then replaces the target in one move. A failure (unwritable folder, full disk) removes the
 * temporary file and leaves the target as it was.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** The folder a file would be written into, checked now: an export should fail before it computes. */
    public static Path checkedFolder(Path target) {
        Path folder = folderOf(target);
        if (!Files.isDirectory(folder)) throw new ExportFailure("cannot write " + target + ": no folder " + folder);
        if (!Files.isWritable(folder)) throw new ExportFailure("cannot write " + target + ": folder " + folder + " is not writable");
        if (Files.isDirectory(target)) throw new ExportFailure("cannot write " + target + ": it is a folder");
        return folder;
    }

    public static void write(Path target, byte[] bytes) {
        Path folder = checkedFolder(target);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
            Files.write(temp, bytes);
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new ExportFailure("cannot write " + target + ": " + reason(e, folder), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Nothing more to do: the target was not touched.
                }
            }
        }
    }

    /** A temporary file is created private (rw-------); a picture is meant to be shared like any other file. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static Path folderOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }

    /** The reason without Java's exception names: "disk full", "permission denied". */
    private static String reason(IOException e, Path folder) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no file can be made in " + folder;
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
