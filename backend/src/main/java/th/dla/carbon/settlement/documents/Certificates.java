package th.dla.carbon.settlement.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.platform.pdf.PdfFonts;
import th.dla.carbon.platform.pdf.ThaiDates;
import th.dla.carbon.settlement.RetirementCertificate;

/**
 * The retirement certificate (ใบรับรองการชดเชยคาร์บอนเครดิต / Carbon Credit Retirement Certificate), Thai and
 * English, with a QR code to the public verification page; rendered on a bounded-elastic thread.
 */
@Component
public class Certificates {

  public Mono<byte[]> render(RetirementCertificate certificate) {
    return Mono.fromCallable(() -> pdf(certificate)).subscribeOn(Schedulers.boundedElastic());
  }

  static byte[] pdf(RetirementCertificate c) throws Exception {
    PdfFonts fonts = PdfFonts.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 60, 60, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle("Retirement certificate " + c.certificateNo());
    document.addCreator("LAO Carbon Credit Marketplace");
    document.open();
    frame(writer.getDirectContent(), document.getPageSize());

    center(document, "ระบบบัญชีคาร์บอนเครดิตขององค์กรปกครองส่วนท้องถิ่น · LAO Carbon Credit Marketplace", fonts.regular(12, PdfFonts.MUTED), 0);
    center(document, "ใบรับรองการชดเชยคาร์บอนเครดิต", fonts.bold(26, PdfFonts.ACCENT), 0);
    center(document, "Carbon Credit Retirement Certificate", fonts.bold(18, PdfFonts.ACCENT), 4);
    center(document, "เลขที่ / No. " + c.certificateNo(), fonts.regular(13), 14);

    center(document, "ขอรับรองว่าคาร์บอนเครดิตจำนวน / This certifies that", fonts.regular(14), 0);
    center(document, PaymentNotices.count(c.quantity()) + " tCO2e", fonts.bold(30, PdfFonts.INK), 0);
    center(document, "(ตันคาร์บอนไดออกไซด์เทียบเท่า / tonnes of carbon dioxide equivalent)", fonts.regular(12, PdfFonts.MUTED), 6);
    center(document, "ได้ถูกชดเชย (ยกเลิกจากการซื้อขายอย่างถาวร) แล้ว / have been permanently retired", fonts.regular(14), 12);

    PdfPTable facts = new PdfPTable(new float[] {1.6f, 4.4f});
    facts.setWidthPercentage(100);
    fact(facts, fonts, "ในนามของ\nBeneficiary", c.beneficiary());
    fact(facts, fonts, "วัตถุประสงค์\nPurpose", c.purpose());
    fact(facts, fonts, "วันที่ชดเชย\nDate", ThaiDates.date(c.retiredAt()) + "\n" + ThaiDates.englishDate(c.retiredAt()));
    fact(facts, fonts, "โครงการ\nProject", c.projects().stream().map(p -> p.nameTh() + " (" + p.code() + ")\n" + p.nameEn())
        .collect(Collectors.joining("\n")));
    fact(facts, fonts, "ปีที่ลดก๊าซ\nVintage", c.ranges().stream().map(r -> r.vintage()).distinct().sorted()
        .map(v -> "พ.ศ. " + ThaiDates.buddhistYear(v) + " (" + v + ")").collect(Collectors.joining(", ")));
    fact(facts, fonts, "อปท. ต้นทาง\nLAO(s) of origin", c.originLaos().stream()
        .map(o -> o.nameTh() + " (" + o.code() + ") " + PaymentNotices.count(o.quantity()) + " tCO2e").collect(Collectors.joining("\n")));
    facts.setSpacingAfter(10);
    document.add(facts);

    Paragraph rangesTitle = new Paragraph("หมายเลขคาร์บอนเครดิต / Serial numbers", fonts.bold(13));
    rangesTitle.setSpacingAfter(4);
    document.add(rangesTitle);
    PdfPTable ranges = new PdfPTable(new float[] {4.2f, 1.1f, 1.3f});
    ranges.setWidthPercentage(100);
    head(ranges, fonts, "ช่วงหมายเลข / Serial range");
    head(ranges, fonts, "จำนวน / tCO2e");
    head(ranges, fonts, "อปท. / LAO");
    for (RetirementCertificate.Range r : c.ranges()) {
      cell(ranges, fonts, r.serial(), Element.ALIGN_LEFT);
      cell(ranges, fonts, PaymentNotices.count(r.quantity()), Element.ALIGN_RIGHT);
      cell(ranges, fonts, r.originLaoCode(), Element.ALIGN_CENTER);
    }
    document.add(ranges);

    // QR code to the verification page, bottom right, with the address beside it
    float size = 110;
    float x = document.getPageSize().getWidth() - 60 - size;
    float y = 70;
    qr(writer.getDirectContent(), c.verifyUrl(), x, y, size);
    PdfPTable verify = new PdfPTable(1);
    verify.setTotalWidth(x - 80);
    PdfPCell text = new PdfPCell();
    text.setBorder(Rectangle.NO_BORDER);
    text.setLeading(0f, 1.3f);
    text.addElement(new Paragraph("ตรวจสอบความถูกต้องของใบรับรองนี้ได้ที่ / Verify this certificate at:", fonts.regular(11, PdfFonts.MUTED)));
    text.addElement(new Paragraph(c.verifyUrl(), fonts.regular(10, PdfFonts.ACCENT)));
    text.addElement(new Paragraph("เอกสารนี้ออกโดยระบบอิเล็กทรอนิกส์ / Issued electronically; no signature required.", fonts.regular(10, PdfFonts.MUTED)));
    verify.addCell(text);
    verify.writeSelectedRows(0, -1, 66, y + size - 6, writer.getDirectContent());

    document.close();
    writer.close();
    return out.toByteArray();
  }

  private static void frame(PdfContentByte canvas, Rectangle page) {
    canvas.saveState();
    canvas.setColorStroke(PdfFonts.ACCENT);
    canvas.setLineWidth(2.5f);
    canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
    canvas.stroke();
    canvas.setLineWidth(0.6f);
    canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
    canvas.stroke();
    canvas.restoreState();
  }

  /** Draws the QR code as vector squares (crisp at any zoom, no image codec needed). */
  static void qr(PdfContentByte canvas, String content, float x, float y, float size) throws Exception {
    BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
    float module = size / matrix.getWidth();
    canvas.saveState();
    canvas.setColorFill(Color.BLACK);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }

  private static void center(Document document, String text, com.lowagie.text.Font font, float after) throws Exception {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setLeading(0f, 1.25f);
    p.setSpacingAfter(after);
    document.add(p);
  }

  private static void fact(PdfPTable table, PdfFonts fonts, String label, String value) {
    PdfPCell l = new PdfPCell(new Phrase(label, fonts.bold(12)));
    l.setLeading(0f, 1.2f);
    l.setPadding(5);
    l.setBackgroundColor(new Color(0xEE, 0xF5, 0xF1));
    table.addCell(l);
    PdfPCell v = new PdfPCell(new Phrase(value, fonts.regular(13)));
    v.setLeading(0f, 1.25f);
    v.setPadding(5);
    table.addCell(v);
  }

  private static void head(PdfPTable table, PdfFonts fonts, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.bold(12, Color.WHITE)));
    cell.setBackgroundColor(PdfFonts.ACCENT);
    cell.setPadding(5);
    cell.setLeading(0f, 1.2f);
    table.addCell(cell);
  }

  private static void cell(PdfPTable table, PdfFonts fonts, String text, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.regular(12)));
    cell.setHorizontalAlignment(align);
    cell.setPadding(5);
    cell.setLeading(0f, 1.2f);
    table.addCell(cell);
  }
}
