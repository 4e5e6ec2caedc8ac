/**
 * How long the text an agent types, a CRM file brings or the store keeps may
 * be: one place for the numbers, so that the forms, the wrap-up contract and
 * the importer refuse the same things.
 */

/** A customer's first or last name (the quick create, imported customers). */
export const personNameMaxLength = 100;
/** A shown name is at most "first last" (its default). */
export const displayNameMaxLength = 2 * personNameMaxLength + 1;
/** A phone number as typed or exported, before it is read into E.164. */
export const phoneInputMaxLength = 64;
/** A person who writes or keeps something: a note's author, a promise's owner, the agent on a call. */
export const agentNameMaxLength = 120;
/** A disposition or root-cause code; tags and phone labels are short labels of the same kind. */
export const codeMaxLength = 64;
/** A note's body. */
export const noteMaxLength = 20_000;
/** What the customer wanted, what we offered. */
export const wrapUpTextMaxLength = 2000;
/** What was promised. */
export const promiseDescriptionMaxLength = 500;
/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its angle brackets, so an address at most 254. */
export const emailMaxLength = 254;
/** A company's name: room for the long legal names registries hold. */
export const companyMaxLength = 200;

export const atMost = (max: number) => `must be at most ${max} characters`;
