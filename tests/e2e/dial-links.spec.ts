import { dialLinkAddress, expect, test } from './support/console-fixture';

// eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures argument destructured, even when none is used.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'Electron takes links from the OS, not from its page address (unit-tested)');
});

test('a tel: link opens the console with its number in the dialer, ready for Enter', async ({ parley }) => {
  const { page } = parley;
  await page.goto(dialLinkAddress('tel:+7 (916) 123-45-67'));
  await expect(page.getByTestId('dial-input')).toHaveValue('+79161234567');
  await expect(page.getByTestId('dial-input')).toBeFocused();
  await expect(page.getByTestId('dial-link-problem')).toBeHidden();
});

test('a link with no number in it says so, and the message goes once the agent types', async ({ parley }) => {
  const { page } = parley;
  await page.goto(dialLinkAddress('tel:call-me'));
  await expect(page.getByTestId('dial-link-problem')).toHaveText('Cannot dial tel:call-me: the link holds no phone number.');
  await expect(page.getByTestId('dial-input')).toHaveValue('');

  await page.getByTestId('dial-input').fill('+4930123456');
  await expect(page.getByTestId('dial-link-problem')).toBeHidden();
});
