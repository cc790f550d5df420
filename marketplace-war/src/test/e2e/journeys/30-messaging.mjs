// Messages and the shortlist: the demo person with a direct payment (dp@demo.circles.test) writes
// to the demo PA, Jo D.; Jo D. (pa@demo.circles.test) reads and replies; the person sees the
// reply, shortlists PAs, compares them (and chooses too many), removes one and undoes it. Empty
// lists and a conversation that is not theirs are checked too. axe runs on every page and error.
//
// The steps also work on a database an earlier run has used (the conversation with Jo D. may
// already exist, PAs may already be shortlisted).
export default ({ fail, exactly, escapeRe, STAMP, NAV_TIMEOUT }) => {
  const DP = { email: 'dp@demo.circles.test', password: 'Demo-password-1', shownAs: 'dp' };
  const JO = { email: 'pa@demo.circles.test', password: 'Demo-password-1', name: 'Jo D.' };
  const FIRST = `Hello Jo, I am looking for help with shopping and a walk on Tuesday mornings in Dorchester. (${STAMP})`;
  const REPLY = `Hello, yes: Tuesday mornings suit me. Shall we meet for a chat first? (${STAMP})`;
  const NEW_DP = { email: `e2e-dp-${STAMP}@example.test`, password: 'Journey-pass-1234' };

  async function signIn(t, who) {
    await t.goto('sign-in.xhtml');
    await t.fill({ 'Email address': who.email, Password: who.password });
    await t.click('Sign in');
    await t.visible('"Sign out" button after signing in', t.page.getByRole('button', { name: exactly('Sign out') }));
  }

  /** Clicks a control that posts and redirects, and waits for the page it lands on. */
  async function clickAndLoad(t, locator, what) {
    const before = t.page.url();
    await locator.click({ timeout: NAV_TIMEOUT });
    await t.page.waitForURL((u) => u.href !== before, { timeout: NAV_TIMEOUT, waitUntil: 'load' })
      .catch(() => fail(`${what} did not lead to another page (still at ${t.page.url()})`));
  }

  const messageBox = (t) => t.field('Your message');

  return [
    {
      id: 'msg-1', title: 'DP holder signs in and opens Jo D.\'s profile from search', session: 'dp-demo',
      async run(t) {
        await signIn(t, DP);
        await t.goto('search.xhtml?q=Jo+D.&near=Dorchester');
        await t.axe('search-results-signed-in-dp');
        await t.page.getByRole('link', { name: exactly(JO.name) }).first().click();
        await t.heading(`h1 "${JO.name}"`, { level: 1, name: exactly(JO.name) });
        await t.visible('"Send a message" link', t.page.getByRole('link', { name: exactly('Send a message') }));
        await t.axe('profile-signed-in-dp');
      },
    },
    {
      id: 'msg-2', title: 'DP holder writes to Jo D. (an empty message first)', session: 'dp-demo', needs: ['msg-1'],
      async run(t) {
        await t.page.getByRole('link', { name: exactly('Send a message') }).click();
        await t.page.waitForLoadState('load');
        const starting = await t.page.getByRole('heading', { level: 1, name: exactly(`Send a message to ${JO.name}`) }).count();
        if (starting) {
          await t.axe('message-start');
        } else {
          t.log('a conversation with Jo D. exists already (database used before): writing in it');
          await t.heading(`h1 "${JO.name}"`, { level: 1, name: exactly(JO.name) });
        }
        await t.click('Send message');
        const error = await t.errorShown('sending an empty message');
        if (!/Enter your message/.test(error)) fail(`expected "Enter your message", got "${error}"`);
        await t.axe(starting ? 'message-start-empty-error' : 'conversation-empty-error');
        await (await messageBox(t)).fill(FIRST);
        await t.click('Send message');
        await t.visible('"Your message has been sent"', t.page.getByRole('status').filter({ hasText: /Your message has been sent/ }));
        await t.heading(`h1 "${JO.name}"`, { level: 1, name: exactly(JO.name) });
        await t.visible('the message in the conversation', t.page.getByText(FIRST));
        await t.axe('conversation-dp');
      },
    },
    {
      id: 'msg-3', title: 'Jo D. sees the unread message, reads it and replies', session: 'pa-demo', needs: ['msg-2'],
      async run(t) {
        await signIn(t, JO);
        const nav = t.page.getByRole('navigation', { name: 'Main' });
        const messages = await t.visible('"Messages (n unread)" in the header',
          nav.getByRole('link', { name: /^Messages \(\d+ unread\s*\)$/ }));
        t.log(`header: "${(await messages.innerText()).trim()}"`);
        await clickAndLoad(t, messages, 'the Messages link');
        await t.heading('h1 "Messages"', { level: 1, name: exactly('Messages') });
        await t.axe('messages-list-pa');
        await t.page.getByRole('link', { name: exactly(DP.shownAs) }).first().click();
        await t.heading(`h1 "${DP.shownAs}"`, { level: 1, name: exactly(DP.shownAs) });
        await t.visible('the DP holder\'s message', t.page.getByText(FIRST));
        await t.axe('conversation-pa');
        await (await messageBox(t)).fill(REPLY);
        await t.click('Send message');
        await t.visible('"Your message has been sent"', t.page.getByRole('status').filter({ hasText: /Your message has been sent/ }));
        await t.visible('the reply in the conversation', t.page.getByText(REPLY));
      },
    },
    {
      id: 'msg-4', title: 'DP holder sees Jo D.\'s reply as unread, then reads it', session: 'dp-demo', needs: ['msg-3'],
      async run(t) {
        await t.goto('messages/index.xhtml');
        const row = t.page.getByRole('listitem').filter({ has: t.page.getByRole('link', { name: exactly(JO.name) }) });
        await t.visible('Jo D.\'s conversation marked "1 unread"', row.filter({ hasText: /\b1 unread\b/ }));
        await t.axe('messages-list-dp');
        await row.getByRole('link', { name: exactly(JO.name) }).click();
        await t.visible('Jo D.\'s reply', t.page.getByText(REPLY));
        const nav = t.page.getByRole('navigation', { name: 'Main' });
        if (await nav.getByRole('link', { name: /^Messages \(/ }).count()) fail('the header still counts unread messages after reading');
      },
    },
    {
      id: 'msg-5', title: 'DP holder shortlists PAs from search results', session: 'dp-demo', needs: ['msg-1'],
      async run(t) {
        await t.goto('search.xhtml?q=companionship&near=Dorchester');
        // Buttons and boxes are found by the PA's name: take four names that appear once.
        const articles = t.page.getByRole('article');
        const all = [];
        for (let i = 0; i < await articles.count(); i++) {
          all.push((await articles.nth(i).getByRole('heading', { level: 2 }).innerText()).trim());
        }
        const names = all.filter((n) => all.indexOf(n) === all.lastIndexOf(n)).slice(0, 4);
        if (names.length < 4) fail(`fewer than 4 results with a name of their own: ${all.join(', ')}`);
        for (const name of names) {
          const add = t.page.getByRole('button', { name: exactly(`Add to shortlist (${name})`) });
          if (await add.count()) {
            await clickAndLoad(t, add, `"Add to shortlist (${name})"`);
          }
          await t.visible(`"Remove from shortlist (${name})" after adding`,
            t.page.getByRole('button', { name: exactly(`Remove from shortlist (${name})`) }));
        }
        t.state.shortlisted = names;
        t.log(`shortlisted: ${names.join(', ')}`);
        await t.axe('search-results-shortlisted');
      },
    },
    {
      id: 'msg-6', title: 'shortlist: compare four (refused), then three side by side', session: 'dp-demo', needs: ['msg-5'],
      async run(t) {
        const names = t.state.shortlisted;
        await t.goto('shortlist/index.xhtml');
        await t.heading('h1 "Your shortlist"', { level: 1, name: exactly('Your shortlist') });
        await t.axe('shortlist');
        const choice = await t.group('Choose 2 or 3 personal assistants to compare');
        for (const name of names) await t.tick(name, choice);
        await t.click('Compare');
        const error = await t.errorShown('comparing four');
        if (!/up to 3/.test(error)) fail(`expected "up to 3", got "${error}"`);
        await t.axe('compare-too-many');
        const again = await t.group('Choose 2 or 3 personal assistants to compare');
        await again.getByLabel(exactly(names[3])).uncheck();
        await t.click('Compare');
        const table = await t.visible('the comparison table, captioned "Comparing …"',
          t.page.getByRole('table', { name: /^Comparing / }));
        for (const row of ['Town', 'Hourly rate', 'Support offered', 'About me']) {
          await t.visible(`row header "${row}"`, table.getByRole('rowheader', { name: exactly(row) }));
        }
        for (const name of names.slice(0, 3)) {
          await t.visible(`column header for ${name}`, table.getByRole('columnheader', { name: exactly(name) }));
        }
        await t.axe('compare');
      },
    },
    {
      id: 'msg-7', title: 'shortlist: remove a PA, then Undo', session: 'dp-demo', needs: ['msg-5'],
      async run(t) {
        const name = t.state.shortlisted[0];
        await t.goto('shortlist/index.xhtml');
        await clickAndLoad(t, await t.button(`Remove from shortlist (${name})`), 'Remove');
        await t.visible(`"${name} is no longer on your shortlist"`,
          t.page.getByRole('status').filter({ hasText: new RegExp(`${escapeRe(name)} is no longer on your shortlist`) }));
        await t.axe('shortlist-removed-with-undo');
        await clickAndLoad(t, await t.button(`Undo: put ${name} back on your shortlist`), 'Undo');
        await t.visible(`"Remove from shortlist (${name})" again after Undo`,
          t.page.getByRole('button', { name: exactly(`Remove from shortlist (${name})`) }));
      },
    },
    {
      id: 'msg-8', title: 'a new DP holder: empty messages and shortlist, someone else\'s conversation not found', session: 'dp-new',
      async run(t) {
        await t.goto('register.xhtml');
        await t.fill({ 'Email address': NEW_DP.email, Password: NEW_DP.password, 'Confirm password': NEW_DP.password });
        await t.tick('A person with a direct payment, or their carer', await t.group('I am registering as'));
        await t.click('Create account');
        await t.visible('"Sign out" button after registering', t.page.getByRole('button', { name: exactly('Sign out') }));
        await t.goto('messages/index.xhtml');
        await t.visible('"You have no messages yet"', t.page.getByText('You have no messages yet.'));
        await t.axe('messages-empty');
        await t.goto('shortlist/index.xhtml');
        await t.visible('"Your shortlist is empty"', t.page.getByText('Your shortlist is empty.'));
        await t.axe('shortlist-empty');
        const res = await t.page.goto(t.url('messages/conversation.xhtml?id=1'), { waitUntil: 'load', timeout: NAV_TIMEOUT });
        if (res.status() !== 404) fail(`someone else's conversation answered ${res.status()}, expected 404`);
        await t.heading('h1 "Page not found"', { level: 1, name: exactly('Page not found') });
        await t.axe('conversation-not-found');
      },
    },
  ];
};
