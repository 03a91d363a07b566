package dev.schedlab.app.cli;

/** A problem the user can fix (bad input, unwritable file): reported as one line, exit status 2. */
public final class UserError extends RuntimeException {
    public UserError(String message) { super(message, null, false, false); }

    public UserError(String message, Throwable cause) { super(message, cause, false, false); }
}
