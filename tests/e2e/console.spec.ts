import { expect, test } from './support/console-fixture';

const cyrillic = /[А-Яа-яЁёІіЇїЄєҐґ]/;

interface DemoCustomer {
  id: number;
  displayName: string;
  lastName: string;
}

test.describe('the console on its demo contact center', () => {
  test('loads with the call bar, customer, script and wrap-up panes and the agent state', async ({ parley }) => {
    const { page } = parley;
    await expect(page.getByTestId('call-bar')).toBeVisible();
    await expect(page.getByTestId('agent-state')).toBeVisible();
    await expect(page.getByTestId('customer-search-input')).toBeVisible();
    await expect(page.getByTestId('script-pane')).toBeVisible();
    await expect(page.getByTestId('wrap-up')).toBeVisible();
    await expect(page.getByTestId('demo-badge')).toBeVisible();
  });

  test('finds a demo customer by name and opens their profile and history', async ({ parley }) => {
    const { page, database } = parley;
    const customer = database
      .prepare<[], DemoCustomer>(
        `SELECT c.id, c.display_name AS displayName, c.last_name AS lastName FROM customers c
         WHERE c.preferred_language = 'en' AND EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id)
         ORDER BY c.id LIMIT 1`,
      )
      .get();
    expect(customer, 'the demo data has English-speaking customers with history').toBeDefined();
    if (!customer) return;

    await page.getByTestId('customer-search-input').fill(customer.displayName);
    const result = page.getByTestId('customer-search-result').filter({ hasText: customer.displayName }).first();
    await expect(result).toBeVisible();
    await result.click();

    const card = page.getByTestId('customer-card');
    await expect(card.getByRole('heading', { level: 2 })).toContainText(customer.displayName);
    await expect(card.getByTestId('timeline-entry').first()).toBeVisible();
  });

  test('finds a customer by a part of their phone number', async ({ parley }) => {
    const { page, database } = parley;
    const phone = database
      .prepare<[], { e164: string; displayName: string }>(
        `SELECT p.e164, c.display_name AS displayName FROM customer_phones p JOIN customers c ON c.id = p.customer_id
         ORDER BY p.id DESC LIMIT 1`,
      )
      .get();
    if (!phone) throw new Error('the demo data has no phone numbers');
    // Seven digits from the middle: neither the country code nor the whole number.
    const digits = phone.e164.slice(-9, -2);
    await page.getByTestId('customer-search-input').fill(digits);
    await expect(page.getByTestId('customer-search-result').filter({ hasText: phone.displayName }).first()).toBeVisible();
  });

  test('finds a customer typed in Cyrillic', async ({ parley }) => {
    const { page, database } = parley;
    const customer = database
      .prepare<[], DemoCustomer>(
        `SELECT id, display_name AS displayName, last_name AS lastName FROM customers
         WHERE preferred_language IN ('ru', 'uk') ORDER BY id DESC LIMIT 1`,
      )
      .get();
    if (!customer) throw new Error('the demo data has no Russian- or Ukrainian-speaking customers');
    expect(customer.lastName).toMatch(cyrillic);

    // As an agent types it, key by key, in lower case.
    await page.getByTestId('customer-search-input').pressSequentially(customer.displayName.toLowerCase(), { delay: 20 });
    await expect(page.getByTestId('customer-search-result').filter({ hasText: customer.displayName }).first()).toBeVisible();
  });

  test('says so when nothing matches', async ({ parley }) => {
    await parley.page.getByTestId('customer-search-input').fill('Zzyzxqwv');
    await expect(parley.page.getByTestId('customer-search-empty')).toBeVisible();
  });

  test('switches the whole console to Russian and back', async ({ parley }) => {
    const { page } = parley;
    const search = page.getByTestId('customer-search-input');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const englishPlaceholder = await search.getAttribute('placeholder');

    try {
      await page.getByTestId('settings-open').click();
      await page.getByTestId('settings-language').selectOption('ru');
      await page.getByTestId('settings-save').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(search).toHaveAttribute('placeholder', cyrillic);
      await expect(page.getByTestId('script-pane')).toContainText(cyrillic);

      // The choice is kept: a reload comes back in Russian.
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    } finally {
      await parley.rawCall('settings.update', { language: 'system' });
    }
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(search).toHaveAttribute('placeholder', englishPlaceholder ?? '');
  });

  test('My preferences: the theme switches to dark and to high contrast at once, and is kept across a reload', async ({ parley }) => {
    const { page } = parley;
    const html = page.locator('html');
    try {
      await page.getByTestId('settings-open').click();
      await page.getByTestId('settings-theme').selectOption('dark');
      await page.getByTestId('settings-save').click();
      await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
      await page.reload();
      await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');

      await page.getByTestId('settings-open').click();
      await page.getByTestId('settings-theme').selectOption('high-contrast');
      await page.getByTestId('settings-save').click();
      await expect(html).toHaveAttribute('data-contrast', 'high');
      await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
    } finally {
      await parley.rawCall('settings.update', { theme: 'system' });
    }
    await expect(html).not.toHaveAttribute('data-contrast', 'high');
  });

  test('settings: what is typed and saved is there on reopening; what is typed and not saved is never dropped silently', async ({ parley }) => {
    const { page } = parley;
    const forwarding = `queue-${Date.now()}`;
    try {
      await page.getByTestId('settings-open').click();
      await page.getByTestId('settings-tab-administration').click();
      await page.getByTestId('settings-not-ready-forward').fill(forwarding);
      // The SIP account saves with its own button: typed here, then the dialog's Save pressed.
      await page.getByTestId('phone-username').fill('typed-but-not-saved');
      await page.getByTestId('settings-save').click();
      await expect(page.getByTestId('settings-unsaved')).toContainText('Phone account (SIP)');
      await page.getByTestId('settings-keep-editing').click();
      await expect(page.getByTestId('phone-username')).toHaveValue('typed-but-not-saved');

      // Escape asks too; discarding is a choice, and then the dialog closes.
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('settings-unsaved')).toBeVisible();
      await page.getByTestId('settings-discard').click();
      await expect(page.getByTestId('settings-save')).toBeHidden();

      await page.getByTestId('settings-open').click();
      await page.getByTestId('settings-tab-administration').click();
      await expect(page.getByTestId('settings-not-ready-forward')).toHaveValue(forwarding);
      await expect(page.getByTestId('phone-username')).not.toHaveValue('typed-but-not-saved');
    } finally {
      await parley.rawCall('settings.update', { notReadyForwardTo: '' });
    }
  });

  test('? lists every keyboard shortcut, from the same keys the console answers to; Escape closes it', async ({ parley }) => {
    const { page } = parley;
    await page.locator('body').press('?');
    const help = page.getByTestId('shortcut-help');
    await expect(help).toBeVisible();
    for (const keys of ['Alt+A', 'Alt+H', 'Alt+O', 'Alt+M', 'Alt+D', 'Alt+T', 'Alt+C', 'Alt+E', 'Alt+B', 'Alt+N', 'Ctrl+Enter']) await expect(help).toContainText(keys);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    // Typed into a field, ? is just a character.
    await page.getByTestId('customer-search-input').fill('');
    await page.getByTestId('customer-search-input').press('?');
    await expect(help).toBeHidden();
  });

  test('rejects a contract call with an invalid payload, naming the field', async ({ parley }) => {
    const answer = await parley.rawCall('customers.search', { query: 12345, limit: 'all' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request', field: 'query' } });

    const unknown = await parley.rawCall('customers.deleteAll', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
