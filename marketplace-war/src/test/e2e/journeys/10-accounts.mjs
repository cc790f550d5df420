// Signed-in pages of the foundation: a demo council user signs in with the real form, opens the
// council accounts page (and its error state), and signs out; a public PA profile page.
export default ({ exactly, STAMP }) => [
  {
    id: 'acc-1', title: 'council user signs in with the sign-in form', session: 'council',
    async run(t) {
      await t.goto('sign-in.xhtml');
      await t.fill({ 'Email address': 'council@demo.circles.test', Password: 'Demo-password-1' });
      await t.click('Sign in');
      await t.heading('h1 "Council tools"', { level: 1, name: exactly('Council tools') });
      await t.axe('council-tools');
      await t.goto('council/accounts.xhtml');
      await t.heading('h1 "Council users"', { level: 1, name: exactly('Council users') });
      await t.axe('council-accounts');
    },
  },
  {
    id: 'acc-2', title: 'council account form shows every problem at once', session: 'council', needs: ['acc-1'],
    async run(t) {
      await t.goto('council/accounts.xhtml');
      await t.fill({ "Colleague's work email address": `not-an-email-${STAMP}`, Password: 'short' });
      await t.click('Open account');
      const error = await t.errorShown('sending a bad council account form');
      if (!/right format/.test(error) || !/12 characters/.test(error)) {
        throw new Error(`expected email and password problems, got "${error}"`);
      }
      await t.axe('council-accounts-errors');
    },
  },
  {
    id: 'acc-3', title: 'council user signs out', session: 'council', needs: ['acc-1'],
    async run(t) {
      await t.goto('account/index.xhtml');
      await t.axe('your-account');
      await t.click('Sign out', t.page);
      await t.visible('"You have signed out" message', t.page.getByRole('status').filter({ hasText: /signed out/i }));
      await t.visible('"Sign in" link after signing out', t.page.getByRole('link', { name: exactly('Sign in') }));
    },
  },
  {
    id: 'acc-4', title: 'public profile of the demo PA', session: 'anonymous',
    async run(t) {
      await t.goto('search.xhtml?q=Jo+D.&near=Dorchester');
      const link = await t.visible('a result linking to Jo D.', t.page.getByRole('link', { name: exactly('Jo D.') }));
      await link.click();
      await t.heading('h1 "Jo D."', { level: 1, name: exactly('Jo D.') });
      await t.axe('public-profile');
    },
  },
];
