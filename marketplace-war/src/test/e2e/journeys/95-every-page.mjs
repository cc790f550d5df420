// The pages no feature journey reaches: the accessibility statement; the site's own answers for a
// page that is not there, a page someone may not see, a failure and a timed-out form (each met the
// way people meet it, then opened by its own address, since AccessibilityIT checks every page file
// by address); and a person's own data: someone new registers, reads their data, meets the erasure
// form's errors and deletes their account. axe runs on each.
export default ({ fail, exactly, STAMP }) => {
  const LEAVER = { email: `leaver.${STAMP}@example.org`, password: 'Leaving-password-1' };
  const main = (t) => t.page.getByRole('main');

  /** Opens a path that answers with an error status, which t.goto would call a failure. */
  async function expectStatus(t, path, status) {
    const res = await t.page.goto(t.url(path), { waitUntil: 'load' });
    if (!res || res.status() !== status) fail(`GET ${path} answered ${res ? res.status() : 'nothing'}, expected ${status}`);
  }

  return [
    {
      id: 'pg-1', title: 'the accessibility statement, from the footer', session: 'every-page',
      async run(t) {
        await t.goto('');
        await t.page.getByRole('contentinfo').getByRole('link', { name: /accessibility/i }).first().click();
        await t.heading('h1 "Accessibility statement for Circles"', { level: 1, name: exactly('Accessibility statement for Circles') });
        await t.axe('accessibility-statement');
      },
    },
    {
      id: 'pg-2', title: 'a page that is not there says so and offers a way on', session: 'every-page',
      async run(t) {
        await expectStatus(t, `no-such-page-${STAMP}.xhtml`, 404);
        await t.heading('h1 "Page not found"', { level: 1, name: exactly('Page not found') });
        await t.visible('link to the search', main(t).getByRole('link', { name: exactly('search for personal assistants') }));
        await t.axe('not-found');
        await expectStatus(t, 'not-found.xhtml', 200);
        await t.heading('h1 "Page not found" by its own address', { level: 1, name: exactly('Page not found') });
        await t.axe('not-found-page');
      },
    },
    {
      id: 'pg-3', title: 'a PA opening a council page is told they cannot see it', session: 'every-page-pa',
      async run(t) {
        await t.goto('sign-in.xhtml');
        await t.fill({ 'Email address': 'pa@demo.circles.test', Password: 'Demo-password-1' });
        await t.click('Sign in');
        await t.visible('"Sign out" button', t.page.getByRole('button', { name: exactly('Sign out') }));
        await expectStatus(t, 'council/index.xhtml', 403);
        await t.heading('h1 "You cannot see this page"', { level: 1, name: exactly('You cannot see this page') });
        await t.axe('forbidden');
        await expectStatus(t, 'forbidden.xhtml', 200);
        await t.axe('forbidden-page');
      },
    },
    {
      id: 'pg-4', title: 'the pages for a failure and for a form that timed out', session: 'every-page',
      async run(t) {
        await t.goto('error.xhtml');
        await t.heading('h1 "Sorry, something went wrong"', { level: 1, name: exactly('Sorry, something went wrong') });
        await t.axe('error-page');
        await t.goto('expired.xhtml');
        await t.heading('h1 "Sorry, that page timed out"', { level: 1, name: exactly('Sorry, that page timed out') });
        await t.axe('expired-page');
      },
    },
    {
      id: 'pg-5', title: `someone new (${LEAVER.email}) registers and reads all the data held about them`, session: 'leaver',
      async run(t) {
        await t.goto('register.xhtml');
        await t.fill({ 'Email address': LEAVER.email, Password: LEAVER.password, 'Confirm password': LEAVER.password });
        await t.tick('A person with a direct payment, or their carer', await t.group('I am registering as'));
        await t.click('Create account');
        await t.visible('"Sign out" button after registering', t.page.getByRole('button', { name: exactly('Sign out') }));
        await t.goto('account/your-data.xhtml');
        await t.heading('h1 "Your data"', { level: 1, name: exactly('Your data') });
        if (!(await main(t).innerText()).includes(LEAVER.email)) fail('their own email address is not among their data');
        await t.visible('JSON download link', main(t).getByRole('link', { name: exactly('Download your data (JSON file)') }));
        await t.axe('your-data');
      },
    },
    {
      id: 'pg-6', title: 'the erasure form refuses without the tick and the password, then deletes the account',
      session: 'leaver', needs: ['pg-5'],
      async run(t) {
        await main(t).getByRole('link', { name: exactly('delete your account and your data') }).click();
        await t.heading('h1 "Delete your account and your data"', { level: 1, name: exactly('Delete your account and your data') });
        await t.axe('erase');
        await t.click('Delete my account and data');
        const error = await t.errorShown('asking to delete without confirming');
        if (!/password/i.test(error)) fail(`expected the password to be asked for, got "${error}"`);
        await t.axe('erase-errors');
        await t.tick('I understand that my account and my data will be deleted and this cannot be undone');
        await t.fill({ 'Your password': LEAVER.password });
        await t.click('Delete my account and data');
        await t.heading('h1 "Your account has been deleted"', { level: 1, name: exactly('Your account has been deleted') });
        await t.axe('erased');
        await t.goto('sign-in.xhtml');
        await t.fill({ 'Email address': LEAVER.email, Password: LEAVER.password });
        await t.click('Sign in');
        await t.errorShown('signing in to a deleted account');
      },
    },
  ];
};
