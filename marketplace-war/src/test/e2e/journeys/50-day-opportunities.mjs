// Day opportunities: anyone searches everything from one box and filters hubs and spokes; the
// demo provider lists a community activity (meeting the form's errors) and gives it weekly
// sessions; the demo DP holder books a session, cancels it, and joins the waiting list of a full
// session; the provider fills in last week's register and cancels a session. axe runs on every
// page and every error state.
export default ({ fail, exactly, escapeRe, STAMP, NAV_TIMEOUT, ACTION_TIMEOUT }) => {
  const ACTIVITY = `Journey Knitting ${STAMP}`;
  const SEARCH_POLL_MS = 15_000;
  const first = new Date(Date.now() + 8 * 24 * 3600 * 1000);

  async function signIn(t, email, landing) {
    await t.goto('sign-in.xhtml');
    await t.fill({ 'Email address': email, Password: 'Demo-password-1' });
    await t.click('Sign in');
    await t.heading(`h1 "${landing}" after signing in`, { level: 1, name: exactly(landing) });
  }

  async function nav(t, name) {
    await t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: exactly(name) }).click();
  }

  /** Reloads `path` until `locator` shows, for what arrives in search a moment after a commit. */
  async function until(t, path, locator, what, ms) {
    const deadline = Date.now() + ms;
    let tries = 0;
    await t.goto(path);
    for (;;) {
      tries++;
      if (await locator.count()) return tries;
      if (Date.now() > deadline) fail(`${what}: not there after ${tries} loads over ${ms / 1000} s`);
      await t.page.waitForTimeout(1_000);
      await t.goto(path);
    }
  }

  return [
    {
      id: 'day-1', title: 'one search box: personal assistants, organisations and day opportunities by type with counts', session: 'anonymous',
      async run(t) {
        await t.goto('find.xhtml');
        await t.heading('h1 "Search care and support"', { level: 1, name: exactly('Search care and support') });
        await t.axe('find');
        await t.fill({ 'What are you looking for?': 'club', 'Town or postcode district': 'Blandford Forum' });
        await t.click('Search');
        const tabs = t.page.getByRole('navigation', { name: 'Results by type' });
        await t.visible('tab "Personal assistants (N)"', tabs.getByRole('link', { name: /^Personal assistants \(\d+\)$/ }));
        const organisationsTab = await t.visible('tab "Care organisations (N)"', tabs.getByRole('link', { name: /^Care organisations \(\d+\)$/ }));
        const dayTab = await t.visible('tab "Day opportunities (N)"', tabs.getByRole('link', { name: /^Day opportunities \(\d+\)$/ }));
        t.log(`tabs: ${(await tabs.innerText()).replace(/\s+/g, ' ')}`);
        await dayTab.click();
        await t.heading('h2 "Day opportunities"', { level: 2, name: exactly('Day opportunities') });
        await t.visible('a result with an h3 link', t.page.getByRole('article').first().getByRole('heading', { level: 3 }).getByRole('link'));
        await t.axe('find-day-opportunities');
        await organisationsTab.click();
        await t.heading('h2 "Care organisations"', { level: 2, name: exactly('Care organisations') });
        await t.visible('tab "Care organisations (N)" is the current one', tabs.locator('a[aria-current="page"]', { hasText: /^Care organisations \(\d+\)$/ }));
        await t.axe('find-organisations');
      },
    },
    {
      id: 'day-2', title: 'day-opportunity search: filters with counts, empty state and an unknown place', session: 'anonymous',
      async run(t) {
        await t.goto('day-opportunities/index.xhtml?near=Blandford+Forum&radiusKm=25');
        await t.heading('h1 "Find day opportunities"', { level: 1, name: exactly('Find day opportunities') });
        const stepFree = await firstLabel(t, 'Accessibility', /^Step-free access \(\d+\)$/);
        await t.tick(stepFree, await t.group('Accessibility'));
        await t.click('Apply filters');
        await t.page.waitForURL(/facilities=STEP_FREE_ACCESS/, { timeout: NAV_TIMEOUT });
        await t.visible('results count', t.page.getByRole('status').filter({ hasText: /day opportunit/ }));
        await t.axe('day-opportunities-filtered');
        await t.goto('day-opportunities/index.xhtml?q=qqxzv+wwkjh');
        await t.visible('empty state', t.page.getByText(/No day opportunities match your search/));
        await t.axe('day-opportunities-empty');
        await t.goto('day-opportunities/index.xhtml?near=Atlantis');
        const error = await t.errorShown('searching near a place that is not in the gazetteer');
        if (!/Atlantis/.test(error)) fail(`expected the place error, got "${error}"`);
        await t.axe('day-opportunities-error');
      },
    },
    {
      id: 'day-3', title: 'a hub page shows its network, sessions and carers\' breaks', session: 'anonymous',
      async run(t) {
        await t.goto('day-opportunities/index.xhtml?q=Blandford+Forum+Day+Centre&kind=HUB');
        await t.page.getByRole('article').first().getByRole('link').click({ timeout: ACTION_TIMEOUT });
        await t.heading('h1 of the hub', { level: 1 });
        await t.heading('h2 "Sessions"', { level: 2, name: exactly('Sessions') });
        await t.visible('a "Book" link in the sessions table', t.page.getByRole('link', { name: /^Book / }).first());
        await t.axe('listing-hub');
      },
    },
    {
      id: 'day-4', title: 'the provider lists a community activity, meeting the form\'s errors first', session: 'dayops-provider',
      async run(t) {
        await signIn(t, 'provider@demo.circles.test', 'Your account');
        await nav(t, 'Your hubs and activities');
        await t.heading('h1 "Your hubs and activities"', { level: 1, name: exactly('Your hubs and activities') });
        await t.axe('provider-listings');
        await (await t.visible('"List a community activity"', t.page.getByRole('link', { name: exactly('List a community activity') }))).click();
        await t.heading('h1 "List a community activity"', { level: 1, name: exactly('List a community activity') });
        await t.axe('listing-form');
        await t.click('Save and list');
        const error = await t.errorShown('saving an empty listing');
        for (const expected of [/Enter the name/, /Choose the kind/, /Describe the activity/, /Enter the price/]) {
          if (!expected.test(error)) fail(`expected ${expected} in the error summary, got "${error.slice(0, 300)}"`);
        }
        await t.axe('listing-form-errors');
        await t.fill({
          Name: ACTIVITY,
          'What kind of day opportunity is it?': 'Arts and crafts',
          Description: 'Knit and natter: bring your needles or borrow ours. Tea and biscuits included.',
          'Who it suits': 'Anyone who would like to learn to knit and meet people',
          'Town or village': 'Blandford Forum',
          'Price per session (£)': '3.50',
          'Places at each session': '10',
        });
        await t.tick('Direct payment', await t.group('Ways people can pay'));
        await t.tick('Step-free access', await t.group('Accessibility and facilities'));
        await t.click('Save and list');
        await t.visible('"is saved and listed" confirmation', t.page.getByRole('status').filter({ hasText: /is saved and listed/ }));
        await t.axe('provider-listings-saved');
      },
    },
    {
      id: 'day-5', title: 'the provider adds weekly sessions of two places', session: 'dayops-provider', needs: ['day-4'],
      async run(t) {
        await t.page.getByRole('link', { name: `Sessions and registers: ${ACTIVITY}` }).click({ timeout: ACTION_TIMEOUT });
        await t.heading(`h1 "${ACTIVITY}"`, { level: 1, name: exactly(ACTIVITY) });
        await t.visible('empty state', t.page.getByText(/No sessions yet/));
        await t.axe('provider-sessions-empty');
        await t.fill({ 'Start time': 'ten', 'End time': '12:00' });
        await t.click('Add sessions');
        const error = await t.errorShown('adding sessions without a date and with a start time in words');
        if (!/date of the first session/.test(error) || !/start time/.test(error)) fail(`unexpected errors: "${error}"`);
        await t.axe('provider-sessions-errors');
        await t.fill({ Day: String(first.getDate()), Month: String(first.getMonth() + 1), Year: String(first.getFullYear()) },
          await t.group('Date of the first session'));
        await t.fill({ 'Start time': '10:00', 'End time': '12:00', 'Places at each session': '2' });
        await t.click('Add sessions');
        await t.visible('"Sessions added" confirmation', t.page.getByRole('status').filter({ hasText: /Sessions added: Every/ }));
        await t.visible('a session in the table', t.page.getByRole('cell', { name: '0 of 2' }).first());
        await t.axe('provider-sessions');
      },
    },
    {
      id: 'day-6', title: 'the DP holder sees their bookings and a carer\'s break', session: 'dayops-dp',
      async run(t) {
        await signIn(t, 'dp@demo.circles.test', 'Your account');
        await nav(t, 'Your bookings');
        await t.heading('h1 "Your bookings"', { level: 1, name: exactly('Your bookings') });
        await t.visible('the carer\'s break booked for Pat Morgan', t.page.getByRole('article').filter({ hasText: 'Pat Morgan' }));
        await t.visible('the calendar link', t.page.getByRole('link', { name: exactly('Add all your bookings to your calendar') }));
        await t.axe('my-bookings');
      },
    },
    {
      id: 'day-7', title: 'the DP holder books the new activity, meeting the form\'s errors first', session: 'dayops-dp',
      needs: ['day-5', 'day-6'],
      async run(t) {
        const path = `day-opportunities/index.xhtml?q=${encodeURIComponent(String(STAMP))}`;
        const card = t.page.getByRole('article').filter({ has: t.page.getByRole('link', { name: exactly(ACTIVITY) }) });
        t.log(`found after ${await until(t, path, card, `result "${ACTIVITY}"`, SEARCH_POLL_MS)} load(s)`);
        await card.first().getByRole('link', { name: exactly(ACTIVITY) }).click();
        await t.heading(`h1 "${ACTIVITY}"`, { level: 1, name: exactly(ACTIVITY) });
        await t.axe('listing-spoke');
        await t.page.getByRole('link', { name: /^Book / }).first().click({ timeout: ACTION_TIMEOUT });
        await t.heading('h1 "Book a place"', { level: 1, name: exactly('Book a place') });
        await t.axe('book');
        await t.click('Book');
        const error = await t.errorShown('booking without saying who for');
        if (!/who the place is for/.test(error)) fail(`expected the who-for error, got "${error}"`);
        await t.axe('book-errors');
        await t.tick('Me', await t.group('Who is the place for?'));
        await t.fill({ 'Name of the person coming': 'Alex Morgan' });
        await t.click('Book');
        await t.heading('h1 "Your bookings"', { level: 1, name: exactly('Your bookings') });
        await t.visible('"Booked" confirmation with how it is paid',
          t.page.getByRole('status').filter({ hasText: /Booked: .*from your direct payment/s }));
        await t.axe('my-bookings-booked');
      },
    },
    {
      id: 'day-8', title: 'the DP holder cancels the booking, seeing the provider\'s policy', session: 'dayops-dp', needs: ['day-7'],
      async run(t) {
        await t.page.getByRole('link', { name: new RegExp(`^Cancel this booking: ${escapeRe(ACTIVITY)}`) }).first()
          .click({ timeout: ACTION_TIMEOUT });
        await t.heading('h1 "Cancel your booking"', { level: 1, name: exactly('Cancel your booking') });
        await t.visible('the cancellation policy', t.page.getByText(/before the session starts/));
        await t.axe('cancel-booking');
        await t.click('Yes, cancel the booking');
        await t.visible('"is cancelled" confirmation', t.page.getByRole('status').filter({ hasText: /booking is cancelled/ }));
        await t.axe('my-bookings-cancelled');
      },
    },
    {
      id: 'day-9', title: 'the DP holder joins the waiting list of a full session, then leaves it', session: 'dayops-dp', needs: ['day-6'],
      async run(t) {
        await t.goto('bookings/index.xhtml');
        const listings = await t.page.getByRole('article').getByRole('heading', { level: 3 }).getByRole('link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        let joined = false;
        for (const href of listings) {
          await t.page.goto(new URL(href, t.page.url()).href, { waitUntil: 'load', timeout: NAV_TIMEOUT });
          const join = t.page.getByRole('link', { name: /^Join the waiting list/ });
          if (await join.count()) {
            await join.first().click();
            joined = true;
            break;
          }
        }
        if (!joined) fail('no full session with a waiting list among the DP holder\'s activities');
        await t.heading('h1 "Join the waiting list"', { level: 1, name: exactly('Join the waiting list') });
        await t.axe('join-waiting-list');
        await t.tick('Me', await t.group('Who is the place for?'));
        await t.fill({ 'Name of the person coming': 'Alex Morgan' });
        const methods = (await t.group('How will it be paid for?')).getByRole('radio');
        if (!(await methods.first().isChecked())) await methods.first().check();
        await t.click('Join the waiting list');
        await t.visible('"on the waiting list" confirmation', t.page.getByRole('status').filter({ hasText: /on the waiting list/ }));
        await t.heading('h2 "On waiting lists"', { level: 2, name: exactly('On waiting lists') });
        await t.axe('my-bookings-waiting');
        await t.page.getByRole('button', { name: /^Leave the waiting list/ }).first().click({ timeout: ACTION_TIMEOUT });
        await t.visible('"left the waiting list" confirmation', t.page.getByRole('status').filter({ hasText: /left the waiting list/ }));
      },
    },
    {
      id: 'day-10', title: 'the provider fills in last week\'s register', session: 'dayops-provider', needs: ['day-4'],
      async run(t) {
        await t.goto('provider/listings.xhtml');
        const pages = await t.page.getByRole('link', { name: /^Sessions and registers: / })
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        // The first recent session with people booked: one that ended earlier today may have nobody.
        let opened = false;
        for (const href of pages) {
          if (opened) break;
          await t.page.goto(new URL(href, t.page.url()).href, { waitUntil: 'load', timeout: NAV_TIMEOUT });
          if (!(await t.page.getByRole('heading', { level: 2, name: exactly('Recent sessions') }).count())) continue;
          const sessions = await t.page.locator('xpath=//h2[normalize-space()="Recent sessions"]/following-sibling::ul[1]//a')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          for (const session of sessions) {
            await t.page.goto(new URL(session, t.page.url()).href, { waitUntil: 'load', timeout: NAV_TIMEOUT });
            if (await t.page.getByRole('rowheader').count()) {
              opened = true;
              break;
            }
          }
        }
        if (!opened) fail('no recent session with people booked among the demo provider\'s listings');
        await t.heading('h1 "Register: ..."', { level: 1, name: /^Register: / });
        await t.axe('register');
        const person = (await t.page.getByRole('rowheader').first().innerText()).trim();
        await t.tick('Came', await t.group(`Did ${person} come?`));
        await t.click('Save the register');
        await t.visible('"register is saved" confirmation', t.page.getByRole('status').filter({ hasText: /register is saved/ }));
        await t.axe('register-saved');
      },
    },
    {
      id: 'day-11', title: 'the provider cancels a session, giving a reason', session: 'dayops-provider', needs: ['day-5'],
      async run(t) {
        await t.goto('provider/listings.xhtml');
        await t.page.getByRole('link', { name: `Sessions and registers: ${ACTIVITY}` }).click({ timeout: ACTION_TIMEOUT });
        await t.page.getByRole('link', { name: /^Register and bookings/ }).first().click({ timeout: ACTION_TIMEOUT });
        await t.heading('h1 "Register: ..."', { level: 1, name: /^Register: / });
        await t.visible('empty register', t.page.getByText(/Nobody has booked yet/));
        await t.click('Cancel the session');
        const error = await t.errorShown('cancelling without a reason');
        if (!/why the session is cancelled/.test(error)) fail(`expected the reason error, got "${error}"`);
        await t.axe('register-cancel-error');
        await t.fill({ 'Why is it cancelled?': 'The hall is closed for repairs' });
        await t.click('Cancel the session');
        await t.visible('"session is cancelled" confirmation', t.page.getByRole('status').filter({ hasText: /session is cancelled/ }));
        await t.axe('register-cancelled');
      },
    },
  ];

  async function firstLabel(t, legend, pattern) {
    const box = (await t.group(legend)).getByRole('checkbox', { name: pattern }).first();
    return (await box.evaluate((el) => el.labels[0].innerText)).trim();
  }
};
