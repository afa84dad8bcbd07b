import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';

import { laoDashboard, nationalDashboard, provinceDashboard } from '@/testing/mocks/data/dashboard';
import { mockUsers, tokenFor } from '@/testing/mocks/handlers/auth';
import { fileRequests } from '@/testing/mocks/handlers/dashboard';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const th = (value: number) => new Intl.NumberFormat('th-TH').format(value);
const tiles = () => document.querySelectorAll<SVGElement>('[data-province]');
const tile = (code: string) => document.querySelector<SVGElement>(`[data-province="${code}"]`)!;
const legendItems = () =>
  within(screen.getByTestId('map-legend'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

// Transform the dashboard's route modules once, before the first test's time limit starts (shared 2-core machines).
beforeAll(async () => {
  await Promise.all([
    import('../dashboard'),
    import('../province-dashboard'),
    import('../committee-report'),
    import('../market'),
    import('../lao'),
    import('../officer-approvals'),
  ]);
}, 60_000);

describe('/dashboard', () => {
  it('shows the national headline figures, the map of 77 provinces and the charts', async () => {
    const national = nationalDashboard();
    await renderApp('/dashboard');

    expect(await screen.findByRole('heading', { level: 1, name: 'แดชบอร์ดตลาดคาร์บอนเครดิต อปท.' })).toBeInTheDocument();
    expect(await screen.findByTestId('national-total-retired')).toHaveTextContent(th(national.totals.retired));
    expect(screen.getByTestId('national-total-issued')).toHaveTextContent(th(national.totals.issued));
    expect(screen.getByTestId('national-total-sold')).toHaveTextContent(th(national.totals.sold));
    expect(screen.getByTestId('national-total-available')).toHaveTextContent(th(national.totals.available));
    expect(screen.getByTestId('national-total-laos-holding')).toHaveTextContent(th(national.laos.holding));
    expect(screen.getByTestId('national-total-verified-buyers')).toHaveTextContent('42');
    expect(screen.getByTestId('national-total-revenue')).toHaveTextContent(/^฿[\d,]+\.\d{2}$/);
    expect(screen.getByText('ข้อมูล ณ 23 พฤศจิกายน 2569 เวลา 09:30')).toBeInTheDocument();
    expect(document.title).toBe('แดชบอร์ดตลาดคาร์บอนเครดิต อปท. · ตลาดคาร์บอนเครดิต อปท.');

    // The map: one tile per province, each named for screen readers; the legend explains the colours.
    expect(tiles()).toHaveLength(77);
    expect(screen.getByRole('group', { name: 'แผนที่จังหวัด ระบายสีตามเครดิตพร้อมขาย' })).toBeInTheDocument();
    const nonthaburi = national.provinces.find((p) => p.code === '12')!;
    expect(tile('12')).toHaveAttribute('aria-label', `นนทบุรี: เครดิตพร้อมขาย ${th(nonthaburi.available)}`);
    expect(tile('10')).toHaveAttribute('data-class', '-1'); // Bangkok has no credits: the neutral class
    expect(legendItems()[0]).toBe('ไม่มี (0)');

    // Charts are images with a text summary, and data tables besides; Buddhist-Era months in Thai.
    expect(screen.getByTestId('volume-chart')).toHaveAttribute('role', 'img');
    expect(screen.getByTestId('volume-chart').getAttribute('aria-label')).toMatch(/^ตั้งแต่ธันวาคม 2567 ถึงพฤศจิกายน 2569 ขายรวม/);
    expect(screen.getByTestId('volume-chart')).toHaveTextContent('พ.ย. 2569');
    expect(screen.getByTestId('state-chart').getAttribute('aria-label')).toContain(`ยกเลิกใช้แล้ว ${th(national.totals.retired)}`);
    expect(within(screen.getByTestId('price-table')).getByRole('rowheader', { name: 'พ.ศ. 2568' })).toBeInTheDocument();
    const top = screen.getByTestId('top-provinces');
    expect(within(top).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      `/dashboard/provinces/${national.topProvinces.sold[0]!.code}`,
    );
  });

  it('recolours the map and updates the legend when another measure is chosen (kept in the URL)', async () => {
    const { user, router } = await renderApp('/dashboard');
    await waitFor(() => expect(tiles()).toHaveLength(77));
    const before = legendItems();
    const classesBefore = [...tiles()].map((t) => t.getAttribute('data-class')).join();

    await user.click(screen.getByRole('radio', { name: 'อปท. ที่ร่วมโครงการ' }));

    expect(router.state.location.search).toBe('?measure=laosHolding');
    expect(await screen.findByRole('heading', { name: 'คำอธิบายสี: อปท. ที่ร่วมโครงการ' })).toBeInTheDocument();
    expect(legendItems()).not.toEqual(before);
    expect([...tiles()].map((t) => t.getAttribute('data-class')).join()).not.toBe(classesBefore);
    const national = nationalDashboard();
    const krabi = national.provinces.find((p) => p.code === '81')!;
    expect(tile('81')).toHaveAttribute('aria-label', `กระบี่: อปท. ที่ร่วมโครงการ ${th(krabi.laosHolding)}`);
    // The highest value is in the darkest class.
    const max = Math.max(...national.provinces.map((p) => p.laosHolding));
    const busiest = national.provinces.find((p) => p.laosHolding === max)!;
    expect(tile(busiest.code)).toHaveAttribute('data-class', '4');
  }, 40_000);

  it('opens with the measure from the URL and has a sortable table of the same values', async () => {
    const { user } = await renderApp('/dashboard?measure=retired');
    await waitFor(() => expect(tiles()).toHaveLength(77));
    expect(screen.getByRole('radio', { name: 'เครดิตที่ยกเลิกใช้แล้ว' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'ดูข้อมูลแผนที่เป็นตาราง' }));
    const table = screen.getByTestId('map-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(77);
    const national = nationalDashboard();
    const mostRetired = [...national.provinces].sort((a, b) => b.retired - a.retired)[0]!;
    expect(within(rows[0]!).getByRole('link')).toHaveTextContent(mostRetired.nameTh);
    const header = within(table).getByRole('columnheader', { name: /เครดิตที่ยกเลิกใช้แล้ว/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
  });

  it('moves between provinces with the arrow keys and opens one with Enter', async () => {
    const { user, router } = await renderApp('/dashboard');
    await waitFor(() => expect(tiles()).toHaveLength(77));
    const focusable = [...tiles()].filter((t) => t.getAttribute('tabindex') === '0');
    expect(focusable).toHaveLength(1); // one tab stop for the whole map

    tile('12').focus(); // Nonthaburi (col 3, row 8); Pathum Thani is to its right (col 4, row 8)
    await user.keyboard('{ArrowRight}');
    expect(tile('13')).toHaveFocus();
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('ปทุมธานี');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard/provinces/13'));
    expect(await screen.findByRole('heading', { level: 1, name: 'จังหวัดปทุมธานี' })).toBeInTheDocument();
  });

  it('opens a province with a click', async () => {
    const { user, router } = await renderApp('/dashboard');
    await waitFor(() => expect(tiles()).toHaveLength(77));
    await user.click(tile('81'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard/provinces/81'));
  });

  it('shows the error with a retry when the API fails', async () => {
    let failing = true;
    server.use(
      http.get('/api/v1/dashboards/national', () =>
        failing
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Service Unavailable', status: 503 },
              { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : HttpResponse.json(nationalDashboard()),
      ),
    );
    const { user } = await renderApp('/dashboard');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-problem-kind', 'server');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'ลองอีกครั้ง' }));
    expect(await screen.findByTestId('national-total-retired')).toBeInTheDocument();
  });

  it('is in English with Common-Era months when switched', async () => {
    await renderApp('/dashboard', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'LAO carbon market dashboard' })).toBeInTheDocument();
    expect(screen.getByTestId('volume-chart')).toHaveTextContent('Nov 2026');
    expect(within(screen.getByTestId('price-table')).getByRole('rowheader', { name: '2025' })).toBeInTheDocument();
    expect(tile('12')).toHaveAttribute('aria-label', expect.stringMatching(/^Nonthaburi: Credits available /));
  });

  it('is linked from the main navigation', async () => {
    const { user, router } = await renderApp('/');
    await user.click(screen.getByRole('link', { name: 'แดชบอร์ด' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
  });
});

describe('/dashboard/provinces/:code', () => {
  it("shows the province's figures, its LAOs (sortable), open listings and retirements", async () => {
    const province = provinceDashboard('12')!;
    const { user } = await renderApp('/dashboard/provinces/12');

    expect(await screen.findByRole('heading', { level: 1, name: 'จังหวัดนนทบุรี' })).toBeInTheDocument();
    expect(screen.getByTestId('province-total-sold')).toHaveTextContent(th(province.totals.sold));
    expect(screen.getByTestId('province-total-retired')).toHaveTextContent(th(province.totals.retired));

    const table = screen.getByTestId('lao-table');
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getByRole('link').textContent);
    const byCredits = [...province.laoRows].sort((a, b) => b.credits - a.credits).map((row) => row.nameTh);
    expect(names()).toEqual(byCredits);
    expect(within(table).getByRole('link', { name: 'บางศรีเมือง' })).toHaveAttribute('href', '/laos/4120102');
    const row = province.laoRows.find((r) => r.code === '4120102')!;
    const cells = within(within(table).getByRole('link', { name: 'บางศรีเมือง' }).closest('tr')!).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      th(row.credits),
      th(row.available),
      th(row.listed),
      th(row.sold),
      new Intl.NumberFormat('th-TH', { style: 'currency', currency: 'THB' }).format(Number(row.revenue)),
      th(row.households),
      th(row.bins),
      th(row.estimatedCredits),
    ]);

    await user.click(within(table).getByRole('button', { name: /ครัวเรือน/ }));
    const byHouseholds = [...province.laoRows].sort((a, b) => b.households - a.households).map((r) => r.nameTh);
    expect(names()).toEqual(byHouseholds);
    await user.click(within(table).getByRole('button', { name: /^อปท\./ }));
    expect(names()).toEqual([...byCredits].sort((a, b) => a.localeCompare(b, 'th')));

    const listings = screen.getByTestId('open-listings');
    const firstListing = province.openListings[0]!;
    expect(within(listings).getAllByRole('link')[0]).toHaveAttribute('href', `/market/listings/${firstListing.id}`);
    expect(within(listings).getAllByText('พ.ศ. 2567').length).toBeGreaterThan(0);

    const retirements = screen.getByTestId('province-retirements');
    expect(within(retirements).getByText('บริษัท กรีนแบงก์ จำกัด (มหาชน)')).toBeInTheDocument();
    expect(within(retirements).getByRole('link', { name: 'RC-2026-1201' })).toHaveAttribute('href', '/verify/RC-2026-1201');
    // No committee report for the public
    expect(screen.queryByRole('heading', { name: 'รายงานต่อคณะกรรมการ' })).toBeNull();
  });

  it('says when a province is unknown', async () => {
    await renderApp('/dashboard/provinces/99');
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่พบจังหวัดรหัส 99' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveAttribute('data-problem-kind', 'not-found');
  });

  it('shows an empty state for a province without credits', async () => {
    await renderApp('/dashboard/provinces/10');
    expect(await screen.findByRole('heading', { name: 'จังหวัดนี้ยังไม่มีคาร์บอนเครดิต' })).toBeInTheDocument();
  });

  it('is linked from the provinces list', async () => {
    const { user, router } = await renderApp('/provinces');
    const item = await waitFor(() => document.querySelector('[data-province-code="81"]')!);
    await user.click(within(item as HTMLElement).getByRole('link', { name: 'แดชบอร์ดจังหวัด' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard/provinces/81'));
  });

  it('exports the province listings with the province filter', async () => {
    const { user } = await renderApp('/dashboard/provinces/81');
    await screen.findByRole('heading', { level: 1, name: 'จังหวัดกระบี่' });
    await user.click(screen.getByRole('button', { name: 'ส่งออกรายการขาย เป็น XLSX' }));
    await waitFor(() => expect(fileRequests).toHaveLength(1));
    const { url, authorization } = fileRequests[0]!;
    expect(url.pathname).toBe('/api/v1/exports/listings');
    expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'xlsx', province: '81' });
    expect(authorization).toBeNull(); // anonymous: the public (anonymised) export
  });
});

describe('committee report', () => {
  it('checks the period, then downloads the chosen format with the token', async () => {
    const { user } = await renderApp('/province/committee-report', { signedInAs: mockUsers.provinceOfficer });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'รายงานต่อคณะกรรมการจัดการขยะมูลฝอยจังหวัดนนทบุรี' }),
    ).toBeInTheDocument();
    const from = screen.getByLabelText('ตั้งแต่วันที่');
    const to = screen.getByLabelText('ถึงวันที่');

    await user.clear(from);
    await user.click(screen.getByRole('button', { name: 'ดาวน์โหลด PDF' }));
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription('กรุณากรอกข้อมูลนี้');
    await waitFor(() => expect(from).toHaveFocus());

    await user.type(from, '2026-10-01');
    await user.clear(to);
    await user.type(to, '2026-09-30');
    await user.click(screen.getByRole('button', { name: 'ดาวน์โหลด PDF' }));
    expect(from).toHaveAccessibleDescription('วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุด');
    await user.clear(from);
    await user.type(from, '2022-01-01');
    await user.click(screen.getByRole('button', { name: 'ดาวน์โหลด PDF' }));
    expect(to).toHaveAccessibleDescription('ช่วงเวลาต้องไม่เกิน 3 ปี');
    expect(fileRequests).toHaveLength(0);
    await user.clear(from);
    await user.type(from, '2026-10-01');

    await user.clear(to);
    await user.type(to, '2026-10-31');
    await user.click(screen.getByRole('button', { name: 'ดาวน์โหลด Excel (XLSX)' }));
    expect(await screen.findByText('ดาวน์โหลดรายงาน (XLSX) แล้ว')).toBeInTheDocument();
    expect(from).toHaveAttribute('aria-invalid', 'false');
    expect(fileRequests).toHaveLength(1);
    const { url, authorization } = fileRequests[0]!;
    expect(url.pathname).toBe('/api/v1/provinces/12/committee-report');
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: '2026-10-01', to: '2026-10-31', format: 'xlsx' });
    expect(authorization).toBe(`Bearer ${tokenFor(mockUsers.provinceOfficer)}`);
  });

  it('shows the server’s field problems next to the field', async () => {
    server.use(
      http.get('/api/v1/provinces/:code/committee-report', () =>
        HttpResponse.json(
          {
            type: 'https://carbon.dla.go.th/problems/validation-failed',
            title: 'Bad Request',
            status: 400,
            errors: [{ field: 'to', message: 'ช่วงเวลาต้องไม่เกิน 1 ปี' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderApp('/province/committee-report', { signedInAs: mockUsers.provinceOfficer });
    await user.click(await screen.findByRole('button', { name: 'ดาวน์โหลด CSV' }));
    const to = screen.getByLabelText('ถึงวันที่');
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
    expect(to).toHaveAccessibleDescription('ช่วงเวลาต้องไม่เกิน 1 ปี');
  });

  it('is on their province’s dashboard and linked from their officer approvals page', async () => {
    const dashboard = await renderApp('/dashboard/provinces/12', { signedInAs: mockUsers.provinceOfficer });
    expect(await screen.findByRole('heading', { name: 'รายงานต่อคณะกรรมการ' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ดาวน์โหลด PDF' })).toBeInTheDocument();
    dashboard.unmount();

    const { user, router } = await renderApp('/province/officer-approvals', { signedInAs: mockUsers.provinceOfficer });
    await user.click(await screen.findByRole('link', { name: 'รายงานต่อคณะกรรมการ' }));
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/province/committee-report?province=12'));
  });

  it('is not for buyers', async () => {
    await renderApp('/province/committee-report', { signedInAs: mockUsers.buyer });
    expect(await screen.findByRole('heading', { level: 1, name: 'คุณไม่มีสิทธิ์เข้าถึงหน้านี้' })).toBeInTheDocument();
  });
});

describe('exports', () => {
  it('exports the catalogue with its current filters', async () => {
    const { user } = await renderApp('/market?province=81&lao=5810401&mode=AUCTION');
    await user.click(await screen.findByRole('button', { name: 'ส่งออกรายการขาย เป็น CSV' }));
    await waitFor(() => expect(fileRequests).toHaveLength(1));
    const { url } = fileRequests[0]!;
    expect(url.pathname).toBe('/api/v1/exports/listings');
    expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'csv', province: '81', lao: '5810401' });
  });

  it("exports a buyer's trades with the token", async () => {
    const { user } = await renderApp('/my/trades', { signedInAs: mockUsers.buyer });
    await user.click(await screen.findByRole('button', { name: 'ส่งออกการซื้อขาย เป็น CSV' }));
    await waitFor(() => expect(fileRequests).toHaveLength(1));
    expect(fileRequests[0]!.url.pathname).toBe('/api/v1/exports/trades');
    expect(fileRequests[0]!.authorization).toBe(`Bearer ${tokenFor(mockUsers.buyer)}`);
  });

  it("exports an LAO's trades for that LAO", async () => {
    const { user } = await renderApp('/lao/trades', { signedInAs: mockUsers.laoOfficer });
    await user.click(await screen.findByRole('button', { name: 'ส่งออกการซื้อขาย เป็น XLSX' }));
    await waitFor(() => expect(fileRequests).toHaveLength(1));
    expect(Object.fromEntries(fileRequests[0]!.url.searchParams)).toEqual({ format: 'xlsx', lao: '4120102' });
  });

  it("exports a buyer's retirements", async () => {
    const { user } = await renderApp('/my/retirements', { signedInAs: mockUsers.buyer });
    await user.click(await screen.findByRole('button', { name: 'ส่งออกการยกเลิกใช้ เป็น CSV' }));
    await waitFor(() => expect(fileRequests).toHaveLength(1));
    expect(fileRequests[0]!.url.pathname).toBe('/api/v1/exports/retirements');
  });

  it('shows a failed export next to the buttons', async () => {
    server.use(
      http.get('/api/v1/exports/:kind', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderApp('/market');
    await user.click(await screen.findByRole('button', { name: 'ส่งออกรายการขาย เป็น CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ระบบขัดข้องชั่วคราว');
  });
});

describe('/laos/:code market figures', () => {
  it('shows bins and households, credits by vintage, listings and sales', async () => {
    const figures = laoDashboard('4120102')!;
    await renderApp('/laos/4120102');
    const section = await screen.findByTestId('lao-figures');
    await within(section).findByTestId('lao-households');
    expect(within(section).getByTestId('lao-households')).toHaveTextContent(th(figures.households));
    expect(within(section).getByTestId('lao-bins')).toHaveTextContent(th(figures.bins));
    expect(within(within(section).getByTestId('lao-vintages')).getByRole('rowheader', { name: 'พ.ศ. 2567' })).toBeInTheDocument();
    if (figures.sales.length > 0) {
      expect(within(section).getByTestId('lao-sales')).toHaveTextContent(th(figures.sales[0]!.quantity));
    }
    expect(within(section).getByRole('link', { name: 'ดูแดชบอร์ดจังหวัดนนทบุรี' })).toHaveAttribute(
      'href',
      '/dashboard/provinces/12',
    );
  });
});
