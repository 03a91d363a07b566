package dev.schedlab.app.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the frames of a sequence go: a numbered pattern, or a folder named files go into. */
class FrameNamesTest {
    @TempDir Path dir;

    @Test void aPatternNumbersTheFrames() {
        FrameNames names = FrameNames.of(dir.resolve("board-%04d.png").toString(), ExportView.BOARD);
        assertThat(names.frame(7)).isEqualTo(dir.resolve("board-0007.png"));
        assertThat(names.frame(12345)).isEqualTo(dir.resolve("board-12345.png"));
    }

    @Test void aFolderGetsFilesNamedAfterTheView() {
        assertThat(FrameNames.of(dir.toString(), ExportView.TIMELINE).frame(3)).isEqualTo(dir.resolve("timeline-0003.png"));
        assertThat(FrameNames.of(dir + "/new/", ExportView.WINDOW).frame(0)).isEqualTo(dir.resolve("new").resolve("window-0000.png"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"frames.png", "frames-%d-%d.png", "frames-%s.png"})
    void aNameWithoutExactlyOneNumberIsRefused(String name) {
        assertThatThrownBy(() -> FrameNames.of(dir.resolve(name).toString(), ExportView.BOARD))
                .isInstanceOf(ExportFailure.class)
                .hasMessageContaining("a frame sequence needs --out FOLDER or a pattern with one number");
    }

    @Test void framesAreOnlyPng() {
        assertThatThrownBy(() -> FrameNames.of(dir.resolve("f-%03d.svg").toString(), ExportView.BOARD))
                .isInstanceOf(ExportFailure.class).hasMessage("frames are written as PNG: name them .png");
    }
}
