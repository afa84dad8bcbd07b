package th.dla.carbon.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.Users;

/**
 * The demo accounts of the API contract (docs/api.md), all with the password {@code demo}. They exist only in demo
 * mode: {@link Users#ensureDemoAccount} bypasses the password policy for them alone.
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

  private DemoAccounts() {}

  static Mono<Void> ensure(Users users) {
    return Flux.fromIterable(STAFF)
        .concatMap(account -> users
            .ensureDemoAccount(new Users.NewLocalAccount(account.username(), account.displayName(),
                account.username() + "@demo.carbon.local", true, PASSWORD))
            .flatMap(id -> users.grant(id, account.role(), account.tenant(), null)))
        .then();
  }
}
