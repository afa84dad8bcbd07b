package th.dla.carbon.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.identity.Officers;
import th.dla.carbon.identity.OrganisationType;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.Users;

/**
 * The demo accounts of the API contract (docs/api.md), all with the password {@code demo}. They exist only in demo
 * mode: {@link Users#ensureDemoAccount} bypasses the password policy for them alone. Buyer organisations and officer
 * appointments go through the identity module's own rules (tax-ID check digit, provincial approval).
 */
final class DemoAccounts {

  static final String PASSWORD = "demo";
  static final String BANGSRIMUANG = "4120102";
  static final String AO_NANG_KRABI = "5810103";
  static final String NONTHABURI = "12";

  record DemoAccount(String username, String displayName, Role role, @Nullable String tenant) {}

  static final List<DemoAccount> STAFF = List.of(
      new DemoAccount("dla.admin", "ผู้ดูแลระบบ สถ. (DLA admin)", Role.DLA_ADMIN, null),
      new DemoAccount("province.nonthaburi", "สถจ.นนทบุรี (Nonthaburi provincial office)", Role.PROVINCE_OFFICER, NONTHABURI),
      new DemoAccount("lao.bangsrimuang.maker", "นางสาวสมศรี ผู้จัดทำ (maker, ทม.บางศรีเมือง)", Role.LAO_OFFICER, BANGSRIMUANG),
      new DemoAccount("lao.bangsrimuang.checker", "นายสมชาย ผู้ตรวจสอบ (checker, ทม.บางศรีเมือง)", Role.LAO_OFFICER, BANGSRIMUANG),
      new DemoAccount("lao.krabi.maker", "นางวันดี ผู้จัดทำ (maker, ทต.อ่าวนาง)", Role.LAO_OFFICER, AO_NANG_KRABI),
      new DemoAccount("lao.krabi.checker", "นายประเสริฐ ผู้ตรวจสอบ (checker, ทต.อ่าวนาง)", Role.LAO_OFFICER, AO_NANG_KRABI));

  /** Synthetic organisations (no real company has these names or IDs; the check digits are valid). */
  static final List<Buyers.DemoBuyer> BUYERS = List.of(
      new Buyers.DemoBuyer(OrganisationType.BUSINESS, "ธนาคารกรีนแบงก์ จำกัด (มหาชน)", "Green Bank Public Company Limited",
          "0107568000019", "99 อาคารกรีนแบงก์ ถนนสีลม", "สีลม", "บางรัก", "10", "10500", "นางสาวกานดา ใจดี",
          "sustainability@greenbank.example", "02-123-4567", "TGO-DEMO-0001", "buyer.greenbank",
          "นางสาวกานดา ใจดี (ธนาคารกรีนแบงก์)", PASSWORD, BuyerStatus.VERIFIED),
      new Buyers.DemoBuyer(OrganisationType.GOVERNMENT_AGENCY, "กรมส่งเสริมพลังงานสะอาด (จำลอง)",
          "Department of Clean Energy Promotion (demo)", "0994000999011", "17 ถนนพระราม 1", "รองเมือง", "ปทุมวัน", "10",
          "10330", "นายวีระ ประหยัดไฟ", "carbon@cleanenergy.example", "02-222-3344 ต่อ 101", null, "buyer.cleanenergy",
          "นายวีระ ประหยัดไฟ (กรมส่งเสริมพลังงานสะอาด)", PASSWORD, BuyerStatus.VERIFIED),
      new Buyers.DemoBuyer(OrganisationType.BUSINESS, "บริษัท รอตรวจสอบ จำกัด", "Waiting Review Company Limited",
          "0105568999901", "8 ถนนติวานนท์", "ตลาดขวัญ", "เมืองนนทบุรี", "12", "11000", "นายสมหมาย รอคอย",
          "contact@waitingreview.example", "081-234-5678", null, "buyer.pending", "นายสมหมาย รอคอย (บริษัท รอตรวจสอบ)",
          PASSWORD, BuyerStatus.PENDING));

  /** A line of DLA's roster form; {@code approver} null leaves it waiting for the provincial office. */
  record DemoAppointment(String laoCode, String proposer, String fullName, String position, String phone, String email,
      @Nullable String approver) {}

  static final List<DemoAppointment> APPOINTMENTS = List.of(
      new DemoAppointment(BANGSRIMUANG, "dla.admin", "นางสาวสมศรี ผู้จัดทำ", "นักวิชาการสิ่งแวดล้อมชำนาญการ", "02-950-1234 ต่อ 21",
          "lao.bangsrimuang.maker@demo.carbon.local", "province.nonthaburi"),
      new DemoAppointment(BANGSRIMUANG, "dla.admin", "นายสมชาย ผู้ตรวจสอบ", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม",
          "02-950-1234 ต่อ 20", "lao.bangsrimuang.checker@demo.carbon.local", "province.nonthaburi"),
      new DemoAppointment(AO_NANG_KRABI, "dla.admin", "นางวันดี ผู้จัดทำ", "นักวิชาการสุขาภิบาลปฏิบัติการ", "075-637-123",
          "lao.krabi.maker@demo.carbon.local", "dla.admin"),
      new DemoAppointment(AO_NANG_KRABI, "dla.admin", "นายประเสริฐ ผู้ตรวจสอบ", "ปลัดเทศบาล", "075-637-124",
          "lao.krabi.checker@demo.carbon.local", "dla.admin"),
      new DemoAppointment(BANGSRIMUANG, "lao.bangsrimuang.maker", "นางสาวปราณี ใจงาม", "เจ้าพนักงานธุรการ", "089-765-4321",
          "pranee.jaingam@demo.carbon.local", null));

  private DemoAccounts() {}

  /** Creates the staff accounts when missing; emits their ids by username. */
  static Mono<Map<String, UUID>> ensure(Users users) {
    return Flux.fromIterable(STAFF)
        .concatMap(account -> users
            .ensureDemoAccount(new Users.NewLocalAccount(account.username(), account.displayName(),
                account.username() + "@demo.carbon.local", true, PASSWORD))
            .flatMap(id -> users.grant(id, account.role(), account.tenant(), null).thenReturn(Map.entry(account.username(), id))))
        .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()));
  }

  static Mono<Void> ensureBuyers(Buyers buyers) {
    return Flux.fromIterable(BUYERS).concatMap(buyers::ensureDemoBuyer).then();
  }

  /** Proposes and approves the roster's lines through the real rules; lines already on the roster are left alone. */
  static Mono<Void> ensureAppointments(Officers officers, Users users, Map<String, UUID> staff) {
    return users.actor(staff.get("dla.admin")).flatMap(admin -> Flux.fromIterable(APPOINTMENTS)
        .concatMap(line -> officers.ofLao(admin, line.laoCode())
            .any(existing -> existing.email().equalsIgnoreCase(line.email()))
            .flatMap(present -> present ? Mono.empty() : appoint(officers, users, staff, line)))
        .then());
  }

  private static Mono<Void> appoint(Officers officers, Users users, Map<String, UUID> staff, DemoAppointment line) {
    Mono<Actor> proposer = users.actor(staff.get(line.proposer()));
    return proposer.flatMap(actor -> officers.propose(actor, line.laoCode(),
            new Officers.Proposal(line.fullName(), line.position(), line.phone(), line.email())))
        .flatMap(appointment -> line.approver() == null ? Mono.empty()
            : users.actor(staff.get(line.approver())).flatMap(approver -> officers.approve(approver, appointment.id())))
        .then();
  }
}
