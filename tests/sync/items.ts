import type { AgentItem, CodeItem, CustomerItem, InteractionItem, NoteItem, PromiseItem } from '../../src/main/services/sync/wire';

/** Changes as a CRM would publish them, for the sync tests and benchmarks. */
export function customerItem(n: number, overrides: Partial<CustomerItem> = {}): CustomerItem {
  return {
    kind: 'customer',
    id: `crm-c${n}`,
    firstName: 'Ada',
    lastName: `Lovelace ${n}`,
    displayName: null,
    company: 'Analytical Engines',
    email: `ada${n}@example.com`,
    tier: 'standard',
    preferredLanguage: 'en',
    preferredTone: 'formal',
    // Valid UK mobile numbers (07700 900000–900999 is Ofcom's drama range; libphonenumber accepts 07400 …).
    phones: [{ number: `+4474${String(n % 100_000_000).padStart(8, '0')}`, label: 'mobile' }],
    tags: [],
    updatedAt: 1_700_000_000_000 + n,
    ...overrides,
  };
}

export function noteItem(id: string, customerId: string, overrides: Partial<NoteItem> = {}): NoteItem {
  return { kind: 'note', id, customerId, interactionId: null, author: 'agent-7', body: `Note ${id}`, createdAt: 1_700_000_100_000, ...overrides };
}

export function interactionItem(id: string, customerId: string, overrides: Partial<InteractionItem> = {}): InteractionItem {
  return {
    kind: 'interaction',
    id,
    customerId,
    direction: 'inbound',
    fromNumber: '+442071234567',
    toNumber: '+442079876543',
    startedAt: 1_700_000_000_000,
    endedAt: 1_700_000_060_000,
    outcome: 'answered',
    rootCauses: [],
    ...overrides,
  };
}

export function promiseItem(id: string, customerId: string, overrides: Partial<PromiseItem> = {}): PromiseItem {
  return {
    kind: 'promise',
    id,
    customerId,
    interactionId: null,
    description: 'Call back with the refund',
    ownerType: 'me',
    ownerName: 'agent-7',
    dueAt: 1_700_100_000_000,
    status: 'open',
    statusChangedAt: 1_700_000_000_000,
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function dispositionItem(code: string): CodeItem {
  return { kind: 'disposition-code', id: code, labelEn: `Resolved ${code}`, labelRu: 'Решено', labelUk: 'Вирішено', sortOrder: 1, active: true };
}

function personItem(id: string, sipAddress: string, displayName: string, team: string, role: string, leadsTeams: string[] = []): AgentItem {
  return {
    kind: 'agent',
    id,
    sipAddress,
    displayName,
    team,
    leadsTeams,
    role,
    active: true,
    updatedAt: 10,
  };
}

/** Olena supervises Support and Billing, Ivan Billing only; Anna answers for Support, Petro for Billing. */
export const supervisionRoster = [
  personItem('person-olena', 'sip:olena@example.com', 'Olena Shevchenko', 'Support', 'supervisor', ['Support', 'Billing']),
  personItem('person-ivan', 'ivan@example.com', 'Ivan Melnyk', 'Billing', 'supervisor', ['Billing']),
  personItem('person-anna', '1001@example.com', 'Anna Kovalenko', 'Support', 'agent'),
  personItem('person-petro', '1002@example.com', 'Petro Bondarenko', 'Billing', 'agent'),
];

/** A person of the roster at example.com: `user` is their SIP user, `leadsTeams` the teams a supervisor leads. */
export function rosterPerson(id: string, user: string, displayName: string, team: string, role: string, leadsTeams: string[] = []): AgentItem {
  return { kind: 'agent', id, sipAddress: `${user}@example.com`, displayName, team, leadsTeams, role, active: true, updatedAt: 1 };
}
