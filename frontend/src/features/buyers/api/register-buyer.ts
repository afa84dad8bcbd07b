import { useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import { ORGANISATION_TYPES, type BuyerOrganisation, type BuyerRegistration } from '../types';
import { isTaxIdFormat, isValidTaxId } from '../utils/tax-id';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'tooLong'));

/**
 * The registration form as people fill it in (messages are `validation.*` keys). The password rules follow the
 * server's policy (at least 10 characters, not containing the username); the server checks again.
 */
export const registrationFormSchema = z
  .object({
    type: z.enum(ORGANISATION_TYPES, 'required'),
    nameTh: text(200),
    nameEn: text(200),
    taxId: z.string().check(
      z.trim(),
      z.minLength(1, 'required'),
      z.refine((value) => value === '' || isTaxIdFormat(value), 'taxIdFormat'),
      z.refine((value) => !isTaxIdFormat(value) || isValidTaxId(value), 'taxIdChecksum'),
    ),
    addressLine: text(300),
    subdistrict: text(100),
    district: text(100),
    provinceCode: z.string().check(z.trim(), z.minLength(1, 'required')),
    postcode: z.string().check(
      z.trim(),
      z.minLength(1, 'required'),
      z.refine((value) => value === '' || /^\d{5}$/.test(value), 'postcode'),
    ),
    contactName: text(200),
    email: z.string().check(
      z.trim(),
      z.minLength(1, 'required'),
      z.maxLength(254, 'tooLong'),
      z.refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'email'),
    ),
    phone: z.string().check(
      z.trim(),
      z.minLength(1, 'required'),
      z.refine((value) => value === '' || /^\+?\d[\d\s-]{7,18}\d$/.test(value), 'phone'),
    ),
    tgoAccountNo: z.string().check(z.trim(), z.maxLength(50, 'tooLong')),
    username: z.string().check(
      z.trim(),
      z.minLength(1, 'required'),
      z.maxLength(64, 'tooLong'),
      z.refine((value) => value === '' || /^[A-Za-z0-9._@-]{3,}$/.test(value), 'usernameFormat'),
    ),
    password: z.string().check(z.minLength(1, 'required'), z.maxLength(128, 'tooLong')),
    confirmPassword: z.string(),
  })
  .check(
    z.superRefine((form, ctx) => {
      const { password, username, confirmPassword } = form;
      if (password && [...password].length < 10) {
        ctx.issues.push({ code: 'custom', message: 'passwordLength', path: ['password'], input: password });
      } else if (password && username && password.toLowerCase().includes(username.toLowerCase())) {
        ctx.issues.push({ code: 'custom', message: 'passwordContainsUsername', path: ['password'], input: password });
      }
      if (password && confirmPassword !== password) {
        ctx.issues.push({ code: 'custom', message: 'passwordMismatch', path: ['confirmPassword'], input: confirmPassword });
      }
    }),
  );

export type RegistrationForm = z.input<typeof registrationFormSchema>;

/** The validated form as the API's `registration` part: the address as one object, no confirmation, an empty TGO number left out. */
export function toRegistration(form: z.output<typeof registrationFormSchema>): BuyerRegistration {
  const { confirmPassword: _, tgoAccountNo, addressLine, subdistrict, district, provinceCode, postcode, ...rest } = form;
  return {
    ...rest,
    address: { line: addressLine, subdistrict, district, provinceCode, postcode },
    ...(tgoAccountNo ? { tgoAccountNo } : {}),
  };
}

/**
 * `POST /api/v1/buyers/registrations` (public), multipart: the part `registration` is the JSON, each part
 * `documents` one file.
 */
export function registerBuyer({
  registration,
  documents,
}: {
  registration: BuyerRegistration;
  documents: readonly File[];
}): Promise<BuyerOrganisation> {
  const body = new FormData();
  body.append('registration', new Blob([JSON.stringify(registration)], { type: 'application/json' }));
  for (const document of documents) body.append('documents', document, document.name);
  return apiRequest<BuyerOrganisation>('POST', '/api/v1/buyers/registrations', { body });
}

export function useRegisterBuyer() {
  return useMutation({ mutationFn: registerBuyer });
}
