package th.dla.carbon.identity.officers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import reactor.core.publisher.Flux;
import th.dla.carbon.directory.Province;
import th.dla.carbon.identity.OfficerAppointment;

/**
 * A province's officer roster in the columns of DLA's form, as CSV that Excel opens correctly in Thai: UTF-8 with a
 * byte-order mark, RFC 4180 quoting, CRLF line ends. Written row by row as the database streams them.
 */
public final class RosterCsv {

  static final String[] HEADER = {"จังหวัด", "อปท.", "รหัส อปท.", "ชื่อ-สกุล", "ตำแหน่ง", "โทรศัพท์", "อีเมล", "สถานะ"};
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private RosterCsv() {}

  public static Flux<DataBuffer> write(Province province, Flux<OfficerAppointment> appointments, DataBufferFactory buffers) {
    Flux<String> lines = Flux.concat(
        Flux.just(line(HEADER)),
        appointments.map(a -> line(province.nameTh(), a.laoNameTh(), a.laoCode(), a.fullName(), a.position(), a.phone(),
            a.email(), a.status().labelTh())));
    return Flux.concat(Flux.just(buffers.wrap(BOM)), lines.map(line -> buffers.wrap(line.getBytes(StandardCharsets.UTF_8))));
  }

  static String line(String... values) {
    // a leading = + - @ would make a spreadsheet evaluate the cell: prefix it with ' (CSV injection)
    Object[] safe = Arrays.stream(values).map(v -> v != null && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v).toArray();
    return FORMAT.format(safe) + "\r\n";
  }
}
