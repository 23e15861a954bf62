import type { components } from '../../shared/api/schema';

type Schemas = components['schemas'];
export type TradeLicenceDto = Schemas['TradeLicenceResponse'];
export type ShipmentDto = Schemas['ShipmentResponse'];
export type ReconciliationDto = Schemas['LicenceReconciliationResponse'];
export type CreateLicenceBody = Schemas['CreateTradeLicenceRequest'];
export type CreateShipmentBody = Schemas['CreateShipmentRequest'];
export type CreateReceiptBody = Schemas['CreateReceiptRequest'];

export const LICENCE_KINDS = ['import', 'export', 'transit'] as const satisfies readonly Schemas['TradeLicenceKind'][];
export const LICENCE_STATUSES = ['issued', 'partly_used', 'used', 'expired', 'revoked'] as const satisfies readonly Schemas['TradeLicenceStatus'][];
export const ITEM_KINDS = ['firearm', 'part', 'ammunition'] as const satisfies readonly Schemas['TradeItemKind'][];
export const PART_TYPES = ['frame_receiver', 'barrel', 'slide_bolt', 'cylinder', 'other'] as const;

/** One line of goods as a form holds it: text everywhere ("" is not given). */
export interface ItemLineValues {
  itemKind: (typeof ITEM_KINDS)[number];
  category: string;
  partType: string;
  make: string;
  model: string;
  calibre: string;
  serialNumber: string;
  quantity: string;
  description: string;
  lotNumber: string;
  licenceLine: string;
}

export const emptyLine = (): ItemLineValues => ({ itemKind: 'firearm', category: '', partType: '', make: '', model: '', calibre: '', serialNumber: '', quantity: '1', description: '', lotNumber: '', licenceLine: '' });

export interface LicenceFormValues {
  kind: (typeof LICENCE_KINDS)[number];
  number: string;
  issuingAuthority: string;
  issuingCountry: string;
  placeOfIssue: string;
  issuedOn: string;
  expiresOn: string;
  exportingCountry: string;
  importingCountry: string;
  transitCountries: string[];
  transitNotices: { country: string; reference: string; date: string }[];
  exporter: string;
  importer: string;
  finalRecipient: string;
  endUserCertificateRef: string;
  importLicenceNumber: string;
  importLicenceCountry: string;
  importLicenceIssuedOn: string;
  importLicenceExpiresOn: string;
  items: ItemLineValues[];
  notes: string;
}

export function emptyLicenceForm(): LicenceFormValues {
  return {
    kind: 'export',
    number: '',
    issuingAuthority: '',
    issuingCountry: '',
    placeOfIssue: '',
    issuedOn: '',
    expiresOn: '',
    exportingCountry: '',
    importingCountry: '',
    transitCountries: [],
    transitNotices: [],
    exporter: '',
    importer: '',
    finalRecipient: '',
    endUserCertificateRef: '',
    importLicenceNumber: '',
    importLicenceCountry: '',
    importLicenceIssuedOn: '',
    importLicenceExpiresOn: '',
    items: [emptyLine()],
    notes: '',
  };
}

/** A field's text, trimmed; a cleared select gives null, a number input a number. */
const s = (v: unknown): string => (typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v));
const given = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined)) as Partial<T>;

/** The item description fields every line sends (licence, shipment, receipt); a serialised item is one unit. */
function itemOf(line: ItemLineValues) {
  const quantity = Number(s(line.quantity) || '1');
  return {
    itemKind: line.itemKind,
    ...given({ category: line.itemKind === 'firearm' ? s(line.category) : '', partType: line.itemKind === 'part' ? s(line.partType) : '', make: s(line.make), model: s(line.model), calibre: s(line.calibre), serialNumber: line.itemKind === 'ammunition' ? '' : s(line.serialNumber) }),
    quantity: Number.isFinite(quantity) ? quantity : 1,
  };
}

/** The licence as the API validates it: the import licence only on an export, notices only with transit states. */
export function toLicenceBody(v: LicenceFormValues): CreateLicenceBody {
  const body = {
    kind: v.kind,
    number: s(v.number),
    issuingAuthority: s(v.issuingAuthority),
    issuingCountry: s(v.issuingCountry),
    ...given({ placeOfIssue: s(v.placeOfIssue), endUserCertificateRef: s(v.endUserCertificateRef), notes: s(v.notes) }),
    issuedOn: s(v.issuedOn),
    expiresOn: s(v.expiresOn),
    exportingCountry: s(v.exportingCountry),
    importingCountry: s(v.importingCountry),
    ...(v.transitCountries.length ? { transitCountries: v.transitCountries } : {}),
    exporter: { name: s(v.exporter) },
    importer: { name: s(v.importer) },
    finalRecipient: { name: s(v.finalRecipient) },
    items: v.items.map((line) => ({ ...itemOf(line), ...given({ description: s(line.description) }) })),
  } as CreateLicenceBody;
  if (v.kind === 'export') {
    if (s(v.importLicenceNumber)) body.importLicence = { number: s(v.importLicenceNumber), country: s(v.importLicenceCountry), ...given({ issuedOn: s(v.importLicenceIssuedOn), expiresOn: s(v.importLicenceExpiresOn) }) };
    const notices = v.transitNotices.filter((n) => v.transitCountries.includes(s(n.country)));
    if (notices.length) body.transitNotices = notices.map((n) => ({ country: s(n.country), reference: s(n.reference), date: s(n.date) }));
  }
  return body;
}

/** One transit notice per transit state on an export licence (art. 10.2(b)): added or dropped as the states change. */
export function noticesFor(kind: string, transit: string[], notices: LicenceFormValues['transitNotices']): LicenceFormValues['transitNotices'] {
  if (kind !== 'export') return [];
  return transit.map((country) => notices.find((n) => n.country === country) ?? { country, reference: '', date: '' });
}

/** A shipment's lines, first proposed from what the licence still allows. */
export function linesFromLicence(licence: TradeLicenceDto): ItemLineValues[] {
  return licence.items
    .filter((l) => l.remaining > 0)
    .map((l) => ({
      ...emptyLine(),
      itemKind: l.itemKind,
      category: l.category ?? '',
      partType: l.partType ?? '',
      make: l.make.asWritten ?? '',
      model: l.model ?? '',
      calibre: l.calibre.asWritten ?? '',
      serialNumber: l.serialNumber ?? '',
      quantity: String(l.serialNumber ? 1 : l.remaining),
      licenceLine: String(l.lineNo),
    }));
}

export function toShipmentBody(v: { reference: string; shippedOn: string; carrierName: string; route: string[]; routeDescription: string; notes: string; items: ItemLineValues[] }): CreateShipmentBody {
  return {
    ...given({ reference: s(v.reference), carrierName: s(v.carrierName), routeDescription: s(v.routeDescription), notes: s(v.notes) }),
    shippedOn: s(v.shippedOn),
    ...(v.route.length ? { route: v.route } : {}),
    items: v.items.map((line) => ({ ...itemOf(line), ...given({ lotNumber: s(line.lotNumber) }), ...(s(line.licenceLine) ? { licenceLine: Number(s(line.licenceLine)) } : {}) })),
  } as CreateShipmentBody;
}

/** What arrived, first proposed as what is still in transit: the officer corrects serials as read and quantities short. */
export function receiptLinesFrom(shipment: ShipmentDto): ItemLineValues[] {
  return shipment.items
    .filter((i) => i.quantityInTransit > 0)
    .map((i) => ({
      ...emptyLine(),
      itemKind: i.itemKind,
      category: i.category ?? '',
      partType: i.partType ?? '',
      make: i.make.asWritten ?? '',
      model: i.model ?? '',
      calibre: i.calibre.asWritten ?? '',
      serialNumber: i.serialNumber ?? '',
      quantity: String(i.quantityInTransit),
      lotNumber: i.lotNumber ?? '',
    }));
}

export function toReceiptBody(v: { receivedOn: string; place: string; receivedBy: string; notes: string; items: ItemLineValues[] }): CreateReceiptBody {
  return {
    receivedOn: s(v.receivedOn),
    ...given({ place: s(v.place), receivedBy: s(v.receivedBy), notes: s(v.notes) }),
    items: v.items.map((line) => ({ ...itemOf(line), ...given({ lotNumber: s(line.lotNumber) }) })),
  } as CreateReceiptBody;
}

/** The licence list's filters and page, as the URL carries them. */
export interface TradeListSearch {
  kind?: (typeof LICENCE_KINDS)[number];
  status?: (typeof LICENCE_STATUSES)[number];
  country?: string;
  number?: string;
  page?: number;
}

export const TRADE_PAGE_SIZE = 25;

export function parseTradeListSearch(raw: Record<string, unknown>): TradeListSearch {
  const page = Number(raw.page);
  const result: TradeListSearch = {
    kind: LICENCE_KINDS.find((k) => k === raw.kind),
    status: LICENCE_STATUSES.find((k) => k === raw.status),
    country: typeof raw.country === 'string' && /^[A-Z]{2}$/.test(raw.country) ? raw.country : undefined,
    number: typeof raw.number === 'string' && raw.number.trim() && raw.number.length <= 100 ? raw.number.trim() : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 4000 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as TradeListSearch;
}

export function toTradeListQuery(search: TradeListSearch) {
  const { page = 1, ...filters } = search;
  return { ...filters, limit: TRADE_PAGE_SIZE, offset: (page - 1) * TRADE_PAGE_SIZE };
}
