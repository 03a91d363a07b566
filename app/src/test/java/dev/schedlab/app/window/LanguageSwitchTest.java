package dev.schedlab.app.window;

import dev.schedlab.views.board.BoardView;
import dev.schedlab.views.board.BoardViewSkin;
import dev.schedlab.views.timeline.TimelineView;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The language menu relabels the open window at once: toolbar, side panel, status bar, board, library and narration. */
class LanguageSwitchTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @BeforeEach void openTheLab() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SchedLabApp.class);
        waitFor(() -> board().getSnapshot() != null && timeline().getData().endTime() > 0);
        chooseLanguage("en");
    }

    @AfterEach void closeIt() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private BoardView board() { return robot.lookup("#board").queryAs(BoardView.class); }

    private TimelineView timeline() { return robot.lookup("#timeline").queryAs(TimelineView.class); }

    private String text(String query) { return robot.lookup(query).queryAs(Labeled.class).getText(); }

    /** Every label's text in the side panel, in order. */
    private List<String> sidePanelTexts() {
        return robot.lookup(".side-panel .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The toolbar's language menu (the small headless screen may have moved it into the toolbar's overflow). */
    private MenuButton languageMenu() {
        return robot.lookup(".tool-bar").queryAs(ToolBar.class).getItems().stream()
                .filter(n -> "language".equals(n.getId())).map(MenuButton.class::cast).findFirst().orElseThrow();
    }

    private void chooseLanguage(String tag) {
        MenuItem item = languageMenu().getItems().stream().filter(i -> ("language-" + tag).equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test void choosingChineseRelabelsToolbarSidePanelStatusBarAndBoardAtOnceAndEnglishBringsThemBack() throws Exception {
        assertThat(text("#library")).isEqualTo("Library");
        assertThat(text("#machine-lanes")).isEqualTo("M lanes");
        assertThat(languageMenu().getText()).isEqualTo("EN");
        assertThat(robot.lookup("#play").queryAs(Labeled.class).getTooltip().getText()).isEqualTo("Play / pause (Space)");
        assertThat(sidePanelTexts()).contains("Last step", "Keys");
        assertThat(text("#status-threads")).startsWith("threads ");
        String englishLane = ((BoardViewSkin) board().getSkin()).layout().globalQueue().title();

        chooseLanguage("zh-CN");

        assertThat(languageMenu().getText()).isEqualTo("中文");
        assertThat(text("#library")).isEqualTo("场景库");
        assertThat(text("#recent")).isEqualTo("最近打开");
        assertThat(text("#machine-lanes")).isEqualTo("M 泳道");
        Tooltip play = robot.lookup("#play").queryAs(Labeled.class).getTooltip();
        assertThat(play.getText()).isEqualTo("播放 / 暂停（空格）");
        assertThat(sidePanelTexts()).contains("上一步", "快捷键").doesNotContain("Last step", "Keys");
        assertThat(text("#status-threads")).startsWith("线程 ");
        assertThat(text("#status-events")).startsWith("事件 ");
        assertThat(text("#speed-label")).endsWith("/秒");
        assertThat(stage.getTitle()).isEqualTo("SchedLab 调度器实验室 — demo");
        waitFor(() -> !((BoardViewSkin) board().getSkin()).layout().globalQueue().title().equals(englishLane));
        assertThat(((BoardViewSkin) board().getSkin()).layout().globalQueue().title()).isEqualTo("全局运行队列");

        chooseLanguage("en");

        assertThat(text("#library")).isEqualTo("Library");
        assertThat(sidePanelTexts()).contains("Last step", "Keys");
        assertThat(stage.getTitle()).isEqualTo("SchedLab — demo");
        waitFor(() -> ((BoardViewSkin) board().getSkin()).layout().globalQueue().title().equals(englishLane));
    }

    @Test void theLibraryTitlesKnobsAndTheNarrationFollowTheLanguage() throws Exception {
        MenuButton library = robot.lookup("#library").queryAs(MenuButton.class);
        MenuItem mutex = library.getItems().stream().filter(i -> "library-07-mutex-starvation".equals(i.getId())).findFirst().orElseThrow();
        assertThat(mutex.getText()).isEqualTo("A mutex enters starvation mode");

        robot.clickOn("#library");
        robot.clickOn("A mutex enters starvation mode");
        waitFor(() -> stage.getTitle().endsWith("07-mutex-starvation"));
        robot.interact(() -> timeline().setPlayhead(600_000)); // its second chapter starts at 598 µs
        Label caption = robot.lookup("#narration").queryAs(Label.class);
        waitFor(() -> caption.isVisible() && caption.getText().startsWith("First Unlock"));
        assertThat(sidePanelTexts()).anyMatch(t -> t.startsWith("Hold time (µs): "));

        chooseLanguage("zh-CN");

        assertThat(mutex.getText()).isEqualTo("互斥锁进入饥饿模式");
        waitFor(() -> caption.getText().startsWith("第一次 Unlock，处于正常模式。"));
        assertThat(caption.getText()).doesNotContain("First Unlock");
        assertThat(sidePanelTexts()).anyMatch(t -> t.startsWith("持有时间 (µs)："));

        chooseLanguage("en");
        waitFor(() -> caption.getText().startsWith("First Unlock"));
        assertThat(HAN.matcher(caption.getText()).find()).isFalse();
    }
}
