package dev.schedlab.views.paint;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG Painter writes a well-formed document whose elements carry what the canvas would draw. */
class SvgPainterTest {
    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // fonts are measured by JavaFX
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get();
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> all(Document d, String tag) {
        NodeList n = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) out.add((Element) n.item(i));
        return out;
    }

    private static double num(Element e, String attr) { return Double.parseDouble(e.getAttribute(attr)); }

    @Test void shapesKeepTheirGeometryColourAndAlpha() throws Exception {
        Document d = parse(onFx(() -> {
            SvgPainter p = new SvgPainter(300, 200);
            p.setFill(Color.web("#0969da"));
            p.setGlobalAlpha(0.5);
            p.fillRoundRect(10, 20, 100, 40, 16, 8);
            p.setGlobalAlpha(1);
            p.setStroke(Color.RED);
            p.setLineWidth(2);
            p.setLineDashes(6, 4);
            p.strokeLine(0, 0, 50, 60);
            p.setLineDashes();
            p.strokeOval(100, 100, 30, 20);
            return p.document();
        }));
        assertThat(d.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 300 200");
        Element rect = all(d, "rect").get(0);
        assertThat(List.of(num(rect, "x"), num(rect, "y"), num(rect, "width"), num(rect, "height"), num(rect, "rx"), num(rect, "ry")))
                .containsExactly(10.0, 20.0, 100.0, 40.0, 8.0, 4.0); // the canvas's arcs are diameters, SVG's radii
        assertThat(rect.getAttribute("fill")).isEqualTo("#0969da");
        assertThat(num(rect, "fill-opacity")).isEqualTo(0.5);
        Element line = all(d, "line").get(0);
        assertThat(line.getAttribute("stroke")).isEqualTo("#ff0000");
        assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("6 4");
        assertThat(line.hasAttribute("stroke-opacity")).isFalse();
        Element oval = all(d, "ellipse").get(0);
        assertThat(List.of(num(oval, "cx"), num(oval, "cy"), num(oval, "rx"), num(oval, "ry"))).containsExactly(115.0, 110.0, 15.0, 10.0);
        assertThat(oval.getAttribute("fill")).isEqualTo("none");
        assertThat(oval.hasAttribute("stroke-dasharray")).as("dashes were reset").isFalse();
    }

    @Test void textStaysTextWithItsAnchorAndIsPutOnItsBaseline() throws Exception {
        Document d = parse(onFx(() -> {
            SvgPainter p = new SvgPainter(300, 200);
            p.setFont(Font.font("System", FontWeight.BOLD, 20));
            p.setFill(Color.BLACK);
            p.setTextAlign(TextAlignment.CENTER);
            for (VPos v : List.of(VPos.TOP, VPos.CENTER, VPos.BASELINE, VPos.BOTTOM)) {
                p.setTextBaseline(v);
                p.fillText("a < b & c", 150, 100);
            }
            p.setTextAlign(TextAlignment.RIGHT);
            p.fillText("right", 150, 100);
            return p.document();
        }));
        List<Element> texts = all(d, "text");
        assertThat(texts).hasSize(5);
        assertThat(texts.get(0).getTextContent()).isEqualTo("a < b & c");
        assertThat(texts.get(0).getAttribute("text-anchor")).isEqualTo("middle");
        assertThat(texts.get(0).getAttribute("font-weight")).isEqualTo("bold");
        assertThat(num(texts.get(0), "font-size")).isEqualTo(20);
        assertThat(texts.get(4).getAttribute("text-anchor")).isEqualTo("end");
        double top = num(texts.get(0), "y"), centre = num(texts.get(1), "y"), baseline = num(texts.get(2), "y"), bottom = num(texts.get(3), "y");
        // Text hanging from y sits lowest; text standing on y (its descent above y) highest.
        assertThat(baseline).isEqualTo(100);
        assertThat(top).isGreaterThan(centre);
        assertThat(centre).isGreaterThan(baseline);
        assertThat(bottom).isLessThan(baseline);
        assertThat(top - baseline).isBetween(12.0, 24.0); // about the ascent of a 20 px font
    }

    @Test void transformsNestAndRestoreClosesThem() throws Exception {
        Document d = parse(onFx(() -> {
            SvgPainter p = new SvgPainter(300, 200);
            p.save();
            p.translate(40, 30);
            p.scale(2, 2);
            p.setFill(Color.GREEN);
            p.fillRect(0, 0, 10, 10);
            p.restore();
            p.fillRect(5, 5, 10, 10);
            return p.document();
        }));
        List<Element> rects = all(d, "rect");
        Node inner = rects.get(0).getParentNode();
        assertThat(((Element) inner).getAttribute("transform")).isEqualTo("scale(2 2)");
        assertThat(((Element) inner.getParentNode()).getAttribute("transform")).isEqualTo("translate(40 30)");
        assertThat(rects.get(1).getParentNode()).isSameAs(d.getDocumentElement());
        assertThat(rects.get(1).getAttribute("fill")).as("restore brought the fill back").isEqualTo("#000000");
    }
}
