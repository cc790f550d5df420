// Job adverts for PAs: the demo DP holder writes an advert (and meets the form's errors and the
// low-rate warning), sends it to the council; the demo council user finds it in the queue, tries to
// reject it without a reason, then publishes it; the public advert search finds it; the demo PA
// (Jo D., Dorchester, meals and companionship) is told about it; the DP holder withdraws it.
// axe runs on every page and error state.
export default ({ fail, exactly, escapeRe, STAMP, NAV_TIMEOUT, ACTION_TIMEOUT }) => {
  const TITLE = `Help with meals and walks ${STAMP}`;
  const SEARCH_POLL_MS = 15_000;
  const NOTICE_POLL_MS = 15_000;
  const start = new Date(Date.now() + 14 * 24 * 3600 * 1000);

  async function signIn(t, email, landing) {
    await t.goto('sign-in.xhtml');
    await t.fill({ 'Email address': email, Password: 'Demo-password-1' });
    await t.click('Sign in');
    await t.heading(`h1 "${landing}" after signing in`, { level: 1, name: exactly(landing) });
  }

  /** Reloads `path` until `locator` shows, for things that arrive a moment after a commit. */
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
      id: 'adv-1', title: 'DP holder opens a new job advert form', session: 'adverts-dp',
      async run(t) {
        await signIn(t, 'dp@demo.circles.test', 'Your account');
        await t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: exactly('Your job adverts') }).click();
        await t.heading('h1 "Your job adverts"', { level: 1, name: exactly('Your job adverts') });
        await t.axe('adverts-mine');
        await (await t.visible('"Write a new advert" link',
          t.page.getByRole('main').getByRole('link', { name: exactly('Write a new advert') }))).click();
        await t.heading('h1 "Write a job advert"', { level: 1, name: exactly('Write a job advert') });
        await t.group('When do you need support?');
        await t.group('Monday');
        await t.group('Support needed');
        await t.group('Start date');
        await t.axe('advert-form');
      },
    },
    {
      id: 'adv-2', title: 'advert form sent empty lists every problem', session: 'adverts-dp', needs: ['adv-1'],
      async run(t) {
        await t.goto('adverts/edit.xhtml');
        await t.click('Send to the council');
        const error = await t.errorShown('sending an empty advert');
        for (const expected of [/Enter a title/, /Tick at least one time of day/, /date you would like support to start/,
          /Describe the support/]) {
          if (!expected.test(error)) fail(`expected ${expected} in the error summary, got "${error.slice(0, 300)}"`);
        }
        await t.axe('advert-form-errors');
      },
    },
    {
      id: 'adv-3', title: 'DP holder writes the advert with a rate below the base rate and saves a draft',
      session: 'adverts-dp', needs: ['adv-1'],
      async run(t) {
        await t.goto('adverts/edit.xhtml');
        await t.fill({ Title: TITLE, 'Town or postcode district': 'Dorchester', 'Hours per week': '6' });
        await t.tick('Morning', await t.group('Monday'));
        await t.tick('Afternoon', await t.group('Wednesday'));
        const support = await t.group('Support needed');
        await t.tick('Meals and cooking', support);
        await t.tick('Companionship', support);
        await t.fill({ Day: String(start.getDate()), Month: String(start.getMonth() + 1), Year: String(start.getFullYear()) },
          await t.group('Start date'));
        await t.fill({
          'Hourly rate offered (£)': '11.00',
          Description: 'Cooking lunch together twice a week and a short walk to the park. I enjoy a chat about gardening.',
        });
        await t.click('Save draft');
        await t.visible('"draft is saved" confirmation', t.page.getByRole('status').filter({ hasText: /draft is saved/i }));
        const warning = await t.visible('rate warning', t.page.getByRole('status').filter({ hasText: /below the council's base rate/i }));
        t.log(`warning: "${(await warning.innerText()).trim().replace(/\s+/g, ' ').slice(0, 160)}"`);
        await t.heading(`h1 "${TITLE}"`, { level: 1, name: exactly(TITLE) });
        await t.axe('advert-draft-rate-warning');
      },
    },
    {
      id: 'adv-4', title: 'DP holder sends the advert to the council', session: 'adverts-dp', needs: ['adv-3'],
      async run(t) {
        await t.click('Send to the council');
        await t.heading('h1 "Your job adverts"', { level: 1, name: exactly('Your job adverts') });
        await t.visible('"sent to the council" confirmation with the rate warning',
          t.page.getByRole('status').filter({ hasText: /sent to the council.*below the council's base rate/is }));
        await t.visible('the advert with status "Submitted"', t.page.getByRole('article')
          .filter({ hasText: TITLE }).filter({ hasText: /Submitted/ }));
        await t.axe('adverts-mine-sent');
      },
    },
    {
      id: 'adv-5', title: 'council finds the advert in the queue and opens it', session: 'adverts-council', needs: ['adv-4'],
      async run(t) {
        await signIn(t, 'council@demo.circles.test', 'Council tools');
        await t.goto('council/adverts.xhtml');
        await t.heading('h1 "Job adverts to check"', { level: 1, name: exactly('Job adverts to check') });
        await t.axe('council-advert-queue');
        // Oldest first: a queue that has grown over earlier runs may put this advert on a later page.
        for (let page = 1; ; page++) {
          const link = t.page.getByRole('link', { name: exactly(TITLE) });
          if (await link.count()) {
            await link.click();
            break;
          }
          const next = t.page.getByRole('link', { name: exactly('Next page') });
          if (!(await next.count()) || page > 50) fail(`no link "${TITLE}" in the queue`);
          await next.click();
        }
        await t.heading(`h1 "${TITLE}"`, { level: 1, name: exactly(TITLE) });
        await t.axe('council-advert-check');
      },
    },
    {
      id: 'adv-6', title: 'council rejecting without a reason is told to give one', session: 'adverts-council', needs: ['adv-5'],
      async run(t) {
        await t.click('Reject');
        const error = await t.errorShown('rejecting without a reason');
        if (!/Tell the poster what to change/.test(error)) fail(`expected the reason error, got "${error}"`);
        await t.axe('council-advert-reject-error');
      },
    },
    {
      id: 'adv-7', title: 'council publishes the advert', session: 'adverts-council', needs: ['adv-5'],
      async run(t) {
        await t.click('Publish');
        await t.heading('h1 "Job adverts to check"', { level: 1, name: exactly('Job adverts to check') });
        await t.visible('"is published" confirmation', t.page.getByRole('status').filter({ hasText: /is published/ }));
        await t.axe('council-advert-queue-published');
      },
    },
    {
      id: 'adv-8', title: 'the advert search finds the new advert by words, place and support', session: 'anonymous',
      needs: ['adv-7'],
      async run(t) {
        await t.goto('adverts/index.xhtml');
        await t.heading('h1 "Jobs for personal assistants"', { level: 1, name: exactly('Jobs for personal assistants') });
        await t.fill({ 'Words to look for': String(STAMP), 'Town or postcode district': 'Dorchester' });
        await t.tick('Meals and cooking', await t.group('Support needed'));
        await t.click('Search');
        await t.page.waitForURL(/\/adverts\/index\.xhtml\?/, { timeout: NAV_TIMEOUT });
        const path = t.page.url().replace(/^.*?\/adverts\//, 'adverts/');
        const card = t.page.getByRole('article').filter({
          has: t.page.getByRole('heading', { level: 2, name: new RegExp(escapeRe(TITLE)) }),
        });
        t.log(`found after ${await until(t, path, card, `result "${TITLE}"`, SEARCH_POLL_MS)} load(s)`);
        await t.axe('advert-search-results');
        await card.first().getByRole('link').click({ timeout: ACTION_TIMEOUT });
        await t.heading(`h1 "${TITLE}"`, { level: 1, name: exactly(TITLE) });
        await t.axe('advert-public');
      },
    },
    {
      id: 'adv-9', title: 'advert search: empty state and a place it cannot find', session: 'anonymous',
      async run(t) {
        await t.goto('adverts/index.xhtml?q=qqxzv+wwkjh');
        await t.visible('empty state', t.page.getByText(/No open job adverts match your search/));
        await t.axe('advert-search-empty');
        await t.goto('adverts/index.xhtml?near=Atlantis');
        const error = await t.errorShown('searching near a place that is not in the gazetteer');
        if (!/Atlantis/.test(error)) fail(`expected the place error, got "${error}"`);
        await t.axe('advert-search-error');
      },
    },
    {
      id: 'adv-10', title: 'demo PA Jo D. is told about the advert and opens it', session: 'adverts-pa', needs: ['adv-7'],
      async run(t) {
        await signIn(t, 'pa@demo.circles.test', 'Your PA profile');
        const item = t.page.getByRole('listitem').filter({ hasText: TITLE });
        t.log(`notification after ${await until(t, 'notifications/index.xhtml', item, `notification about "${TITLE}"`, NOTICE_POLL_MS)} load(s)`);
        const nav = await t.visible('"Notifications (N)" in the header',
          t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications \(\d+\)$/ }));
        const before = Number(/\((\d+)\)/.exec(await nav.innerText())[1]);
        if (before < 1) fail(`expected unread notifications, the header says ${before}`);
        await t.visible('"New" on the unread notification', item.first().getByText('New', { exact: true }));
        await t.axe('notifications');
        await item.first().getByRole('button', { name: exactly('Open') }).click({ timeout: ACTION_TIMEOUT });
        await t.heading(`h1 "${TITLE}"`, { level: 1, name: exactly(TITLE) });
        const after = await t.page.getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: /^Notifications \(\d+\)$/ }).innerText();
        if (Number(/\((\d+)\)/.exec(after)[1]) !== before - 1) fail(`opening it should mark it read: ${before} then "${after}"`);
      },
    },
    {
      id: 'adv-11', title: 'DP holder sees the advert published and withdraws it', session: 'adverts-dp', needs: ['adv-7'],
      async run(t) {
        await t.goto('adverts/mine.xhtml');
        const article = t.page.getByRole('article').filter({ hasText: TITLE });
        await t.visible('the advert with status "Published"', article.filter({ hasText: /Published/ }));
        await t.click(`Withdraw: ${TITLE}`);
        await t.visible('"is withdrawn" confirmation', t.page.getByRole('status').filter({ hasText: /is withdrawn/ }));
        await t.axe('adverts-mine-withdrawn');
      },
    },
  ];
};
