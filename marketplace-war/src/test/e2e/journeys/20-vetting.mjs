// Vetting checks: a new PA sends an enhanced DBS check with a PDF (after the form's error states),
// council staff find it in the queue, refuse to reject it without a reason, verify it, and look at
// the checks that expire soon; the PA then sees it verified and can open what they sent.
export default ({ fail, exactly, escapeRe, STAMP, NAV_TIMEOUT }) => {
  const PA_EMAIL = `vetting-e2e-${STAMP}@example.test`;
  const PASSWORD = 'Journey-pass-1234';
  const DBS = 'Enhanced DBS check';
  const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  // A small but real PDF, made here: no file on disk is needed.
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
    + '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  async function fillDbs(t) {
    await t.fill({ 'Certificate number': '0012 3456 7890', 'Date of issue': daysAgo(60) });
    await t.tick('No', await t.group('Is your certificate on the DBS update service?'));
  }

  async function attach(t, name, mimeType, buffer) {
    const input = await t.field('Evidence file');
    await input.setInputFiles({ name, mimeType, buffer });
  }

  return [
    {
      id: 'vet-1', title: 'a new PA opens their checks: everything still to send', session: 'vetting-pa',
      async run(t) {
        await t.goto('register.xhtml');
        await t.fill({ 'Email address': PA_EMAIL, Password: PASSWORD, 'Confirm password': PASSWORD });
        await t.tick('A personal assistant', await t.group('I am registering as'));
        await t.click('Create account');
        await t.visible('"Sign out" button after registering', t.page.getByRole('button', { name: exactly('Sign out') }));
        await t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: exactly('Your checks') }).click();
        await t.heading('h1 "Your checks"', { level: 1, name: exactly('Your checks') });
        await t.visible('empty state', t.page.getByText('You have not sent any checks yet.'));
        await t.axe('pa-checks-empty');
      },
    },
    {
      id: 'vet-2', title: 'the DBS form sent empty shows every problem', session: 'vetting-pa', needs: ['vet-1'],
      async run(t) {
        await t.goto('pa/checks.xhtml');
        await t.page.getByRole('link', { name: exactly('Send your enhanced DBS check') }).click();
        await t.heading(`h1 "Send your enhanced DBS check"`, { level: 1, name: exactly('Send your enhanced DBS check') });
        await t.axe('pa-check-form');
        await t.click('Send to the council');
        const error = await t.errorShown('sending the DBS form empty');
        for (const expected of ['certificate number', 'date the certificate was issued', 'update service', 'Choose the file']) {
          if (!error.toLowerCase().includes(expected.toLowerCase())) fail(`error summary lacks "${expected}": "${error}"`);
        }
        await t.axe('pa-check-form-errors');
      },
    },
    {
      id: 'vet-3', title: 'a text file renamed .pdf is refused', session: 'vetting-pa', needs: ['vet-1'],
      async run(t) {
        await t.goto('pa/check.xhtml?type=ENHANCED_DBS');
        await fillDbs(t);
        await attach(t, 'dbs-certificate.pdf', 'application/pdf', Buffer.from('Only text, whatever the name says.'));
        await t.click('Send to the council');
        const error = await t.errorShown('sending a text file named .pdf');
        if (!/PDF, JPEG or PNG/.test(error)) fail(`expected the file type to be refused, got "${error}"`);
        await t.axe('pa-check-wrong-file');
      },
    },
    {
      id: 'vet-4', title: 'the PA sends the DBS check with a PDF', session: 'vetting-pa', needs: ['vet-1'],
      async run(t) {
        await t.goto('pa/check.xhtml?type=ENHANCED_DBS');
        await fillDbs(t);
        await attach(t, 'dbs-certificate.pdf', 'application/pdf', PDF);
        await t.click('Send to the council');
        await t.visible('confirmation that it was sent',
          t.page.getByRole('status').filter({ hasText: /has been sent to the council/ }));
        await t.visible('"Waiting for the council" status', t.page.getByRole('row', { name: new RegExp(DBS) })
          .getByText('Waiting for the council'));
        await t.axe('pa-checks-sent');
      },
    },
    {
      id: 'vet-5', title: 'council staff find the check in the queue and open it', session: 'vetting-council', needs: ['vet-4'],
      async run(t) {
        await t.goto('sign-in.xhtml');
        await t.fill({ 'Email address': 'council@demo.circles.test', Password: 'Demo-password-1' });
        await t.click('Sign in');
        await t.visible('"Sign out" button', t.page.getByRole('button', { name: exactly('Sign out') }));
        await t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: exactly('Checks to verify') }).click();
        await t.heading('h1 "Checks to verify"', { level: 1, name: exactly('Checks to verify') });
        await t.axe('council-queue');
        await t.fill({ 'Type of check': DBS });
        await t.click('Show checks');
        await t.page.waitForURL(/type=ENHANCED_DBS/, { timeout: NAV_TIMEOUT });
        const review = t.page.getByRole('link', { name: new RegExp(`^Review enhanced DBS check of ${escapeRe(PA_EMAIL)}$`) });
        // Oldest first: a check sent a moment ago may be on a later page.
        for (let pages = 1; !(await review.count()); pages++) {
          const next = t.page.getByRole('link', { name: exactly('Next page') });
          if (!(await next.count()) || pages > 50) fail(`no "Review" link for ${PA_EMAIL} on ${pages} page(s) of the queue`);
          await next.click();
          await t.page.waitForLoadState('load');
        }
        await review.click();
        await t.heading(`h1 "${DBS}"`, { level: 1, name: exactly(DBS) });
        await t.visible('evidence link', t.page.getByRole('link', { name: /Open the evidence: dbs-certificate\.pdf/ }));
        await t.axe('council-check');
      },
    },
    {
      id: 'vet-6', title: 'rejecting without a reason is refused', session: 'vetting-council', needs: ['vet-5'],
      async run(t) {
        await t.click('Reject');
        const error = await t.errorShown('rejecting without a reason');
        if (!/reason/i.test(error)) fail(`expected a missing reason error, got "${error}"`);
        await t.axe('council-check-reject-error');
      },
    },
    {
      id: 'vet-7', title: 'council staff verify the check', session: 'vetting-council', needs: ['vet-5'],
      async run(t) {
        if (!(await t.page.getByRole('button', { name: exactly('Verify') }).count())) {
          fail(`not on the review page (at ${t.page.url()})`);
        }
        await t.fill({ 'Note for the record (optional)': 'Checked on the DBS website' });
        await t.click('Verify');
        await t.visible('"You verified" confirmation', t.page.getByRole('status').filter({ hasText: /You verified/ }));
        await t.axe('council-queue-after-verify');
      },
    },
    {
      id: 'vet-8', title: 'council list of checks that expire soon', session: 'vetting-council', needs: ['vet-5'],
      async run(t) {
        await t.goto('council/checks-expiring.xhtml');
        await t.heading('h1 "Checks that expire soon"', { level: 1, name: exactly('Checks that expire soon') });
        await t.axe('council-checks-expiring');
      },
    },
    {
      id: 'vet-9', title: 'the PA sees the check verified and can open what they sent', session: 'vetting-pa', needs: ['vet-7'],
      async run(t) {
        await t.goto('pa/checks.xhtml');
        const row = t.page.getByRole('row', { name: new RegExp(DBS) });
        await t.visible('"Verified" status', row.getByText('Verified', { exact: true }));
        const link = row.getByRole('link', { name: /^Open what you sent/ });
        const href = await link.getAttribute('href');
        const response = await t.page.request.get(new URL(href, t.page.url()).href, { maxRedirects: 0 });
        if (response.status() !== 200) fail(`the PA's own evidence answered HTTP ${response.status()}`);
        if (!/attachment/.test(response.headers()['content-disposition'] ?? '')) fail('evidence is not sent as a download');
        await t.axe('pa-checks-verified');
      },
    },
  ];
};
