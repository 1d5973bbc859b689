// The guide in Spanish: chosen by ?lang=es or by the browser's language, a whole journey, and
// switching language part-way without losing the page or the answers.
import { test, expect, type Page } from '@playwright/test';
import { HEADINGS, guideAddress, heading, openAt, tabTo } from './support/a11y';

const REVIEW_NOTE = 'Esta traducción todavía no ha sido revisada por el equipo médico de la clínica.';

async function expectSpanishPage(page: Page, expectedHeading: string) {
  await expect(heading(page)).toHaveText(expectedHeading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('banner')).toContainText(REVIEW_NOTE);
}

async function choose(page: Page, name: string, role: 'checkbox' | 'radio' = 'checkbox') {
  await page.getByRole(role, { name, exact: true }).check();
}

async function continueInSpanish(page: Page) {
  await page.getByRole('button', { name: 'Continuar' }).click();
}

test('a whole journey in Spanish, from ?lang=es to the results', async ({ page }) => {
  await openAt(page, guideAddress('es'), HEADINGS.es.start);
  await expectSpanishPage(page, HEADINGS.es.start);
  await expect(page).toHaveTitle(`${HEADINGS.es.start} – Guía de alivio`);
  // The other language is offered in its own name and language.
  const english = page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('hreflang', 'en');

  await page.getByRole('button', { name: 'Empezar' }).click();
  await expectSpanishPage(page, HEADINGS.es['warning-signs']);
  await expect(page).toHaveTitle(`Pregunta 1 de 7 – ${HEADINGS.es['warning-signs']} – Guía de alivio`);
  await choose(page, 'Ninguno de estos');
  await continueInSpanish(page);

  await expectSpanishPage(page, HEADINGS.es.where);
  await choose(page, 'Parte baja de la espalda');
  await choose(page, 'Dolor que baja por una pierna o por las dos');
  await continueInSpanish(page);

  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page).toHaveTitle(`Pregunta 3 de 7 – ${HEADINGS.es.duration} – Guía de alivio`);
  await choose(page, 'Más de un año', 'radio');
  await continueInSpanish(page);

  await expectSpanishPage(page, HEADINGS.es.feel);
  await choose(page, 'Agudo o punzante');
  await continueInSpanish(page);

  await expectSpanishPage(page, HEADINGS.es.severity);
  await choose(page, 'Moderado: me impide hacer algunas cosas', 'radio');
  await continueInSpanish(page);

  await expectSpanishPage(page, HEADINGS.es.diagnoses);
  await choose(page, 'Hernia de disco (también llamada disco desplazado o abultado)');
  await continueInSpanish(page);

  await expectSpanishPage(page, HEADINGS.es.treatments);
  await choose(page, 'Medicamentos para el dolor');
  await continueInSpanish(page);

  await expectSpanishPage(page, HEADINGS.es['treatment-result']);
  await choose(page, 'Me ayudaron un poco', 'radio');
  await continueInSpanish(page);

  await expectSpanishPage(page, HEADINGS.es.check);
  await expect(page.locator('.summary-row').filter({ hasText: 'Desde cuándo' })).toContainText('Más de un año');
  await page.getByRole('button', { name: 'Ver mis resultados' }).click();

  await expectSpanishPage(page, HEADINGS.es.results);
  await expect(page.getByRole('heading', { level: 2 })).toContainText([
    'Esto es información educativa, no un diagnóstico',
    'Inyecciones epidurales de esteroides',
    'Bloqueos nerviosos',
    'Comprender el dolor persistente',
    'Qué hacer ahora',
  ]);
  // The reason quotes the Spanish article's sentence that backs it.
  const epidural = page.getByRole('region', { name: 'Inyecciones epidurales de esteroides' });
  await expect(epidural).toContainText(
    'Nos dijo que un médico le ha dicho que tiene: Hernia de disco (también llamada disco desplazado o abultado).',
  );
  await expect(epidural.locator('blockquote')).toHaveText(
    'Estas inyecciones se usan con frecuencia para tratar afecciones como las hernias de disco, la estenosis espinal o la radiculopatía.',
  );
  await expect(page.getByRole('button', { name: 'Imprimir estos resultados' })).toBeVisible();
});

test('switching language part-way keeps the page, the answers and what is ticked', async ({ page }) => {
  await openAt(page, guideAddress(null, 'q/warning-signs'), HEADINGS.en['warning-signs']);
  await choose(page, 'None of these');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en.where);
  await choose(page, 'Neck or upper back');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en.duration);
  // Ticked but not yet sent with Continue.
  await choose(page, '3 to 12 months', 'radio');
  const historyLength = await page.evaluate(() => history.length);
  // Survives only if the page is not loaded again.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // With the keyboard: from the answer, back past Back to the language switcher.
  await expect(page.getByRole('radio', { name: '3 to 12 months' })).toBeFocused();
  const espanol = page.getByRole('link', { name: 'Español' });
  await tabTo(page, espanol, { backwards: true, limit: 3 });
  await expect(espanol).toHaveAttribute('lang', 'es');
  await expect(espanol).toHaveAttribute('hreflang', 'es');
  await page.keyboard.press('Enter');

  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(`Pregunta 3 de 7 – ${HEADINGS.es.duration} – Guía de alivio`);
  await expect(page.getByRole('radio', { name: 'De 3 a 12 meses' })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(page).toHaveURL(/\/\?lang=es#q\/duration$/);
  expect(await page.evaluate(() => history.length), 'no new history entry').toBe(historyLength);

  await continueInSpanish(page);
  await expectSpanishPage(page, HEADINGS.es.feel);
  await page.getByRole('link', { name: 'Atrás' }).click();
  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page.getByRole('radio', { name: 'De 3 a 12 meses' })).toBeChecked();

  // A reload keeps the language (from the address) and the answers (from this tab).
  await page.reload();
  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page.getByRole('radio', { name: 'De 3 a 12 meses' })).toBeChecked();

  // And back to English by mouse: the same question, the same answer.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en.duration);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner')).not.toContainText(REVIEW_NOTE);
  await expect(page.getByRole('radio', { name: '3 to 12 months' })).toBeChecked();
  await expect(page).toHaveURL(/\/\?lang=en#q\/duration$/);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('checkbox', { name: 'Neck or upper back' })).toBeChecked();
});

test.describe('with a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('the guide opens in Spanish without ?lang=', async ({ page }) => {
    await openAt(page, guideAddress(null), HEADINGS.es.start);
    await expectSpanishPage(page, HEADINGS.es.start);
  });

  test('an unknown ?lang= falls back to the browser language', async ({ page }) => {
    await openAt(page, '/?lang=xx', HEADINGS.es.start);
  });

  test('?lang=en wins over the browser language', async ({ page }) => {
    await openAt(page, guideAddress('en'), HEADINGS.en.start);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });

  test('an unknown ?lang= falls back to English', async ({ page }) => {
    await openAt(page, '/?lang=xx', HEADINGS.en.start);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('script in ?lang= is ignored: English, nothing run, nothing shown', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await openAt(page, `/?lang=${encodeURIComponent(hostile)}#q/where`, HEADINGS.en['warning-signs']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('body')).not.toContainText('script');
    await expect(page.locator('#relief-guide img, #relief-guide script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
