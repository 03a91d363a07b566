package dev.schedlab.app.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The window's look: AtlantaFX's Primer theme, light (the default: it projects best) or dark. */
final class Theme {
    private boolean dark;

    Theme(boolean dark) { setDark(dark); }

    boolean isDark() { return dark; }

    void setDark(boolean dark) {
        this.dark = dark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
