// The PA register beyond the first profile: preview, time away, photo, profile errors, search
// filters and the empty state, the council's index rebuild page, and the delete confirmation.
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4UaGBFTEMLQkAUtVaAV8W4QQAAAAASUVORK5CYII=',
  'base64');

function inDays(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export default ({ exactly, fail, PA }) => [
  {
    id: 'pr-1', title: 'PA previews their published profile', session: 'pa', needs: ['h'],
    async run(t) {
      await t.goto('pa/preview.xhtml');
      await t.heading(`h1 "${PA.displayName}"`, { level: 1, name: exactly(PA.displayName) });
      await t.visible('"This is a preview" notice', t.page.getByText(/This is a preview/));
      await t.axe('pa-preview');
    },
  },
  {
    id: 'pr-2', title: 'PA adds time away, after an empty try shows an error', session: 'pa', needs: ['h'],
    async run(t) {
      await t.goto('pa/profile.xhtml');
      await t.click('Add time away');
      const error = await t.errorShown('adding time away with no dates');
      if (!/first day/i.test(error)) fail(`expected "Enter the first day you are away", got "${error}"`);
      await t.axe('pa-time-away-error');
      await t.fill({ 'First day away': inDays(10), 'Last day away': inDays(12), 'Note (optional)': 'Family visit' });
      await t.click('Add time away');
      await t.visible('"Time away added" confirmation', t.page.getByRole('status').filter({ hasText: /Time away added/ }));
      await t.axe('pa-time-away-added');
    },
  },
  {
    id: 'pr-3', title: 'PA uploads a photo; a wrong file is refused first', session: 'pa', needs: ['h'],
    async run(t) {
      await t.goto('pa/profile.xhtml');
      const upload = await t.field('Choose a photo');
      await upload.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 not a picture') });
      await t.click('Upload photo');
      const error = await t.errorShown('uploading a PDF as a photo');
      if (!/JPEG or PNG/.test(error)) fail(`expected "must be a JPEG or PNG picture", got "${error}"`);
      await t.axe('pa-photo-error');
      await (await t.field('Choose a photo')).setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: TINY_PNG });
      await t.click('Upload photo');
      await t.visible('"Your photo is saved"', t.page.getByRole('status').filter({ hasText: /photo is saved/ }));
      await t.visible('the new photo', t.page.getByRole('img', { name: 'Your current profile photo' }));
      await t.axe('pa-photo-saved');
    },
  },
  {
    id: 'pr-4', title: 'profile form lists every problem', session: 'pa', needs: ['h'],
    async run(t) {
      await t.goto('pa/profile.xhtml');
      await t.fill({ 'Hourly rate (£)': 'lots', 'How far you will travel (km)': '500' });
      await t.click('Save draft');
      const error = await t.errorShown('saving a bad rate and travel distance');
      if (!/numbers only/.test(error) || !/travel/.test(error)) fail(`expected rate and travel problems, got "${error}"`);
      await t.axe('pa-profile-errors');
    },
  },
  {
    id: 'pr-5', title: 'search with filters ticked', session: 'anonymous',
    async run(t) {
      await t.goto('search.xhtml?near=Dorchester&radiusKm=25&skills=DEMENTIA&available=MONDAY_MORNING');
      await t.visible('results count', t.page.getByRole('status').filter({ hasText: /personal assistant/ }));
      const dementia = t.page.getByLabel(/^Dementia \(\d+\)$/);
      if (!(await dementia.isChecked())) fail('the Dementia filter is not shown as ticked');
      await t.axe('search-filtered');
      await t.tick('Monday morning');
      await t.click('Apply filters');
      await t.visible('results count after applying', t.page.getByRole('status').filter({ hasText: /personal assistant/ }));
    },
  },
  {
    id: 'pr-6', title: 'an empty search suggests a wider distance', session: 'anonymous', needs: ['h'],
    async run(t) {
      // The journey's own PA works from Dorchester, about 40 km from Sixpenny Handley.
      await t.goto(`search.xhtml?q=${PA.token}&near=Sixpenny+Handley&radiusKm=5`);
      await t.visible('empty state', t.page.getByText('No personal assistants match your search.'));
      await t.visible('link to a wider search', t.page.getByRole('link', { name: /within \d+ km/ }));
      await t.axe('search-empty');
    },
  },
  {
    id: 'pr-7', title: 'council rebuilds the PA index and sees progress', session: 'council-admin',
    async run(t) {
      await t.goto('sign-in.xhtml');
      await t.fill({ 'Email address': 'council@demo.circles.test', Password: 'Demo-password-1' });
      await t.click('Sign in');
      await t.goto('council/search-index.xhtml');
      await t.heading('h1 "Rebuild the search index"', { level: 1, name: exactly('Rebuild the search index') });
      await t.axe('council-search-index');
      await t.click('Rebuild the PA index');
      await t.visible('rebuild status', t.page.getByRole('status').filter({ hasText: /Rebuil/ }));
      await t.axe('council-search-index-running');
    },
  },
  {
    id: 'pr-8', title: 'delete confirmation page, then keep the profile', session: 'pa', needs: ['h'],
    async run(t) {
      await t.goto('pa/delete.xhtml');
      await t.heading('the question', { level: 1, name: /Are you sure/ });
      await t.axe('pa-delete-confirm');
      await t.page.getByRole('link', { name: exactly('No, keep it') }).click();
      await t.heading('h1 "Your PA profile"', { level: 1, name: exactly('Your PA profile') });
    },
  },
  {
    id: 'pr-9', title: 'council page for kinds of support, with an error and an addition', session: 'council-admin',
    needs: ['pr-7'],
    async run(t) {
      await t.goto('council/support-types.xhtml');
      await t.heading('h1 "Kinds of support"', { level: 1, name: exactly('Kinds of support') });
      await t.axe('council-support-types');
      await t.page.getByText('What each kind of care means for the care account').click();
      await t.visible('the explanation of kinds of care', t.page.getByText(/Counts toward the care cap\./).first());
      await t.axe('council-support-types-care-explained');
      await t.fill({ Name: 'Dementia' });
      await t.click('Add kind of support');
      const error = await t.errorShown('adding a kind of support that already exists, without its kind of care');
      if (!/already a support type/.test(error)) fail(`expected a duplicate-name error, got "${error}"`);
      if (!/Choose which kind of care this is/.test(error)) fail(`expected a missing kind of care error, got "${error}"`);
      await t.axe('council-support-types-error');
      await t.fill({ Name: `Gardening ${PA.token}`, 'Hint (optional)': 'Help keeping a garden going' });
      await (await t.group('Which kind of care is it?')).getByLabel(/^Care at home/).check();
      await t.click('Add kind of support');
      await t.visible('saved confirmation', t.page.getByRole('status').filter({ hasText: /is saved/ }));
      await t.visible('the new kind of support with its kind of care',
        t.page.getByRole('row', { name: new RegExp(`Gardening ${PA.token}.*Care at home`) }));
      await t.page.getByRole('link', { name: exactly(`Change Gardening ${PA.token}`) }).click();
      await t.heading('h2 "Change a kind of support"', { level: 2, name: exactly('Change a kind of support') });
      const care = await t.group('Which kind of care is it?');
      if (!(await care.getByLabel(/^Care at home/).isChecked())) fail('the kind of care it has is not shown as chosen');
      await t.axe('council-support-types-change');
      await care.getByLabel(/^Social activities/).check();
      await t.click('Save changes');
      await t.visible('the changed kind of care',
        t.page.getByRole('row', { name: new RegExp(`Gardening ${PA.token}.*Social activities`) }));
    },
  },
];
