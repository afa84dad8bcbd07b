import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import type { BuyerRegistration } from '@/features/buyers/types';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function fillValidForm(user: User, overrides: Partial<Record<string, string>> = {}) {
  const values = {
    nameTh: 'บริษัท ลดโลกร้อน จำกัด',
    nameEn: 'Cool Planet Co., Ltd.',
    taxId: '0105536112022',
    addressLine: '1 ถนนพหลโยธิน',
    subdistrict: 'สามเสนใน',
    district: 'พญาไท',
    postcode: '10400',
    contactName: 'ปรีชา ใจดี',
    email: 'preecha@coolplanet.example',
    phone: '02 987 6543',
    username: 'coolplanet',
    password: 'long enough secret',
    confirmPassword: 'long enough secret',
    ...overrides,
  };
  await user.selectOptions(screen.getByLabelText('ประเภทผู้ซื้อ'), 'BUSINESS');
  // the province list comes from the directory (the route passes it in)
  await waitFor(() => expect(screen.getByRole('option', { name: 'กรุงเทพมหานคร' })).toBeInTheDocument());
  await user.selectOptions(screen.getByLabelText('จังหวัด'), '10');
  const labels: Record<keyof typeof values, string> = {
    nameTh: 'ชื่อองค์กร (ภาษาไทย)',
    nameEn: 'ชื่อองค์กร (ภาษาอังกฤษ)',
    taxId: 'เลขประจำตัวผู้เสียภาษี / เลขทะเบียนนิติบุคคล',
    addressLine: 'เลขที่ หมู่ ถนน',
    subdistrict: 'ตำบล / แขวง',
    district: 'อำเภอ / เขต',
    postcode: 'รหัสไปรษณีย์',
    contactName: 'ชื่อผู้ติดต่อ',
    email: 'อีเมล',
    phone: 'โทรศัพท์',
    username: 'ชื่อผู้ใช้',
    password: 'รหัสผ่าน',
    confirmPassword: 'ยืนยันรหัสผ่าน',
  };
  for (const [field, label] of Object.entries(labels) as Array<[keyof typeof values, string]>) {
    const input = screen.getByLabelText(label);
    await user.clear(input);
    if (values[field]) await user.paste(values[field]); // clear() leaves the focus in the field
  }
}

const submit = (user: User) => user.click(screen.getByRole('button', { name: 'ส่งคำขอลงทะเบียน' }));

describe('/register', () => {
  it('checks every field before sending, with the error next to each field and focus on the first', async () => {
    const { user } = await renderApp('/register');
    await submit(user);

    const type = screen.getByLabelText('ประเภทผู้ซื้อ');
    expect(type).toHaveAttribute('aria-invalid', 'true');
    expect(type).toHaveAccessibleDescription('กรุณากรอกข้อมูลนี้');
    await waitFor(() => expect(type).toHaveFocus());
    expect(screen.getByLabelText('อีเมล')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/กรุณาแก้ไขข้อมูล \d+ รายการ/);
    // optional fields are not errors
    expect(screen.getByLabelText('เลขที่บัญชีทะเบียน T-VER ของ อบก. (ไม่บังคับ)')).toHaveAttribute('aria-invalid', 'false');
  });

  it('validates the tax ID check digit, the email, and the password rules on the client', async () => {
    const { user } = await renderApp('/register');
    await fillValidForm(user, {
      taxId: '0105536112015',
      email: 'not-an-email',
      password: 'coolplanet-2025',
      confirmPassword: 'something else',
    });
    await submit(user);

    const taxId = screen.getByLabelText('เลขประจำตัวผู้เสียภาษี / เลขทะเบียนนิติบุคคล');
    expect(taxId).toHaveAccessibleDescription(/หลักตรวจสอบไม่ตรง/);
    await waitFor(() => expect(taxId).toHaveFocus());
    expect(screen.getByLabelText('อีเมล')).toHaveAccessibleDescription(/รูปแบบอีเมลไม่ถูกต้อง/);
    expect(screen.getByLabelText('รหัสผ่าน')).toHaveAccessibleDescription(/ต้องไม่มีชื่อผู้ใช้/);
    expect(screen.getByLabelText('ยืนยันรหัสผ่าน')).toHaveAccessibleDescription(/ไม่ตรงกัน/);

    // Correcting a field clears its error; dashes typed in the ID are dropped
    await user.clear(taxId);
    await user.type(taxId, '0-1055-36112-01-4');
    expect(taxId).toHaveValue('0105536112014');
    expect(taxId).toHaveAttribute('aria-invalid', 'false');
  });

  it('sends the registration as multipart with the chosen documents and says it is pending', async () => {
    let sent: { registration: BuyerRegistration; documents: string[] } | null = null;
    server.events.on('request:start', ({ request }) => {
      if (!request.url.endsWith('/buyers/registrations')) return;
      void request
        .clone()
        .formData()
        .then(async (form) => {
          const part = form.get('registration') as Blob;
          sent = {
            registration: JSON.parse(await part.text()) as BuyerRegistration,
            documents: form.getAll('documents').map((file) => (file as File).name),
          };
        });
    });
    const { user } = await renderApp('/register');
    await fillValidForm(user);
    const picker = screen.getByLabelText('ไฟล์เอกสาร (ไม่บังคับ)');
    await user.upload(picker, [
      new File(['%PDF-1.4'], 'หนังสือรับรอง.pdf', { type: 'application/pdf' }),
      new File(['png'], 'id-card.png', { type: 'image/png' }),
    ]);
    const chosen = screen.getByRole('list', { name: 'ไฟล์ที่เลือก' });
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(chosen).getByRole('button', { name: 'นำออก id-card.png' }));
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);

    await submit(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'ส่งคำขอลงทะเบียนแล้ว' })).toBeInTheDocument();
    expect(screen.getByText('รอตรวจสอบ')).toBeInTheDocument();
    expect(screen.getByText(/จนกว่ากรมส่งเสริมการปกครองท้องถิ่นจะตรวจสอบ/)).toBeInTheDocument();
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent!.documents).toEqual(['หนังสือรับรอง.pdf']);
    expect(sent!.registration).toEqual({
      type: 'BUSINESS',
      nameTh: 'บริษัท ลดโลกร้อน จำกัด',
      nameEn: 'Cool Planet Co., Ltd.',
      taxId: '0105536112022',
      address: { line: '1 ถนนพหลโยธิน', subdistrict: 'สามเสนใน', district: 'พญาไท', provinceCode: '10', postcode: '10400' },
      contactName: 'ปรีชา ใจดี',
      email: 'preecha@coolplanet.example',
      phone: '02 987 6543',
      username: 'coolplanet',
      password: 'long enough secret',
    });
    server.events.removeAllListeners();
  });

  it('shows the server field errors next to the right field', async () => {
    const { user } = await renderApp('/register');
    await fillValidForm(user, { taxId: '0994000165510' }); // valid, but already registered
    await submit(user);

    const taxId = screen.getByLabelText('เลขประจำตัวผู้เสียภาษี / เลขทะเบียนนิติบุคคล');
    await waitFor(() => expect(taxId).toHaveAttribute('aria-invalid', 'true'));
    expect(taxId).toHaveAccessibleDescription(/is already registered/);
    await waitFor(() => expect(taxId).toHaveFocus());
    expect(screen.getByLabelText('ชื่อผู้ใช้')).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows a problem without field errors above the form', async () => {
    server.use(
      http.post('/api/v1/buyers/registrations', () =>
        HttpResponse.json(
          { type: 'https://carbon.dla.go.th/problems/payload-too-large', title: 'Too large', status: 413 },
          { status: 413, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderApp('/register', { language: 'en' });
    await user.selectOptions(screen.getByLabelText('Type of buyer'), 'INDIVIDUAL');
    // individuals give their citizen ID and their own name
    expect(screen.getByLabelText('Citizen ID number')).toBeInTheDocument();
    expect(screen.getByLabelText('Full name (Thai)')).toBeInTheDocument();
    const fill = async (label: string, value: string) => {
      await user.click(screen.getByLabelText(label));
      await user.paste(value);
    };
    await fill('Citizen ID number', '1101700207030');
    await fill('Full name (Thai)', 'สมหญิง ทดสอบ');
    await fill('Full name (English)', 'Somying Test');
    await fill('House number, village, road', '9 Rama IV Road');
    await fill('Subdistrict (tambon / khwaeng)', 'Lumphini');
    await fill('District (amphoe / khet)', 'Pathum Wan');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Bangkok' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Province'), '10');
    await fill('Postcode', '10330');
    await fill('Contact name', 'Somying');
    await fill('Email', 'somying@example.com');
    await fill('Phone', '0812345678');
    await fill('Username', 'somying');
    await fill('Password', 'a long password');
    await fill('Confirm password', 'a long password');
    await user.click(screen.getByRole('button', { name: 'Send registration' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too large');
  });

  it('puts the server\'s errors on the address object next to the matching address field', async () => {
    server.use(
      http.post('/api/v1/buyers/registrations', () =>
        HttpResponse.json(
          {
            type: 'https://carbon.dla.go.th/problems/validation-failed',
            title: 'The request is not valid',
            status: 400,
            detail: 'Some fields are not valid.',
            errors: [{ field: 'address.postcode', message: 'must be 5 digits' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderApp('/register');
    await fillValidForm(user);
    await submit(user);
    const postcode = screen.getByLabelText('รหัสไปรษณีย์');
    await waitFor(() => expect(postcode).toHaveAttribute('aria-invalid', 'true'));
  });

  it('refuses documents of the wrong type, too large, or too many, before sending', async () => {
    await renderApp('/register');
    const picker = screen.getByLabelText('ไฟล์เอกสาร (ไม่บังคับ)');
    const big = new File(['x'], 'big.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    fireEvent.change(picker, {
      target: { files: [new File(['gif'], 'photo.gif', { type: 'image/gif' }), big] },
    });
    expect(await screen.findByText('ไม่ได้เพิ่ม photo.gif: รองรับเฉพาะ PDF, JPEG และ PNG')).toBeInTheDocument();
    expect(screen.getByText('ไม่ได้เพิ่ม big.pdf: ไฟล์ใหญ่เกิน 5 MB')).toBeInTheDocument();
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('list', { name: 'ไฟล์ที่เลือก' })).toBeNull();
  });
});
