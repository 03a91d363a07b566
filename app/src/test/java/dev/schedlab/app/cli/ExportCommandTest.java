package dev.schedlab.app.cli;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import dev.schedlab.app.run.SimulationRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code schedlab export}, in process, on the headless platform: the pictures it writes and the ones it refuses. */
class ExportCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit, started the way the other TestFX tests of this JVM start it
    }

    private int export(String... args) {
        CommandLine cli = SchedLabCommand.create(Map.of(), new SimulationRunner(), false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("export"), Stream.of(args)).toArray(String[]::new);
        return cli.execute(all);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** How many different colours a picture has: a blank one has one. */
    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) seen.add(image.getRGB(x, y));
        }
        return seen.size();
    }

    @ParameterizedTest
    @CsvSource({"board, 800x450, 1", "board, 800x450, 2", "timeline, 1000x240, 3", "window, 1200x800, 1"})
    void aPngHasTheRequestedSizeTimesTheScale(String view, String size, int scale) throws IOException {
        Path png = dir.resolve("picture.png");
        assertThat(export("05-work-stealing", "--at", "20us", "--view", view, "--size", size, "--scale", Integer.toString(scale),
                "--out", png.toString())).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        String[] wh = size.split("x");
        assertThat(image.getWidth()).isEqualTo(Integer.parseInt(wh[0]) * scale);
        assertThat(image.getHeight()).isEqualTo(Integer.parseInt(wh[1]) * scale);
        assertThat(colours(image)).isGreaterThan(10);
        assertThat(files()).containsExactly(png); // no temporary file left beside it
    }

    @Test void anSvgIsVectorsThatARealRendererDraws() throws Exception {
        Path svg = dir.resolve("board.svg");
        assertThat(export("05-work-stealing", "--at", "20us", "--view", "board", "--size", "1200x700", "--out", svg.toString()))
                .as(err.toString()).isZero();

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(xml.getElementsByTagName("image").getLength()).as("the board is no embedded bitmap").isZero();
        NodeList texts = xml.getElementsByTagName("text");
        Element p0 = null;
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals("P0")) p0 = (Element) texts.item(i);
        }
        assertThat(p0).as("the P0 card's title is text").isNotNull();
        assertThat(xml.getElementsByTagName("ellipse").getLength()).as("goroutine tokens and slots").isGreaterThan(10);

        BufferedImage drawn = render(svg, 1200, 700);
        assertThat(colours(drawn)).isGreaterThan(10);
        // The renderer drew the title's glyphs: dark pixels just above its baseline, on the light card.
        double x = Double.parseDouble(p0.getAttribute("x")), y = Double.parseDouble(p0.getAttribute("y"));
        assertThat(darkPixels(drawn, (int) x, (int) y - 20, 30, 20)).isGreaterThan(20);
    }

    @Test void theWindowAsSvgHasItsControlsAsAnImageAndTheViewsAsVectors() throws Exception {
        Path svg = dir.resolve("window.svg");
        assertThat(export("16-gc-stop-the-world", "--at", "300us", "--view", "window", "--out", svg.toString())).as(err.toString()).isZero();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(xml.getElementsByTagName("image").getLength()).isEqualTo(1);
        Set<String> words = new HashSet<>();
        NodeList texts = xml.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) words.add(texts.item(i).getTextContent());
        assertThat(words).contains("P3", "g6"); // a board card and a timeline segment label
        assertThat(colours(render(svg, 1440, 900))).isGreaterThan(10);
    }

    private static BufferedImage render(Path svg, int w, int h) throws IOException {
        SVGDocument doc;
        try (InputStream in = Files.newInputStream(svg)) {
            doc = new SVGLoader().load(in, svg.toUri(), LoaderContext.createDefault());
        }
        assertThat(doc).as("JSVG parsed the file").isNotNull();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        doc.render((JComponent) null, g);
        g.dispose();
        return image;
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + w); x++) {
                int rgb = image.getRGB(x, y);
                int alpha = rgb >>> 24, r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (alpha > 128 && r + g + b < 3 * 100) n++;
            }
        }
        return n;
    }

    @Test void aFrameSequenceWritesANumberedPngPerFrame() throws IOException {
        String pattern = dir.resolve("ws-%03d.png").toString();
        // 0 to 20 µs at 10 µs of simulated time per second and 2 frames a second: a frame every 5 µs.
        assertThat(export("05-work-stealing", "--from", "0", "--to", "20us", "--speed", "10us", "--fps", "2",
                "--size", "400x300", "--out", pattern)).as(err.toString()).isZero();
        assertThat(files()).extracting(p -> p.getFileName().toString())
                .containsExactly("ws-000.png", "ws-001.png", "ws-002.png", "ws-003.png", "ws-004.png");
        assertThat(ImageIO.read(dir.resolve("ws-004.png").toFile()).getWidth()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--size|10x10|bad size 10x10",
            "--size|wide|bad size 'wide': write it WIDTHxHEIGHT",
            "--view|flame|unknown view 'flame': choose board, timeline, charts, profile, inspector, window",
            "--at|5s|bad time 5s: the run ends at",
            "--theme|pink|--theme must be light or dark"})
    void badValuesAreOneLineAndLeaveNoFile(String option, String value, String message) throws IOException {
        Path png = dir.resolve("x.png");
        List<String> args = new java.util.ArrayList<>(List.of("05-work-stealing", "--out", png.toString(), option, value));
        if (!option.equals("--at")) args.addAll(List.of("--at", "20us"));
        assertThat(export(args.toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString()).startsWith("schedlab: " + message).doesNotContain("Exception").hasLineCount(1);
        assertThat(files()).isEmpty();
    }

    @Test void aFolderThatCannotHoldTheFileIsNamed() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        assertThat(export("05-work-stealing", "--at", "20us", "--out", notAFolder.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("schedlab: cannot write " + notAFolder.resolve("x.png") + ": no folder " + notAFolder
                + System.lineSeparator());
        assertThat(files()).containsExactly(notAFolder);
    }

    @Test void anExistingPictureIsReplacedWhole() throws IOException {
        Path png = Files.writeString(dir.resolve("old.png"), "not a picture yet");
        assertThat(export("01-sleep-wakeup", "--at", "0", "--size", "300x200", "--out", png.toString())).as(err.toString()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(300);
        assertThat(files()).containsExactly(png);
    }

    /** The words of an SVG's text elements. */
    private static Set<String> words(Document xml) {
        Set<String> words = new HashSet<>();
        NodeList texts = xml.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) words.add(texts.item(i).getTextContent());
        return words;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 17-mcall-large-share's reason to exist: runtime.mcall holds 38.9% of the CPU profile (SCENARIOS.md)
            "profile|17-mcall-large-share|5.397ms|runtime.mcall 38.9%",
            // a legend entry of the run-queue chart, for the global queue a GC cycle fills
            "charts|16-gc-stop-the-world|2.2ms|global"})
    void theProfileAndTheChartsAreVectorSvgsARealRendererDraws(String view, String program, String at, String word) throws Exception {
        Path svg = dir.resolve(view + ".svg");
        assertThat(export(program, "--at", at, "--view", view, "--size", "1200x500", "--out", svg.toString())).as(err.toString()).isZero();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(xml.getElementsByTagName("image").getLength()).as("no embedded bitmap").isZero();
        assertThat(words(xml)).contains(word);
        assertThat(xml.getElementsByTagName("rect").getLength()).as("boxes and bars are shapes").isGreaterThan(10);
        assertThat(colours(render(svg, 1200, 500))).isGreaterThan(5);
    }

    @Test void theProfileAsPngIsPaintedOnItsBackgroundNotOnTransparency() throws IOException {
        Path png = dir.resolve("profile.png");
        assertThat(export("18-mcall-small-share", "--at", "60ms", "--view", "profile", "--size", "600x300", "--out", png.toString()))
                .as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(600);
        int bottomRight = image.getRGB(590, 290); // below the few rows of this CPU-bound profile: background
        assertThat(bottomRight >>> 24).as("opaque").isEqualTo(255);
    }

    @Test void theInspectorIsAPngOfItsSizeAndAnSvgWithItsSnapshot() throws Exception {
        Path png = dir.resolve("inspector.png"), svg = dir.resolve("inspector.svg");
        assertThat(export("demo", "--at", "470us", "--view", "inspector", "--inspect", "1", "--out", png.toString())).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(colours(image)).isGreaterThan(10);
        assertThat(export("demo", "--at", "470us", "--view", "inspector", "--inspect", "1", "--out", svg.toString())).as(err.toString()).isZero();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(xml.getElementsByTagName("image").getLength()).isEqualTo(1);
    }

    /** The window at 20 µs of the demo with these options, as pixels. */
    private BufferedImage window(String name, String... options) throws IOException {
        Path png = dir.resolve(name + ".png");
        List<String> args = new java.util.ArrayList<>(List.of("demo", "--at", "470us", "--view", "window", "--size", "1200x800", "--out", png.toString()));
        args.addAll(List.of(options));
        assertThat(export(args.toArray(String[]::new))).as(err.toString()).isZero();
        return ImageIO.read(png.toFile());
    }

    /** How many sampled pixels of the rectangle differ between two pictures of the same size. */
    private static int differing(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y += 4) {
            for (int x = x0; x < x1; x += 4) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        }
        return n;
    }

    @Test void tabAndInspectChangeWhatTheWindowShowsAtTheRequestedSize() throws IOException {
        BufferedImage plain = window("plain");
        for (String[] options : List.of(new String[] {"--tab", "charts"}, new String[] {"--tab", "profile"},
                new String[] {"--tab", "schedtrace", "--schedtrace", "1ms"})) {
            BufferedImage tabbed = window(options[1], options);
            assertThat(tabbed.getWidth()).isEqualTo(1200);
            assertThat(tabbed.getHeight()).isEqualTo(800);
            // the lower half of the window's left part, where the lower tabs are
            assertThat(differing(plain, tabbed, 0, 500, 700, 780)).as(String.join(" ", options)).isGreaterThan(100);
        }
        BufferedImage inspected = window("inspected", "--inspect", "1");
        assertThat(inspected.getWidth()).isEqualTo(1200);
        assertThat(inspected.getHeight()).isEqualTo(800);
        // the right-hand side, where the Inspector tab replaces the controls
        assertThat(differing(plain, inspected, 900, 100, 1200, 700)).isGreaterThan(100);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "window|--tab|flames|unknown tab 'flames': choose timeline, charts, profile, schedtrace",
            "board|--tab|charts|--tab chooses the window's lower tab: use it with --view window",
            "window|--side|left|unknown side tab 'left': choose controls, inspector",
            "window|--inspect|0|--inspect takes a goroutine ID (1 or more), got 0",
            "window|--inspect|99|no goroutine g99 at 20µs to --inspect",
            "timeline|--inspect|1|--inspect selects a goroutine for the inspector",
            "window|--schedtrace|5ms|--schedtrace must be one of the console's periods"})
    void badWindowChoicesAreOneLineAndLeaveNoFile(String view, String option, String value, String message) throws IOException {
        Path png = dir.resolve("x.png");
        assertThat(export("05-work-stealing", "--at", "20us", "--view", view, "--out", png.toString(), option, value)).isEqualTo(2);
        assertThat(err.toString()).startsWith("schedlab: " + message).doesNotContain("Exception").hasLineCount(1);
        assertThat(files()).isEmpty();
    }

    @Test void scheddetailNeedsASchedtracePeriod() throws IOException {
        assertThat(export("05-work-stealing", "--at", "20us", "--view", "window", "--scheddetail", "--out", dir.resolve("x.png").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("schedlab: --scheddetail goes with --schedtrace").hasLineCount(1);
        assertThat(files()).isEmpty();
    }
}
