// Engaging a PA: the demo person with a direct payment (dp@demo.circles.test) asks Jo D. to work
// for them (meeting the form's errors and the household-family stop), Jo D. answers (an empty "no"
// first) and accepts; the person ticks an employer's duty, looks at the calendar and a visit (and
// tries to cancel without a reason), disputes nothing and approves the demo timesheet; Jo D. sends
// a timesheet for last week's visits; council staff look at the overdue timesheets. axe runs on
// every page and error state.
export default ({ fail, exactly, STAMP, NAV_TIMEOUT }) => {
  const DP = { email: 'dp@demo.circles.test', password: 'Demo-password-1' };
  const JO = { email: 'pa@demo.circles.test', password: 'Demo-password-1', name: 'Jo D.' };
  const TASKS = `Lunch together and a walk by the river (${STAMP})`;
  const start = new Date(Date.now() + 21 * 24 * 3600 * 1000);

  async function signIn(t, who) {
    await t.goto('sign-in.xhtml');
    await t.fill({ 'Email address': who.email, Password: who.password });
    await t.click('Sign in');
    await t.visible('"Sign out" button after signing in', t.page.getByRole('button', { name: exactly('Sign out') }));
  }

  async function arrangements(t) {
    await t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: exactly('Care arrangements') }).click();
    await t.heading('h1 "Care arrangements"', { level: 1, name: exactly('Care arrangements') });
  }

  const main = (t) => t.page.getByRole('main');

  return [
    {
      id: 'eng-1', title: 'DP holder opens the request form from Jo D.\'s profile', session: 'engage-dp',
      async run(t) {
        await signIn(t, DP);
        await t.goto('search.xhtml?q=Jo+D.&near=Dorchester');
        await main(t).getByRole('link', { name: exactly(JO.name) }).first().click();
        await t.heading(`h1 "${JO.name}"`, { level: 1, name: exactly(JO.name) });
        await main(t).getByRole('link', { name: exactly('Ask to work for you') }).click();
        await t.heading('h1 "Ask Jo D. to work for you"', { level: 1, name: exactly('Ask Jo D. to work for you') });
        t.state.requestForm = t.page.url();
        await t.group('Regular visits');
        await t.group('Monday');
        await t.group('How will the PA work for you?');
        await t.axe('engage-request-form');
      },
    },
    {
      id: 'eng-2', title: 'the request form sent empty lists every problem', session: 'engage-dp', needs: ['eng-1'],
      async run(t) {
        await t.click('Send the request');
        const error = await t.errorShown('sending an empty request');
        for (const expected of [/at least one visit/, /date you would like support to start/,
          /Say what you would like the PA to help with/, /kind of support/, /close family member/]) {
          if (!expected.test(error)) fail(`expected ${expected} in the error summary, got "${error.slice(0, 400)}"`);
        }
        await t.axe('engage-request-form-errors');
      },
    },
    {
      id: 'eng-3', title: 'a close family member in the household is stopped with an explanation', session: 'engage-dp',
      needs: ['eng-1'],
      async run(t) {
        await t.page.goto(t.state.requestForm, { waitUntil: 'load', timeout: NAV_TIMEOUT });
        const monday = await t.group('Monday');
        await t.fill({ Starts: '10am', Ends: '12:30pm' }, monday);
        await t.fill({ Day: String(start.getDate()), Month: String(start.getMonth() + 1), Year: String(start.getFullYear()) },
          await t.group('First day'));
        await t.fill({ 'What the PA will do': TASKS, 'Town or postcode district': 'Dorchester', 'Hourly rate (£)': '14.50',
          'Notice to end it, in weeks': '4' });
        await t.tick('Meals and cooking', await t.group('Kinds of support'));
        await t.tick('Employed by you', await t.group('How will the PA work for you?'));
        await t.tick('Yes', await t.group('Is Jo D. a close family member who lives in your household?'));
        await t.click('Send the request');
        const error = await t.errorShown('saying the PA is family in the household');
        if (!/cannot normally pay a close family member/.test(error)) fail(`expected the household rule, got "${error}"`);
        await t.axe('engage-request-household-stop');
      },
    },
    {
      id: 'eng-4', title: 'DP holder sends the request', session: 'engage-dp', needs: ['eng-3'],
      async run(t) {
        await t.tick('No', await t.group('Is Jo D. a close family member who lives in your household?'));
        await t.click('Send the request');
        await t.heading('h1 "Your request to Jo D."', { level: 1, name: exactly('Your request to Jo D.') });
        await t.visible('"Your request is sent"', t.page.getByRole('status').filter({ hasText: /Your request is sent/ }));
        await t.visible('the history', main(t).getByText(/You sent the request/));
        await t.axe('engage-request-sent');
      },
    },
    {
      id: 'eng-5', title: 'Jo D. opens the request and is told to give a reason for saying no', session: 'engage-pa',
      needs: ['eng-4'],
      async run(t) {
        await signIn(t, JO);
        await arrangements(t);
        await t.axe('engage-arrangements-pa');
        await main(t).getByRole('article').filter({ hasText: /Monday, 10:00am to 12:30pm/ }).first()
          .getByRole('link').click();
        await t.heading('h1 "A request to work for dp"', { level: 1, name: exactly('A request to work for dp') });
        await t.axe('engage-request-pa');
        await t.click('Say no');
        const error = await t.errorShown('saying no without a reason');
        if (!/Say why you are saying no/.test(error)) fail(`expected the reason error, got "${error}"`);
        await t.axe('engage-request-decline-error');
      },
    },
    {
      id: 'eng-6', title: 'Jo D. accepts: the employment summary is made', session: 'engage-pa', needs: ['eng-5'],
      async run(t) {
        await t.tick('No', await t.group('Are you a close family member of dp who lives in the same household?'));
        await t.click('Accept the request');
        await t.heading('h1 employment summary', { level: 1, name: /An employment summary between dp and Jo D\./ });
        await t.visible('"You have an agreement"', t.page.getByRole('status').filter({ hasText: /You have an agreement/ }));
        await t.axe('engage-agreement-pa');
      },
    },
    {
      id: 'eng-6c', title: 'Jo D. answers the demo request to cover another person\'s visit tomorrow', session: 'engage-pa',
      needs: ['eng-6'],
      async run(t) {
        await arrangements(t);
        const asks = main(t).getByRole('list', { name: exactly('Cover asked of you') });
        await asks.getByRole('link').first().click();
        await t.heading('h1 "Can you cover a visit?"', { level: 1, name: exactly('Can you cover a visit?') });
        await t.visible('where the visit is', main(t).getByText('Dorchester', { exact: true }));
        await t.axe('engage-cover-ask');
        await t.click('Yes, I can cover it');
        await t.heading('h1 one-off service agreement', { level: 1, name: /agreement between person01 and Jo D\./ });
        await t.axe('engage-cover-agreement');
      },
    },
    {
      id: 'eng-7', title: 'DP holder ticks off an employer\'s duty on the new agreement', session: 'engage-dp', needs: ['eng-6'],
      async run(t) {
        await arrangements(t);
        await t.axe('engage-arrangements-dp');
        await main(t).getByRole('article').filter({ hasText: /Monday, 10:00am to 12:30pm/ }).filter({ hasText: /In force/ })
          .first().getByRole('link').click();
        await t.heading('h1 employment summary', { level: 1, name: /An employment summary between dp and Jo D\./ });
        await t.tick('Check their right to work in the UK', await t.group('Tick each duty when it is done'));
        await t.click('Save the checklist');
        await t.visible('"Your checklist is saved"', t.page.getByRole('status').filter({ hasText: /checklist is saved/ }));
        await t.visible('Save as PDF link', main(t).getByRole('link', { name: exactly('Save as PDF') }));
        await t.axe('engage-agreement-employer');
      },
    },
    {
      id: 'eng-8', title: 'the calendar lists this week\'s visits; a visit cannot be cancelled without a reason',
      session: 'engage-dp', needs: ['eng-1'],
      async run(t) {
        await t.goto('engage/calendar.xhtml');
        await t.heading('h1 "Week of ..."', { level: 1, name: /^Week of / });
        await t.axe('engage-calendar');
        const upcoming = main(t).getByRole('link', { name: /9:00am to 10:30am with Jo D\./ });
        if (!(await upcoming.count())) fail('no demo visit with Jo D. in this week\'s calendar');
        await main(t).getByRole('link', { name: exactly('Next week') }).click();
        await t.heading('h1 "Week of ..." (next week)', { level: 1, name: /^Week of / });
        await main(t).getByRole('link', { name: /9:00am to 10:30am with Jo D\./ }).first().click();
        await t.heading('visit heading', { level: 1, name: /9:00am to 10:30am/ });
        await t.axe('engage-visit');
        await t.click('Cancel the visit');
        const error = await t.errorShown('cancelling without a reason');
        if (!/Say why the visit is cancelled/.test(error)) fail(`expected the reason error, got "${error}"`);
        await t.axe('engage-visit-cancel-error');
      },
    },
    {
      id: 'eng-9', title: 'DP holder opens the demo timesheet, is told to say what is wrong, then approves it',
      session: 'engage-dp', needs: ['eng-1'],
      async run(t) {
        await arrangements(t);
        await main(t).getByRole('article').filter({ hasText: /Waiting for you/ }).filter({ hasText: /from Jo D\./ })
          .first().getByRole('link').click();
        await t.heading('h1 "Timesheet n"', { level: 1, name: /^Timesheet \d+$/ });
        await t.axe('engage-timesheet-dp');
        await t.click('Dispute the timesheet');
        const error = await t.errorShown('disputing without a reason');
        if (!/Say what is wrong/.test(error)) fail(`expected the reason error, got "${error}"`);
        await t.axe('engage-timesheet-dispute-error');
        await t.click('Approve the timesheet');
        await t.visible('"payment request" confirmation', t.page.getByRole('status').filter({ hasText: /payment request for £/ }));
        await t.axe('engage-timesheet-approved');
      },
    },
    {
      id: 'eng-10', title: 'Jo D. sends a timesheet for last week\'s visits (a wrong time first)', session: 'engage-pa',
      needs: ['eng-5'],
      async run(t) {
        await arrangements(t);
        await main(t).getByRole('article').filter({ hasText: /Monday, 9:00am to 10:30am/ }).filter({ hasText: /In force/ })
          .first().getByRole('link').click();
        await main(t).getByRole('link', { name: exactly('Send a timesheet') }).click();
        await t.heading('h1 "Send a timesheet"', { level: 1, name: exactly('Send a timesheet') });
        await t.axe('engage-timesheet-new');
        const first = t.page.getByRole('group').filter({ hasText: /Actual start/ }).first();
        await t.fill({ 'Actual end': 'half past' }, first);
        await t.click('Send the timesheet');
        const error = await t.errorShown('a time that is not a time');
        if (!/actually ended/.test(error)) fail(`expected the time error, got "${error}"`);
        await t.axe('engage-timesheet-errors');
        await t.fill({ 'Actual end': '10:30am' }, t.page.getByRole('group').filter({ hasText: /Actual start/ }).first());
        await t.click('Send the timesheet');
        await t.visible('"Your timesheet is sent"', t.page.getByRole('status').filter({ hasText: /Your timesheet is sent/ }));
        await t.axe('engage-timesheet-sent');
      },
    },
    {
      id: 'eng-11', title: 'council staff see the overdue timesheets', session: 'engage-council',
      async run(t) {
        await t.goto('sign-in.xhtml');
        await t.fill({ 'Email address': 'council@demo.circles.test', Password: 'Demo-password-1' });
        await t.click('Sign in');
        await t.heading('h1 "Council tools"', { level: 1, name: exactly('Council tools') });
        await main(t).getByRole('link', { name: exactly('Overdue timesheets') }).click();
        await t.heading('h1 "Overdue timesheets"', { level: 1, name: exactly('Overdue timesheets') });
        await t.axe('engage-council-overdue');
      },
    },
  ];
};
