package dev.schedlab.app.export;

/** An export that cannot be made, with the one line that tells the user why (bad size, unwritable folder). */
public final class ExportFailure extends RuntimeException {
    public ExportFailure(String message) { super(message, null, false, false); }

    public ExportFailure(String message, Throwable cause) { super(message, cause, false, false); }
}
