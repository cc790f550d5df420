// Safeguarding and council oversight: anyone reports a concern from the link on every page (the
// emergency numbers come first when someone is in danger, a missing answer is named); the demo
// council user (admin and safeguarding) finds it in the safeguarding queue, records a step (and
// meets the form's error), sees the queues on the council tools page, the council users page and
// the audit log (and its error state). axe runs on every page and error state.
export default ({ fail, exactly, STAMP }) => {
  const WHO = `Mrs Example ${STAMP}`;
  let reference;

  return [
    {
      id: 'sg-1', title: 'anyone starts a concern report from the header link', session: 'concern-reporter',
      async run(t) {
        await t.goto('');
        await (await t.visible('"Report a concern" link in the header',
          t.page.getByRole('banner').getByRole('link', { name: exactly("Report a concern about someone's safety") }))).click();
        await t.heading('h1 "Report a concern about someone\'s safety"', { level: 1, name: /report a concern/i });
        await t.group('Is someone in danger right now?');
        await t.axe('concern-danger-question');
        await t.tick('Yes, someone is in danger now');
        await t.click('Continue');
        await t.heading('"Call 999 now" before the form', { level: 2, name: exactly('Call 999 now') });
        const emergencyFirst = await t.page.evaluate(() => {
          const call = [...document.querySelectorAll('h2')].find((h) => h.textContent.includes('Call 999'));
          const form = document.querySelector('form#concern');
          return !!call && !!form && (call.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        });
        if (!emergencyFirst) fail('the emergency numbers should come before the report form');
        await t.axe('concern-emergency');
      },
    },
    {
      id: 'sg-2', title: 'a concern report with missing answers names each one', session: 'concern-reporter', needs: ['sg-1'],
      async run(t) {
        await t.fill({ 'Who is at risk?': WHO });
        await t.click('Send the report');
        const error = await t.errorShown('sending a report without what happened or where');
        if (!/what happened/i.test(error) || !/where it happened/i.test(error)) {
          fail(`expected "what happened" and "where" problems, got "${error}"`);
        }
        await t.axe('concern-errors');
      },
    },
    {
      id: 'sg-3', title: 'the concern is sent and the reporter gets a reference', session: 'concern-reporter', needs: ['sg-2'],
      async run(t) {
        await t.fill({
          'What happened, or what are you worried about?': `Her carer shouted at her and took money from her purse ${STAMP}`,
          'Where did it happen, or where is the person?': 'Bridport',
        });
        await t.click('Send the report');
        await t.heading('h1 "Your report has been sent"', { level: 1, name: exactly('Your report has been sent') });
        const text = await t.page.getByRole('main').innerText();
        const match = /SG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text);
        if (!match) fail('no reference shown after sending the report');
        reference = match[0];
        await t.axe('concern-sent');
      },
    },
    {
      id: 'sg-4', title: 'the safeguarding team finds the concern and records a step', session: 'oversight-council', needs: ['sg-3'],
      async run(t) {
        await t.goto('sign-in.xhtml');
        await t.fill({ 'Email address': 'council@demo.circles.test', Password: 'Demo-password-1' });
        await t.click('Sign in');
        await t.heading('h1 "Council tools"', { level: 1, name: exactly('Council tools') });
        await t.visible('the safeguarding queue in "Waiting for the council"',
          t.page.getByRole('rowheader').getByRole('link', { name: exactly('Safeguarding concerns not closed') }));
        await t.goto('council/safeguarding/index.xhtml');
        await t.heading('h1 "Safeguarding concerns"', { level: 1, name: exactly('Safeguarding concerns') });
        await t.axe('safeguarding-queue');
        await (await t.visible(`the new concern ${reference}`, t.page.getByRole('link', { name: exactly(reference) }))).click();
        await t.heading(`h1 "${reference}"`, { level: 1, name: exactly(reference) });
        await t.axe('safeguarding-concern');
        await t.click('Save');
        const error = await t.errorShown('saving a step without choosing or writing anything');
        if (!/choose what happens/i.test(error)) fail(`expected a "choose what happens" problem, got "${error}"`);
        await t.axe('safeguarding-concern-errors');
        await t.tick('Being acted on');
        await t.fill({ 'What you have done or decided, and why': 'Phoned the reporter and arranged a visit today.' });
        await t.click('Save');
        await t.visible('"Your note is saved" message', t.page.getByRole('status').filter({ hasText: /note is saved/i }));
      },
    },
    {
      id: 'sg-5', title: 'council users page and the audit log with its error state', session: 'oversight-council', needs: ['sg-4'],
      async run(t) {
        await t.goto('council/accounts.xhtml');
        await t.heading('h1 "Council users"', { level: 1, name: exactly('Council users') });
        await t.visible('a button to give or take away a duty from the demo council user',
          t.page.getByRole('button', { name: /council admin.*council@demo\.circles\.test/i }));
        await t.goto('council/audit.xhtml?action=SAFEGUARDING_CONCERN_ACTING');
        await t.heading('h1 "Audit log"', { level: 1, name: exactly('Audit log') });
        await t.visible('the step just recorded', t.page.getByRole('cell', { name: new RegExp(reference) }));
        await t.axe('audit-log');
        await t.fill({ From: '2026-03-10', To: '2026-03-01' });
        await t.click('Search');
        const error = await t.errorShown('searching with the last day before the first');
        if (!/same as or after/i.test(error)) fail(`expected a date-order problem, got "${error}"`);
        await t.axe('audit-log-errors');
      },
    },
  ];
};
