package org.lotuspathway.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF the way a person does: its text page by page, and a page as a picture. */
public final class Pdfs {

    private Pdfs() {
    }

    public static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    /** Each page's text, top to bottom. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders a page (0 for the first) at {@code dpi}, keeps it as a PNG at {@code png}, and returns it. */
    public static BufferedImage renderPage(byte[] pdf, int page, int dpi, Path png) {
        try (PDDocument document = open(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi);
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
