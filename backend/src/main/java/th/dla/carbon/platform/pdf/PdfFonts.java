package th.dla.carbon.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.awt.Color;

/**
 * The embedded Thai font of our documents: TLWG Laksaman (the Sarabun design Thai government documents use), GPL-2+
 * with the font exception, shipped in {@code resources/fonts} with its licence (docs/adr/0007).
 *
 * <p>OpenPDF does not shape complex scripts itself; its {@link LayoutProcessor} lays text out with Java's own
 * OpenType engine (GSUB/GPOS), which places Thai tone marks above upper vowels (ที่, นี้) and shifts marks off tall
 * consonants (ปี่). Fonts are loaded once, lazily, on the first render (a bounded-elastic thread: it reads the
 * classpath).
 *
 * <p>Shared by every module that renders documents (settlement's certificates and payment notices, reporting's
 * committee report).
 */
public final class PdfFonts {

  public static final Color INK = new Color(0x1F, 0x29, 0x37);
  public static final Color MUTED = new Color(0x55, 0x60, 0x6E);
  public static final Color ACCENT = new Color(0x0F, 0x6E, 0x4F);

  private static final String REGULAR = "fonts/Laksaman.ttf";
  private static final String BOLD = "fonts/Laksaman-Bold.ttf";

  private static volatile PdfFonts instance;

  public final BaseFont regular;
  public final BaseFont bold;

  private PdfFonts() throws Exception {
    LayoutProcessor.enableKernLiga();
    regular = BaseFont.createFont(REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    bold = BaseFont.createFont(BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    LayoutProcessor.loadFont(regular, REGULAR);
    LayoutProcessor.loadFont(bold, BOLD);
  }

  /** Blocking on first call: call from a bounded-elastic thread. */
  public static PdfFonts get() {
    PdfFonts fonts = instance;
    if (fonts == null) {
      synchronized (PdfFonts.class) {
        fonts = instance;
        if (fonts == null) {
          try {
            fonts = new PdfFonts();
          } catch (Exception e) {
            throw new IllegalStateException("The document fonts cannot be loaded", e);
          }
          instance = fonts;
        }
      }
    }
    return fonts;
  }

  public Font regular(float size) {
    return new Font(regular, size, Font.NORMAL, INK);
  }

  public Font regular(float size, Color color) {
    return new Font(regular, size, Font.NORMAL, color);
  }

  public Font bold(float size) {
    return new Font(bold, size, Font.NORMAL, INK);
  }

  public Font bold(float size, Color color) {
    return new Font(bold, size, Font.NORMAL, color);
  }
}
