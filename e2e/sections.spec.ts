// The self-assessment workspace: autosave, refused numbers, the consistency check, submit →
// return → approve, two editors in conflict, the Excel round-trip, history and restore, and
// refusals of direct action calls. Uses FY2025 sections of 保証部門・経営支援部門・期中管理部門.
import ExcelJS from 'exceljs';
import { type Browser, expect, type Page, request, test } from '@playwright/test';
import { actionId, callAction } from './actions';
import { dataChecksum, one } from './db';
import { authFile } from './helpers';
import { E2E_BASE } from './ports';

const ASSESSMENTS = 'lib/actions/assessments.ts';
const ACTUALS = 'lib/actions/actuals.ts';

async function as(browser: Browser, who: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(who), viewport: { width, height: 900 } });
  return context.newPage();
}

const sectionId = (key: string, year = 2025) =>
  one<{ id: number }>(
    'SELECT s.id FROM sections s JOIN plans p ON p.id = s.plan_id WHERE p.start_year = ? AND p.kind = ? AND s.key = ?',
    year,
    'annual',
    key,
  ).id;
const indicatorId = (code: string, year = 2025) =>
  one<{ id: number }>(
    'SELECT i.id FROM indicators i JOIN plans p ON p.id = i.plan_id WHERE p.start_year = ? AND p.kind = ? AND i.code = ?',
    year,
    'annual',
    code,
  ).id;
const assessment = (section: number) =>
  one<{ narrative: string; version: number; status: string; return_comment: string | null } | undefined>(
    'SELECT narrative, version, status, return_comment FROM self_assessments WHERE section_id = ?',
    section,
  );
const values = (indicator: number) =>
  one<{ actual_value: number | null; prior_actual_value: number | null; version: number } | undefined>(
    'SELECT actual_value, prior_actual_value, version FROM indicator_values WHERE indicator_id = ? AND fiscal_year = 2025',
    indicator,
  );

const narrative = (page: Page) => page.getByLabel('自己評価の本文');
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText(/保存済み \d\d:\d\d/);

test('edit, autosave and reload keep the text; leaving with unsaved changes asks first', async ({ browser }) => {
  const page = await as(browser, 'staff-hosho');
  const id = sectionId('init.hosho.bank_cooperation');
  await page.goto('/years/2025/sections');
  await page
    .getByTestId('my-sections')
    .getByRole('link', { name: /金融機関と連携した支援/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/years/2025/sections/${id}$`));
  await expect(page.getByText('段落の間は空行で区切ります')).toBeVisible();
  await expect(page.getByText('報告書に掲載される形で表示しています。入力に合わせて更新されます。')).toBeVisible();
  const text = '金融機関本部と定期的に対話を行いました。\n\n各支店でも勉強会を実施しました。';
  await narrative(page).fill(text);
  await expect(page.getByTestId('save-status')).toHaveText('未保存の変更あり');
  // A link click before the autosave asks first; staying keeps the text.
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('link', { name: '← 担当セクション一覧へ' }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${id}$`));
  await saved(page);
  await expect(page.getByText(`${[...text.replace(/\s/g, '')].length} 文字`)).toBeVisible();
  await expect(page.getByTestId('report-preview').getByTestId('narrative').locator('p')).toHaveCount(2);
  await page.reload();
  await expect(narrative(page)).toHaveValue(text);
  expect(assessment(id)).toMatchObject({ narrative: text, status: 'draft', version: 1 });
  await page.context().close();
});

test('a page view prefetches no page, and an autosave is one request that brings the page up to date', async ({ browser }) => {
  const page = await as(browser, 'staff-hosho');
  const id = sectionId('init.hosho.refinancing');
  // Page data (RSC) requests and posts, as the browser sends them.
  const rsc: string[] = [];
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('_rsc=') || r.headers().rsc) rsc.push(r.url());
    if (r.method() === 'POST') posts.push(r.url());
  });
  await page.goto(`/years/2025/sections/${id}`);
  await page.waitForLoadState('networkidle');
  expect(rsc, 'no link of the page is prefetched').toEqual([]);
  const before = assessment(id)?.version ?? 0;
  await narrative(page).fill('借換保証の推進について、一本化による資金繰りの改善を支援しました。');
  await saved(page);
  await page.waitForLoadState('networkidle');
  expect(posts).toHaveLength(1);
  expect(rsc, 'the save answers with the page: no refresh and no prefetch after it').toEqual([]);
  expect(assessment(id)?.version).toBe(before + 1);
  // The server-rendered parts follow the save: the new version is listed.
  await expect(page.getByTestId('revisions').getByRole('listitem').first()).toContainText(`第 ${before + 1} 版`);
  // Links still navigate, fetched on the click.
  await page.getByRole('link', { name: '← 担当セクション一覧へ' }).click();
  await expect(page).toHaveURL(/\/years\/2025\/sections$/);
  await expect(page.getByTestId('my-sections')).toBeVisible();
  await page.context().close();
});

test('an invalid number is refused in place and nothing is saved; the narrative quoting an actual is checked live', async ({ browser }) => {
  const page = await as(browser, 'staff-hosho');
  const id = sectionId('init.hosho.succession');
  const ind = indicatorId('succession_seido_amount');
  await page.goto(`/years/2025/sections/${id}`);
  await narrative(page).fill('東京都制度融資「事業承継」は、41 億円（前年度比 117.1％）の保証承諾実績を上げました。');
  await saved(page);
  const editor = page.getByTestId('indicator-editor').filter({ hasText: '東京都制度融資「事業承継」保証承諾額' });
  const actual = editor.getByLabel('実績（年度）', { exact: true });
  const before = values(ind);
  await actual.fill('41億円abc');
  await expect(editor.getByTestId('field-error')).toHaveText('数値に使えない文字が含まれています。');
  await expect(actual).toHaveAttribute('aria-invalid', 'true');
  await editor.getByRole('button', { name: '実績を保存' }).click();
  await expect(editor.getByTestId('actuals-status')).toContainText('保存されていません');
  expect(values(ind)).toEqual(before);
  // The server refuses it too, when called directly.
  const api = await request.newContext({ storageState: authFile('staff-hosho') });
  const direct = await callAction(
    api,
    actionId(ACTUALS, 'saveIndicatorActuals'),
    [{ indicatorId: ind, baseVersion: before?.version ?? 0, actual: '1,06,4億', prior: '', monthly: Array(12).fill('') }],
    { path: `/years/2025/sections/${id}` },
  );
  expect(direct.error).toBe('invalid');
  expect(values(ind)).toEqual(before);
  await api.dispose();
  // Full-width digits and 億 are read; the ratio follows as the user types and the quote matches.
  await actual.fill('４１億円');
  await expect(editor.getByTestId('field-error')).toHaveCount(0);
  await expect(editor.getByTestId('yoy-ratio')).toHaveText('117.1％');
  await expect(page.getByTestId('consistency')).toContainText('食い違いはありません');
  await editor.getByRole('button', { name: '実績を保存' }).click();
  await expect(editor.getByTestId('actuals-status')).toHaveText('保存しました');
  expect(values(ind)?.actual_value).toBe(4_100_000_000);
  // Change the actual: the sentence that quotes it is flagged (saving is not blocked).
  await actual.fill('45億円');
  const warning = page.getByTestId('report-preview').getByTestId('sentence-warning').first();
  await expect(warning).toContainText('「41 億円」は 東京都制度融資「事業承継」保証承諾額 の実績（45億円）と一致しません。');
  await expect(page.getByTestId('consistency-warning')).toHaveCount(2);
  await page.context().close();
});

test('submit → return with a comment → fix → approve, each in the audit log', async ({ browser }) => {
  const id = sectionId('init.shien.founders');
  const staff = await as(browser, 'staff-shien');
  await staff.goto(`/years/2025/sections/${id}`);
  await narrative(staff).fill('創業スクールを通じて創業計画の策定を支援しました。');
  await saved(staff);
  await staff.getByRole('button', { name: '提出する' }).click();
  await staff.getByRole('button', { name: '提出する' }).click();
  await expect(staff.getByTestId('read-only')).toHaveText('提出済みのため編集できません。差戻しがあれば再び編集できます。');
  await expect(narrative(staff)).toHaveAttribute('readonly', '');
  expect(assessment(id)?.status).toBe('submitted');

  const admin = await as(browser, 'admin');
  await admin.goto(`/years/2025/sections/${id}`);
  await admin.getByRole('button', { name: '差し戻す' }).click();
  await admin.getByLabel('差戻しの理由（担当者に表示されます）').fill('実施回数と参加者数を加えてください。');
  await admin.getByRole('button', { name: '差戻しを送る' }).click();
  await expect(admin.getByTestId('return-comment')).toContainText('実施回数と参加者数を加えてください。');

  await staff.reload();
  await expect(staff.getByTestId('return-comment')).toContainText('実施回数と参加者数を加えてください。');
  await narrative(staff).fill('創業スクールを 12 回開催し、創業計画の策定を支援しました。');
  await saved(staff);
  await staff.getByRole('button', { name: '提出する' }).click();
  await staff.getByRole('button', { name: '提出する' }).click();
  await expect(staff.getByTestId('read-only')).toBeVisible();

  await admin.reload();
  await admin.getByRole('button', { name: '承認する' }).click();
  await expect(admin.getByTestId('read-only')).toHaveText('承認済みのため編集できません。');
  // Approving saved no text: the section was last saved by the staff member, not by admin.
  await admin.reload();
  const staffName = one<{ n: string }>("SELECT display_name AS n FROM users WHERE login_id = 'staff-shien'").n;
  const adminName = one<{ n: string }>("SELECT display_name AS n FROM users WHERE login_id = 'admin'").n;
  await expect(admin.getByTestId('last-saved')).toContainText(staffName);
  await expect(admin.getByTestId('last-saved')).not.toContainText(adminName);
  expect(assessment(id)).toMatchObject({
    status: 'approved',
    return_comment: null,
    narrative: '創業スクールを 12 回開催し、創業計画の策定を支援しました。',
  });
  const sa = one<{ id: number }>('SELECT id FROM self_assessments WHERE section_id = ?', id).id;
  const log = one<{ actions: string }>(
    "SELECT group_concat(action, ',') AS actions FROM (SELECT action FROM audit_log WHERE entity_type = 'self_assessment' AND entity_id = ? ORDER BY id)",
    String(sa),
  ).actions;
  expect(log).toBe('assessment.save,assessment.submit,assessment.return,assessment.save,assessment.submit,assessment.approve');
  await staff.goto('/years/2025/sections?status=approved');
  await expect(staff.getByTestId('my-sections').getByRole('link', { name: /創業者支援/ })).toBeVisible();
  await staff.context().close();
  await admin.context().close();
});

test('two editors: the later save sees the other version and chooses', async ({ browser }) => {
  const id = sectionId('init.hosho.startup_small');
  const a = await as(browser, 'staff-hosho');
  const b = await as(browser, 'admin');
  await a.goto(`/years/2025/sections/${id}`);
  await b.goto(`/years/2025/sections/${id}`);
  await narrative(a).fill('Aの文章：創業支援を強化しました。');
  await saved(a);
  await narrative(b).fill('Bの文章：小規模事業者を支援しました。');
  const conflict = b.getByTestId('conflict');
  await expect(conflict).toContainText('保証 花子 さんが');
  await expect(conflict.getByTestId('conflict-theirs')).toHaveText('Aの文章：創業支援を強化しました。');
  expect(assessment(id)?.narrative).toBe('Aの文章：創業支援を強化しました。');
  await conflict.getByRole('button', { name: '自分の版を新しい版として保存する' }).click();
  await saved(b);
  expect(assessment(id)).toMatchObject({ narrative: 'Bの文章：小規模事業者を支援しました。', version: 2 });
  // Now A is behind: A keeps theirs (B's) instead.
  await narrative(a).fill('Aの文章：追記しました。');
  await a.getByTestId('conflict').getByRole('button', { name: '相手の版を採用する' }).click();
  await expect(narrative(a)).toHaveValue('Bの文章：小規模事業者を支援しました。');
  await saved(a);
  expect(assessment(id)).toMatchObject({ narrative: 'Bの文章：小規模事業者を支援しました。', version: 2 });
  await a.context().close();
  await b.context().close();
});

test('Excel: template download → upload with one bad row saves nothing → fixed upload saves; CSV has a BOM', async ({ browser }) => {
  const page = await as(browser, 'staff-kanri');
  await page.goto('/years/2025/sections');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'テンプレートをダウンロード（.xlsx）' }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(1).values).toEqual([
    undefined,
    'コード',
    '指標名',
    'セクション',
    '単位',
    '計画値',
    '実績（年度）',
    '前年度実績',
    '4月',
    '5月',
    '6月',
    '7月',
    '8月',
    '9月',
    '10月',
    '11月',
    '12月',
    '1月',
    '2月',
    '3月',
  ]);
  const rowOf = (code: string) => {
    let n = 0;
    ws.eachRow((r, i) => {
      if (r.getCell(1).value === code) n = i;
    });
    return n;
  };
  const full = rowOf('full_release_count');
  const double = rowOf('double_guarantee_count');
  expect(full).toBeGreaterThan(1);
  ws.getCell(`F${full}`).value = '８３６件';
  ws.getCell(`F${double}`).value = '8件くらい';
  ws.getCell(`H${double}`).value = '1.5';
  const upload = async () => {
    await page.getByLabel('入力済みのファイル').setInputFiles({
      name: 'actuals.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await page.getByRole('button', { name: 'アップロードして保存' }).click();
  };
  const before = [values(indicatorId('full_release_count')), values(indicatorId('double_guarantee_count'))];
  await upload();
  const problems = page.getByTestId('excel-problems').getByRole('listitem');
  await expect(page.getByTestId('excel-status')).toContainText('2 件の誤りがあるため、何も保存していません。');
  await expect(problems.nth(0)).toHaveText(`${double} 行目・F 列（実績（年度））: 数値に使えない文字が含まれています。`);
  await expect(problems.nth(1)).toHaveText(`${double} 行目・H 列（4月）: この単位では小数は入力できません。`);
  expect([values(indicatorId('full_release_count')), values(indicatorId('double_guarantee_count'))]).toEqual(before);

  ws.getCell(`F${double}`).value = 8;
  ws.getCell(`H${double}`).value = 1;
  await upload();
  await expect(page.getByTestId('excel-status')).toContainText('件の指標の実績を保存しました。');
  expect(values(indicatorId('full_release_count'))?.actual_value).toBe(836);
  expect(values(indicatorId('double_guarantee_count'))?.actual_value).toBe(8);

  // 前年度実績 is FY2024's published actual: a changed value is shown and saved only on confirmation.
  const priorBefore = values(indicatorId('full_release_count'))?.prior_actual_value;
  ws.getCell(`G${full}`).value = 9999;
  await upload();
  await expect(page.getByTestId('excel-prior')).toContainText('公表済みの前年度の実績');
  await expect(page.getByTestId('excel-prior')).toContainText('full_release_count');
  expect(values(indicatorId('full_release_count'))?.prior_actual_value).toBe(priorBefore);
  await page.getByRole('button', { name: '保存しない' }).click();
  await expect(page.getByTestId('excel-prior')).toHaveCount(0);
  expect(values(indicatorId('full_release_count'))?.prior_actual_value).toBe(priorBefore);
  ws.getCell(`G${full}`).value = priorBefore ?? null;

  const api = await request.newContext({ storageState: authFile('staff-kanri') });
  const csv = await api.get(`${E2E_BASE}/api/years/2025/actuals/csv`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8')).toContain(
    'full_release_count,代表者交代時の全部解除件数,「経営者保証に関するガイドライン」への適切な対応,件,,836,',
  );
  await api.dispose();
  await page.context().close();
});

test('history lists versions, shows a word diff and restores an old version as a new one', async ({ browser }) => {
  const id = sectionId('init.hosho.digitalisation');
  const original = assessment(id)!.narrative;
  const page = await as(browser, 'staff-hosho');
  await page.goto(`/years/2025/sections/${id}`);
  await narrative(page).fill(original.replace('順調に増加しています', '大きく増加しています'));
  await saved(page);
  const revisions = page.getByTestId('revisions');
  await expect(revisions.getByRole('listitem')).toHaveCount(2);
  await expect(revisions.getByRole('listitem').first()).toContainText('第 2 版保証 花子');
  // The page lists the versions without their texts (every autosave is one): the two compared are read on their own.
  const html = await (await page.request.get(`/years/2025/sections/${id}`)).text();
  expect(html).toContain('大きく増加しています');
  expect(html).not.toContain('順調に増加しています');
  // The history and the indicators below the first screen are made in the browser (shown above).
  expect(html).not.toContain('data-testid="revisions"');
  expect(html).toContain('表示を準備しています…');
  await page.getByLabel('比較元').selectOption('1');
  await page.getByLabel('比較先').selectOption('2');
  const diff = page.locator('[data-testid="word-diff"]').last();
  await expect(diff.locator('del')).toHaveText(/^順調/);
  await expect(diff.locator('ins')).toHaveText(/^大きく/);
  page.once('dialog', (d) => void d.accept());
  await revisions.getByRole('button', { name: 'この版を復元: 第 1 版' }).click();
  await expect(narrative(page)).toHaveValue(original);
  await expect(revisions.getByRole('listitem')).toHaveCount(3);
  expect(assessment(id)).toMatchObject({ narrative: original, version: 3 });
  expect(
    one<{ n: number }>(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'assessment.restore' AND entity_id = (SELECT id FROM self_assessments WHERE section_id = ?)",
      id,
    ).n,
  ).toBe(1);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/section-page-${width}.png`, fullPage: true });
  }
  // At 390px, the parts one screen at a time.
  for (const [name, target] of [
    ['form', '#form-h'],
    ['indicators', '#indicators-h'],
    ['preview', '#preview-h'],
  ] as const) {
    await page.locator(target).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/section-page-390-${name}.png` });
  }
  await page.context().close();
});

test('another department’s staff and a published year are refused, also when the action is called directly', async ({ browser }) => {
  const hosho = sectionId('init.hosho.bank_cooperation');
  const kanriIndicator = indicatorId('condition_changes');
  const before = dataChecksum();
  const shien = await request.newContext({ storageState: authFile('staff-shien') });
  const save = await callAction(
    shien,
    actionId(ASSESSMENTS, 'saveAssessment'),
    [{ sectionId: hosho, baseVersion: assessment(hosho)?.version ?? 0, narrative: '他部署による書き換え', rating: null }],
    { path: `/years/2025/sections/${hosho}` },
  );
  expect(save).toMatchObject({ ok: false, error: 'forbidden' });
  expect(save.body).toContain('この操作を行う権限がありません。');
  const actuals = await callAction(
    shien,
    actionId(ACTUALS, 'saveIndicatorActuals'),
    [
      {
        indicatorId: kanriIndicator,
        baseVersion: values(kanriIndicator)?.version ?? 0,
        actual: '1',
        prior: '',
        monthly: Array(12).fill(''),
      },
    ],
    { path: '/years/2025/sections' },
  );
  expect(actuals).toMatchObject({ ok: false, error: 'forbidden' });
  const submit = await callAction(
    shien,
    actionId(ASSESSMENTS, 'submitAssessment'),
    [{ sectionId: hosho, version: assessment(hosho)?.version ?? 0 }],
    { path: '/years/2025/sections' },
  );
  expect(submit.error).toBe('forbidden');
  const approve = await callAction(
    shien,
    actionId(ASSESSMENTS, 'approveAssessment'),
    [{ sectionId: hosho, version: assessment(hosho)?.version ?? 0 }],
    { path: '/years/2025/sections' },
  );
  expect(approve.error).toBe('forbidden');
  await shien.dispose();
  // FY2024 is published: read-only for everyone, admin included.
  const published = sectionId('init.hosho.bank_cooperation', 2024);
  const admin = await request.newContext({ storageState: authFile('admin') });
  const r = await callAction(
    admin,
    actionId(ASSESSMENTS, 'saveAssessment'),
    [{ sectionId: published, baseVersion: 1, narrative: '改ざん', rating: null }],
    { path: `/years/2024/sections/${published}` },
  );
  expect(r.ok).toBe(false);
  expect(['published', 'locked']).toContain(r.error);
  const old = indicatorId('e_application_count', 2024);
  const a = await callAction(
    admin,
    actionId(ACTUALS, 'saveIndicatorActuals'),
    [{ indicatorId: old, baseVersion: 1, actual: '1', prior: '', monthly: Array(12).fill('') }],
    { path: `/years/2024/sections/${published}` },
  );
  expect(a.error).toBe('published');
  await admin.dispose();
  expect(dataChecksum()).toEqual(before);

  const page = await as(browser, 'staff-shien');
  await page.goto(`/years/2025/sections/${hosho}`);
  await expect(page.getByTestId('read-only')).toHaveText('担当部署のセクションではないため、閲覧のみです。');
  await expect(narrative(page)).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: '提出する' })).toHaveCount(0);
  const hoshoPage = await as(browser, 'staff-hosho');
  const consoleErrors: string[] = [];
  hoshoPage.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const html = await (await hoshoPage.goto(`/years/2024/sections/${published}`))!.text();
  await expect(hoshoPage.getByTestId('read-only')).toHaveText('この年度は公表済みのため、変更できません。');
  await expect(hoshoPage.getByRole('button', { name: '実績を保存' })).toHaveCount(0);
  // Nothing can be edited: the editors' words (Excel upload, conflict) are not sent, and no
  // component on the page misses one.
  expect(html).not.toContain('Excelテンプレートをダウンロードし'); // excel.help
  expect(html).not.toContain('あなたの変更はまだ保存されていません'); // conflict.body
  expect(html).toContain('段落の間は空行で区切ります'); // narrativeEditor.help: its namespace is still sent
  // …but not shown: it explains typing and autosave, which a published year does not allow.
  await expect(hoshoPage.getByText('段落の間は空行で区切ります')).toHaveCount(0);
  await expect(hoshoPage.getByText('報告書に掲載される形で表示しています。', { exact: true })).toBeVisible();
  await expect(narrative(hoshoPage)).toHaveAttribute('readonly', '');
  // Figures nobody can enter any more read as one table, as the report prints them; months on demand.
  await hoshoPage.goto(`/years/2024/sections/${sectionId('init.hosho.digitalisation', 2024)}`);
  const figures = hoshoPage.getByTestId('indicator-table');
  await expect(hoshoPage.getByTestId('indicator-editor')).toHaveCount(0);
  // The figure sentences are there to read, without the buttons and the note on inserting them.
  await expect(hoshoPage.getByTestId('figure-sentences')).toContainText('電子申請件数は、');
  await expect(hoshoPage.getByTestId('figure-sentences')).not.toContainText('本文に挿入');
  const row = figures.getByRole('row').filter({ has: hoshoPage.getByRole('rowheader', { name: '電子申請件数', exact: true }) });
  await expect(row.getByRole('cell')).toHaveText(['―', '18,032件', '―', '7,789件', '231.5％']);
  await figures.getByText('月次実績（4月〜3月）').click();
  await expect(figures.getByRole('columnheader', { name: '3月', exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
  // A year still open sends them.
  const open = await (await page.goto(`/years/2025/sections/${hosho}`))!.text();
  expect(open).toContain('Excelテンプレートをダウンロードし');
  expect(open).toContain('あなたの変更はまだ保存されていません');
  await page.context().close();
  await hoshoPage.context().close();
});

test('the section list filters by department, with the status filter kept across both', async ({ browser }) => {
  const page = await as(browser, 'admin');
  await page.goto('/years/2024/sections');
  const table = page.getByTestId('my-sections');
  const departmentsShown = async () => [...new Set(await table.getByTestId('section-row').locator('td:nth-child(2)').allTextContents())];
  expect((await departmentsShown()).length).toBeGreaterThan(1);
  const filter = page.getByRole('form', { name: '担当部署で絞り込み' });
  await filter.getByLabel('担当部署').selectOption({ label: '保証部門' });
  await filter.getByRole('button', { name: '表示' }).click();
  await expect(page).toHaveURL(/\/years\/2024\/sections\?dept=\d+$/);
  expect(await departmentsShown()).toEqual(['保証部門']);
  // Filtered, the list holds sections only: no heading of a group that may not be shown.
  await expect(table.getByRole('rowheader')).toHaveCount(0);
  await expect(table.getByRole('link', { name: /信用保証業務の電子化/ })).toBeVisible();

  // The status chips keep the department, and the department form keeps the status.
  await page.getByRole('navigation', { name: '状況で絞り込み' }).getByRole('link', { name: '承認済' }).click();
  await expect(page).toHaveURL(/\/years\/2024\/sections\?status=approved&dept=\d+$/);
  expect(await departmentsShown()).toEqual(['保証部門']);
  await expect(filter.getByLabel('担当部署')).toHaveValue(/^\d+$/);
  await filter.getByLabel('担当部署').selectOption({ label: 'すべての部署' });
  await filter.getByRole('button', { name: '表示' }).click();
  await expect(page).toHaveURL(/\/years\/2024\/sections\?status=approved&dept=$/);
  expect((await departmentsShown()).length).toBeGreaterThan(1);
  await expect(page.getByRole('navigation', { name: '状況で絞り込み' }).getByRole('link', { name: '承認済' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // An address naming no listed department shows the whole list.
  await page.goto('/years/2024/sections?dept=999999');
  expect((await departmentsShown()).length).toBeGreaterThan(1);
  await page.context().close();

  // A staff member of one department has nothing to choose from.
  const staff = await as(browser, 'staff-hosho');
  await staff.goto('/years/2024/sections');
  await expect(staff.getByTestId('my-sections')).toBeVisible();
  await expect(staff.getByRole('form', { name: '担当部署で絞り込み' })).toHaveCount(0);
  await staff.context().close();
});
