package th.dla.carbon.settlement.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.platform.pdf.PdfFonts;
import th.dla.carbon.platform.pdf.ThaiDates;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.Lao;
import th.dla.carbon.directory.Province;
import th.dla.carbon.settlement.internal.BuyerProfiles;
import th.dla.carbon.settlement.persistence.TradeRow;

/** The payment notice (ใบแจ้งชำระเงิน) of a trade, in Thai, as PDF; rendered on a bounded-elastic thread. */
@Component
public class PaymentNotices {

  private final Directory directory;
  private final BuyerProfiles buyers;

  PaymentNotices(Directory directory, BuyerProfiles buyers) {
    this.directory = directory;
    this.buyers = buyers;
  }

  public Mono<byte[]> render(TradeRow trade) {
    return directory.lao(trade.laoCode())
        .flatMap(lao -> directory.province(lao.provinceCode())
            .zipWith(buyers.nameTh(trade.buyerId()))
            .flatMap(t -> Mono.fromCallable(() -> pdf(trade, lao, t.getT1(), t.getT2(), Instant.now()))
                .subscribeOn(Schedulers.boundedElastic())));
  }

  static String money(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount);
  }

  static String count(long quantity) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(quantity);
  }

  static byte[] pdf(TradeRow trade, Lao lao, Province province, Optional<String> buyerName, Instant issuedAt) throws Exception {
    PdfFonts fonts = PdfFonts.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 48, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle("ใบแจ้งชำระเงิน " + trade.id());
    document.addCreator("LAO Carbon Credit Marketplace");
    document.open();

    Paragraph system = new Paragraph("ระบบบัญชีคาร์บอนเครดิตขององค์กรปกครองส่วนท้องถิ่น", fonts.regular(13, PdfFonts.MUTED));
    system.setAlignment(Element.ALIGN_CENTER);
    document.add(system);
    Paragraph title = new Paragraph("ใบแจ้งชำระเงินค่าคาร์บอนเครดิต", fonts.bold(24, PdfFonts.ACCENT));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(14);
    document.add(title);

    PdfPTable head = new PdfPTable(new float[] {1.3f, 3.7f});
    head.setWidthPercentage(100);
    row(head, fonts, "เลขที่รายการ", trade.id().toString());
    row(head, fonts, "วันที่ออก", ThaiDates.date(issuedAt));
    row(head, fonts, "ผู้ขาย", lao.fullNameTh() + " (รหัส อปท. " + lao.code() + ")");
    row(head, fonts, "", "อำเภอ" + lao.district() + " จังหวัด" + province.nameTh());
    row(head, fonts, "ผู้ซื้อ", buyerName.orElse("รหัสผู้ซื้อ " + trade.buyerId()));
    head.setSpacingAfter(12);
    document.add(head);

    PdfPTable items = new PdfPTable(new float[] {3.2f, 1.3f, 1.5f, 1.8f});
    items.setWidthPercentage(100);
    header(items, fonts, "รายการ", Element.ALIGN_LEFT);
    header(items, fonts, "จำนวน (tCO2e)", Element.ALIGN_RIGHT);
    header(items, fonts, "ราคาต่อหน่วย (บาท)", Element.ALIGN_RIGHT);
    header(items, fonts, "จำนวนเงิน (บาท)", Element.ALIGN_RIGHT);
    cell(items, fonts, "คาร์บอนเครดิต T-VER โครงการถังขยะเปียกลดโลกร้อน", Element.ALIGN_LEFT);
    cell(items, fonts, count(trade.quantity()), Element.ALIGN_RIGHT);
    cell(items, fonts, money(trade.unitPrice()), Element.ALIGN_RIGHT);
    cell(items, fonts, money(trade.total()), Element.ALIGN_RIGHT);
    PdfPCell totalLabel = new PdfPCell(new Phrase("รวมเป็นเงินทั้งสิ้น", fonts.bold(15)));
    totalLabel.setColspan(3);
    totalLabel.setHorizontalAlignment(Element.ALIGN_RIGHT);
    totalLabel.setPadding(6);
    items.addCell(totalLabel);
    PdfPCell total = new PdfPCell(new Phrase(money(trade.total()), fonts.bold(15)));
    total.setHorizontalAlignment(Element.ALIGN_RIGHT);
    total.setPadding(6);
    items.addCell(total);
    PdfPCell words = new PdfPCell(new Phrase("(" + ThaiBahtText.of(trade.total()) + ")", fonts.bold(15, PdfFonts.ACCENT)));
    words.setColspan(4);
    words.setHorizontalAlignment(Element.ALIGN_CENTER);
    words.setPadding(6);
    items.addCell(words);
    items.setSpacingAfter(14);
    document.add(items);

    Paragraph due = new Paragraph("กำหนดชำระเงินภายใน " + ThaiDates.dateTime(trade.paymentDueAt()), fonts.bold(16));
    due.setSpacingAfter(8);
    document.add(due);

    document.add(new Paragraph("วิธีชำระเงิน", fonts.bold(15)));
    String[] steps = {
      "1. ชำระเงินแก่" + lao.fullNameTh() + " โดยโอนเข้าบัญชีเงินฝากธนาคารของ อปท. หรือชำระที่กองคลังของ อปท.",
      "2. ระบุเลขที่รายการข้างต้นในการโอนเงิน เพื่อให้ อปท. ตรวจสอบได้",
      "3. แจ้งการชำระเงินในระบบ (เลขอ้างอิงการโอน วันที่ชำระ และแนบหลักฐานการโอน) ภายในกำหนด",
      "   หากไม่ชำระภายในกำหนด รายการซื้อขายจะถูกยกเลิกโดยอัตโนมัติ",
      "4. อปท. จะออกใบเสร็จรับเงิน และโอนคาร์บอนเครดิตเข้าบัญชีของท่านในทะเบียนของ อบก. (TGO)",
    };
    for (String step : steps) {
      Paragraph p = new Paragraph(step, fonts.regular(14));
      p.setIndentationLeft(10);
      p.setLeading(0f, 1.3f);
      document.add(p);
    }

    Paragraph note = new Paragraph("เอกสารนี้ออกโดยระบบอิเล็กทรอนิกส์ ไม่ต้องมีลายมือชื่อ", fonts.regular(12, PdfFonts.MUTED));
    note.setSpacingBefore(24);
    note.setAlignment(Element.ALIGN_CENTER);
    document.add(note);
    document.close();
    writer.close();
    return out.toByteArray();
  }

  private static void row(PdfPTable table, PdfFonts fonts, String label, String value) {
    PdfPCell l = new PdfPCell(new Phrase(label, fonts.bold(14)));
    l.setBorder(Rectangle.NO_BORDER);
    l.setPaddingBottom(3);
    l.setLeading(0f, 1.3f);
    table.addCell(l);
    PdfPCell v = new PdfPCell(new Phrase(value, fonts.regular(14)));
    v.setBorder(Rectangle.NO_BORDER);
    v.setPaddingBottom(3);
    v.setLeading(0f, 1.3f);
    table.addCell(v);
  }

  private static void header(PdfPTable table, PdfFonts fonts, String text, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.bold(14, java.awt.Color.WHITE)));
    cell.setBackgroundColor(PdfFonts.ACCENT);
    cell.setHorizontalAlignment(align);
    cell.setPadding(6);
    cell.setLeading(0f, 1.3f);
    table.addCell(cell);
  }

  private static void cell(PdfPTable table, PdfFonts fonts, String text, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.regular(14)));
    cell.setHorizontalAlignment(align);
    cell.setPadding(6);
    cell.setLeading(0f, 1.3f);
    table.addCell(cell);
  }
}
