import { expect, test, type APIRequestContext } from '@playwright/test';
import { bearer, stamp, tokenOf } from './admin-support';
import { checkPage, chooseLanguage, DEMO_PASSWORD, signIn, t, watchCsp, type Locale } from './support';

// A firearm reported stolen resurfaces in another agency's seizure: the reporting
// agency's investigator sees the count in the navigation, reads where and when it
// came back, and acknowledges it. The reporting agency is made for the test, so the
// count is this test's alone.
test.describe.configure({ timeout: 120_000 });

const api = async <T>(request: APIRequestContext, token: string, path: string, data: object): Promise<T> => {
  const answer = await request.post(`/api${path}`, { headers: bearer(token), data });
  expect(answer.status(), `${path}: ${await answer.text()}`).toBeLessThan(300);
  return (await answer.json()) as T;
};

/** A police unit of its own, with a user who registers, reports thefts and receives the alerts (officer and investigator). */
async function reportingAgency(request: APIRequestContext): Promise<{ username: string; token: string }> {
  const admin = await tokenOf(request, 'demo.admin');
  const code = `PN-${stamp()}`.slice(0, 20);
  const agency = await api<{ id: string }>(request, admin, '/agencies', { code, name: `Commissariat ${code}`, type: 'police', region: 'Thiès' });
  const username = `alerts.${stamp().toLowerCase()}`;
  const initialPassword = 'Initial-Password-2026';
  await api(request, admin, '/users', { username, displayName: 'Insp. Khady Fall', agencyId: agency.id, roles: ['registry_officer', 'investigator'], initialPassword });
  const first = await api<{ accessToken: string }>(request, '', '/auth/sign-in', { username, password: initialPassword });
  const changed = await request.post('/api/auth/password', { headers: bearer(first.accessToken), data: { currentPassword: initialPassword, newPassword: DEMO_PASSWORD } });
  expect(changed.status(), await changed.text()).toBe(204);
  const signedIn = await api<{ accessToken: string }>(request, '', '/auth/sign-in', { username, password: DEMO_PASSWORD });
  return { username, token: signedIn.accessToken };
}

for (const locale of ['en', 'fr'] as Locale[]) {
  test(`the reporting agency sees a stolen pistol resurface in a seizure and acknowledges the alert (${locale})`, async ({ page, request }) => {
    const reporter = await reportingAgency(request);
    const serial = `HA-${stamp()}`;
    const firearm = await api<{ id: string }>(request, reporter.token, '/firearms', { category: 'pistol', make: 'Beretta', model: '92FS', calibre: '9mm Luger', serialNumber: serial });
    await api(request, reporter.token, `/firearms/${firearm.id}/events`, { type: 'reported_stolen', place: 'Thiès, marché central' });
    // Another agency seizes it in a raid: the alert is raised for the agency that reported the theft.
    const investigator = await tokenOf(request, 'demo.investigator');
    const reference = `PN-CAP/2026/${stamp()}`;
    await api(request, investigator, '/seizures', {
      reference,
      type: 'seized',
      context: 'illicit_possession',
      occurredAt: '2026-11-28T09:15:00Z',
      region: 'Dakar',
      locality: 'Médina',
      latitude: 14.6928,
      longitude: -17.4467,
      seizingOfficer: 'Insp. A. Diop',
      items: [{ kind: 'firearm', firearmId: firearm.id }],
    });

    const csp = watchCsp(page);
    await page.goto('/');
    await signIn(page, reporter.username);
    if (locale !== 'en') await chooseLanguage(page, 'en', locale);
    const navigation = page.getByRole('navigation', { name: t(locale, 'shell.navigation') });
    const inboxLink = navigation.getByRole('link', { name: new RegExp(t(locale, 'nav.alerts')) });
    await expect(inboxLink.getByTestId('alert-count')).toHaveText('1');
    await inboxLink.click();

    await expect(page.getByRole('heading', { level: 1, name: t(locale, 'alerts.title') })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: serial });
    await expect(row).toContainText(t(locale, 'alerts.reported.stolen'));
    await expect(row.getByTestId('resurfaced')).toContainText(reference);
    await expect(row.getByTestId('resurfaced')).toContainText('Médina, Dakar');
    await expect(row.getByTestId('resurfaced')).toContainText(locale === 'fr' ? '28 nov. 2026' : 'Nov 28, 2026');
    await checkPage(page, `alerts-inbox-${locale}`);

    await row.getByRole('button', { name: new RegExp(t(locale, 'alerts.ack.open')) }).click();
    const dialog = page.getByRole('dialog', { name: t(locale, 'alerts.ack.title') });
    await expect(dialog).toContainText(serial);
    await dialog.getByLabel(t(locale, 'alerts.ack.note'), { exact: false }).fill('Propriétaire informé ; dossier 2026/311 rouvert');
    await checkPage(page, `alerts-acknowledge-dialog-${locale}`);
    await dialog.getByRole('button', { name: t(locale, 'alerts.ack.submit') }).click();
    await expect(dialog).toBeHidden();

    // The inbox and the count follow without a reload.
    await expect(page.getByRole('row').filter({ hasText: serial })).toHaveCount(0);
    await expect(page.getByText(t(locale, 'alerts.none.open'))).toBeVisible();
    await expect(inboxLink.getByTestId('alert-count')).toHaveCount(0);
    await page.getByText(t(locale, 'alerts.filter.acknowledged'), { exact: true }).click();
    const acknowledged = page.getByRole('row').filter({ hasText: serial });
    await expect(acknowledged).toContainText(t(locale, 'alerts.state.acknowledged'));
    await expect(acknowledged).toContainText('dossier 2026/311 rouvert');
    await checkPage(page, `alerts-acknowledged-${locale}`);

    const alerts = await (await request.get(`/api/alerts?firearmId=${firearm.id}`, { headers: bearer(reporter.token) })).json();
    expect(alerts.items.map((a: { state: string }) => a.state)).toEqual(['acknowledged']);
    expect(csp).toEqual([]);
  });
}

test('an investigator of another agency reads the alert but cannot acknowledge it', async ({ page, request }) => {
  const reporter = await reportingAgency(request);
  const serial = `HB-${stamp()}`;
  const firearm = await api<{ id: string }>(request, reporter.token, '/firearms', { category: 'revolver', make: 'Taurus', serialNumber: serial });
  await api(request, reporter.token, `/firearms/${firearm.id}/events`, { type: 'reported_lost', place: 'Mbour' });
  await api(request, reporter.token, `/firearms/${firearm.id}/events`, { type: 'found', place: 'Saly, plage' });

  await page.goto('/alerts?everyAgency=true');
  await signIn(page, 'demo.investigator');
  const row = page.getByRole('row').filter({ hasText: serial });
  await expect(row).toContainText(t('en', 'alerts.reported.lost'));
  await expect(row.getByTestId('resurfaced')).toContainText(t('en', 'event.found'));
  await expect(row.getByTestId('resurfaced')).toContainText('Saly, plage');
  await expect(row).toContainText(t('en', 'alerts.state.open'));
  await expect(row.getByRole('button')).toHaveCount(0);
  await checkPage(page, 'alerts-every-agency');
});
