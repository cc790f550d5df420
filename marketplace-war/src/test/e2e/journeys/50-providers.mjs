// Providers, accreditation and ISFs: the public finds accredited organisations; a new provider
// registers an organisation (after the form's errors), invites a colleague and applies for the
// micro-provider quality mark with evidence; council staff accredit it with conditions and then
// suspend it; the provider responds. Council staff create an ISF for the demo broker; the demo
// broker records spending (an overspend is refused), council staff move that ISF to another broker,
// and the demo DP holder reads their ISF and a statement. axe runs on every page and error state.
export default ({ fail, exactly, escapeRe, STAMP, NAV_TIMEOUT }) => {
  const ORG = `Journey Companions ${STAMP}`;
  const OWNER = `provider-e2e-${STAMP}@example.test`;
  const COLLEAGUE = `colleague-e2e-${STAMP}@example.test`;
  const PASSWORD = 'Journey-pass-1234';
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
    + '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  let invitationLink;
  let journeyIsf;

  async function signIn(t, email, landing) {
    await t.goto('sign-in.xhtml');
    await t.fill({ 'Email address': email, Password: 'Demo-password-1' });
    await t.click('Sign in');
    await t.heading(`h1 "${landing}" after signing in`, { level: 1, name: exactly(landing) });
  }

  const nav = (t, name) => t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: exactly(name) }).click();

  async function status(t, pattern, what) {
    return t.visible(what, t.page.getByRole('status').filter({ hasText: pattern }));
  }

  return [
    {
      id: 'prov-1', title: 'the public finds organisations on the Dorset Care Framework', session: 'providers-public',
      async run(t) {
        await t.goto('');
        await nav(t, 'Find care providers');
        await t.heading('h1 "Find care providers and community groups"', { level: 1, name: exactly('Find care providers and community groups') });
        await t.tick('On the Dorset Care Framework');
        await t.page.getByRole('main').getByRole('button', { name: exactly('Search') }).click();
        await t.page.waitForURL(/only=framework/, { timeout: NAV_TIMEOUT });
        await t.visible('results count', t.page.getByRole('status').filter({ hasText: /organisation/ }));
        await t.axe('organisations-search');
        const demo = t.page.getByRole('link', { name: exactly('Stour Valley Day Services') });
        if (!(await demo.count())) fail('the demo provider is not among Dorset Care Framework members');
        await demo.click();
        await t.heading('h1 "Stour Valley Day Services"', { level: 1, name: exactly('Stour Valley Day Services') });
        await t.visible('the framework badge', t.page.getByText('Dorset Care Framework', { exact: true }));
        await t.axe('organisation-page');
      },
    },
    {
      id: 'prov-2', title: 'a new provider registers an organisation after the form errors', session: 'providers-owner',
      async run(t) {
        await t.goto('register.xhtml');
        await t.fill({ 'Email address': OWNER, Password: PASSWORD, 'Confirm password': PASSWORD });
        await t.tick('A care provider', await t.group('I am registering as'));
        await t.click('Create account');
        await t.visible('"Sign out" button', t.page.getByRole('button', { name: exactly('Sign out') }));
        await nav(t, 'Your organisation');
        await t.heading('h1 "Your organisation"', { level: 1, name: exactly('Your organisation') });
        await t.axe('provider-home-empty');
        await t.page.getByRole('main').getByRole('link', { name: exactly('Register your organisation') }).click();
        await t.heading('h1 "Register your organisation"', { level: 1, name: exactly('Register your organisation') });
        await t.axe('organisation-form');
        await t.click('Register organisation');
        const error = await t.errorShown('registering with nothing filled in');
        for (const expected of [/name people know/i, /legal name/i, /type of organisation/i, /at least one kind of support/i]) {
          if (!expected.test(error)) fail(`expected ${expected} in "${error.slice(0, 300)}"`);
        }
        await t.axe('organisation-form-errors');
        await t.fill({
          'Name people know you by': ORG, 'Legal name': `${ORG} CIC`,
          'What you do': 'Company, shopping and trips out for older people in and around Bridport.',
          'Town you are based in': 'Bridport', 'Towns and postcode districts you serve': 'Bridport, DT6, Beaminster',
          'Email address for people to contact you': 'hello@journey.example', 'Number of staff': '4',
          'Full-time equivalent workers': '3.5',
        });
        await (await t.group('Type of organisation')).getByLabel(/^Micro-provider/).check();
        await (await t.group('What does your organisation mainly do?')).getByLabel(/^Care and support at home/).check();
        await t.tick('Companionship');
        await t.tick('Gardening and outdoors');
        await t.tick('No', await t.group('Do you give regulated personal care?'));
        await t.click('Register organisation');
        await status(t, /is registered/, 'registration confirmation');
        await t.heading(`h2 "${ORG}"`, { level: 2, name: exactly(ORG) });
        await t.axe('provider-home');
      },
    },
    {
      id: 'prov-3', title: 'the owner invites a colleague', session: 'providers-owner', needs: ['prov-2'],
      async run(t) {
        await t.goto('provider/colleagues.xhtml');
        await t.heading('h1 "Colleagues"', { level: 1, name: exactly('Colleagues') });
        await t.axe('provider-colleagues');
        await t.fill({ 'Their work email address': 'not-an-email' });
        await t.click('Invite');
        await t.errorShown('inviting a malformed email');
        await t.axe('provider-colleagues-errors');
        await t.fill({ 'Their work email address': COLLEAGUE });
        await (await t.group('What can they do?')).getByLabel(/^Staff/).check();
        await t.click('Invite');
        const made = await status(t, /Invitation made/, 'invitation link');
        invitationLink = /https?:\/\/\S+join\.xhtml\?token=[0-9a-f]{64}/.exec(await made.innerText())?.[0];
        if (!invitationLink) fail('no invitation link shown');
        await t.axe('provider-colleagues-invited');
      },
    },
    {
      id: 'prov-4', title: 'the invited colleague opens the link and meets the password rules', session: 'providers-colleague', needs: ['prov-3'],
      async run(t) {
        const path = new URL(invitationLink).pathname.replace(/^.*?\/organisations\//, 'organisations/') + new URL(invitationLink).search;
        await t.goto(path);
        await t.heading('h1 "Join your organisation on Circles"', { level: 1, name: exactly('Join your organisation on Circles') });
        await t.axe('join-organisation');
        await t.fill({ Password: 'short', 'Confirm password': 'short' });
        await t.click('Create account and join');
        await t.errorShown('a short password');
        await t.axe('join-organisation-errors');
        await t.fill({ Password: PASSWORD, 'Confirm password': PASSWORD });
        await t.click('Create account and join');
        await t.heading('h1 "Your organisation"', { level: 1, name: exactly('Your organisation') });
      },
    },
    {
      id: 'prov-5', title: 'the owner applies for the quality mark with evidence', session: 'providers-owner', needs: ['prov-2'],
      async run(t) {
        await t.goto('provider/index.xhtml');
        await t.fill({ 'Apply for accreditation or renew it': 'Micro-provider quality mark' });
        await t.click('Start application');
        await t.heading('h1 "Micro-provider quality mark"', { level: 1, name: exactly('Micro-provider quality mark') });
        await t.axe('accreditation-application');
        await t.click('Send to the council');
        const error = await t.errorShown('sending the application without evidence');
        if (!/Send the safeguarding policy/i.test(error)) fail(`expected missing evidence to be named, got "${error.slice(0, 300)}"`);
        await t.axe('accreditation-application-errors');
        for (const label of ['Public liability insurance certificate', 'Safeguarding policy', 'DBS checks for staff',
          'Training records', 'Two references']) {
          await (await t.field(label)).setInputFiles({ name: `${label}.pdf`, mimeType: 'application/pdf', buffer: PDF });
        }
        await t.fill({ 'Date it runs out: Public liability insurance certificate': inAYear });
        await t.click('Save the chosen files');
        await status(t, /5 files are saved/, 'files saved');
        await t.click('Send to the council');
        await status(t, /sent to the council/, 'application sent');
        await t.axe('accreditation-application-sent');
      },
    },
    {
      id: 'prov-6', title: 'council staff accredit it with conditions, then suspend it', session: 'providers-council', needs: ['prov-5'],
      async run(t) {
        await signIn(t, 'council@demo.circles.test', 'Council tools');
        await nav(t, 'Accreditation');
        await t.heading('h1 "Accreditation"', { level: 1, name: exactly('Accreditation') });
        await t.axe('council-accreditations');
        const open = t.page.getByRole('link', { name: new RegExp(`^Open Micro-provider quality mark of ${escapeRe(ORG)}$`) });
        for (let pages = 1; !(await open.count()); pages++) {
          const next = t.page.getByRole('link', { name: exactly('Next page') });
          if (!(await next.count()) || pages > 20) fail(`no application of ${ORG} in the queue`);
          await next.click();
          await t.page.waitForLoadState('load');
        }
        await open.click();
        await t.heading('h1 "Micro-provider quality mark"', { level: 1, name: exactly('Micro-provider quality mark') });
        await t.axe('council-accreditation');
        await t.click('Refuse');
        await t.errorShown('refusing without reasons');
        await t.axe('council-accreditation-refuse-error');
        await t.tick('Accredit with conditions');
        await t.fill({ 'Conditions, one a line (if accrediting with conditions)': 'Send the new safeguarding lead\'s DBS by March' });
        await t.click('Accredit');
        await status(t, /Accredited with conditions/, 'accredited confirmation');
        await t.axe('council-accreditation-accredited');
        await t.click('Suspend now');
        await t.errorShown('suspending without a reason');
        await t.axe('council-accreditation-suspend-error');
        await t.fill({ 'Reason for suspending': 'A complaint about a missed visit is being looked into' });
        await t.click('Suspend now');
        await status(t, /Suspended now/, 'suspended confirmation');
        await t.axe('council-accreditation-suspended');
      },
    },
    {
      id: 'prov-7', title: 'the provider reads the suspension and responds', session: 'providers-owner', needs: ['prov-6'],
      async run(t) {
        await t.goto('provider/index.xhtml');
        await t.page.getByRole('link', { name: /^Open Micro-provider quality mark application/ }).first().click();
        await t.visible('the suspension reason', t.page.getByText('A complaint about a missed visit is being looked into').first());
        await t.click('Send response');
        await t.errorShown('responding with nothing');
        await t.axe('accreditation-respond-error');
        await t.fill({ 'Your response': 'The visit was moved at the family\'s request; we have their email.' });
        await t.click('Send response');
        await status(t, /response has been sent/, 'response sent');
        await t.axe('accreditation-responded');
      },
    },
    {
      id: 'prov-8', title: 'council checklists and activities', session: 'providers-council', needs: ['prov-6'],
      async run(t) {
        await t.goto('council/accreditation-checklists.xhtml');
        await t.heading('h1 "What accreditation asks for"', { level: 1, name: exactly('What accreditation asks for') });
        await t.axe('council-checklists');
        await t.click('Add to the checklist');
        await t.errorShown('adding an empty requirement');
        await t.axe('council-checklists-error');
        await t.goto('council/accreditation-activities.xhtml');
        await t.heading('h1 "Day activities organisations can offer"', { level: 1, name: exactly('Day activities organisations can offer') });
        await t.axe('council-activities');
      },
    },
    {
      id: 'prov-9', title: 'council staff create an ISF for the demo broker', session: 'providers-council', needs: ['prov-6'],
      async run(t) {
        await t.goto('council/isfs.xhtml');
        await t.heading('h1 "Individual service funds"', { level: 1, name: exactly('Individual service funds') });
        await t.axe('council-isfs');
        await t.page.getByRole('link', { name: exactly('Create an individual service fund') }).click();
        await t.heading('h1 "Create an individual service fund"', { level: 1, name: exactly('Create an individual service fund') });
        await t.click('Create the ISF');
        await t.errorShown('creating an empty ISF');
        await t.axe('council-isf-new-errors');
        await t.fill({
          'Organisation that will hold it': 'Purbeck Support Brokerage', 'Name of the person the ISF is for': `Journey Person ${STAMP}`,
          'Annual budget, in pounds': '2400.00', 'Outcomes of the support plan, in the person\'s own words': 'I want to go to the sea on Sundays',
          'Start date': new Date().toISOString().slice(0, 10),
        });
        await t.click('Create the ISF');
        await t.heading(`h1 for the new ISF`, { level: 1, name: exactly(`Individual service fund for Journey Person ${STAMP}`) });
        await t.axe('isf-fund-council');
        journeyIsf = t.page.url();
        await t.click('Move the ISF');
        const error = await t.errorShown('moving the ISF with no holder chosen and no reason');
        if (!/Choose the organisation/.test(error) || !/Say why the ISF moves/.test(error)) fail(`expected both answers asked for, got "${error}"`);
        await t.axe('isf-move-errors');
      },
    },
    {
      id: 'prov-10', title: 'the demo broker records spending; an overspend is refused', session: 'providers-broker', needs: ['prov-9'],
      async run(t) {
        await signIn(t, 'broker@demo.circles.test', 'Your account');
        await nav(t, 'Your organisation');
        await t.heading('h1 "Your organisation"', { level: 1, name: exactly('Your organisation') });
        await t.axe('broker-home');
        await t.page.getByRole('link', { name: exactly('Individual service funds you hold') }).click();
        await t.heading('h1 "Individual service funds you hold"', { level: 1, name: exactly('Individual service funds you hold') });
        await t.axe('broker-isfs');
        await t.page.getByRole('link', { name: exactly(`Journey Person ${STAMP}`) }).click();
        await t.heading('the ISF page', { level: 1, name: exactly(`Individual service fund for Journey Person ${STAMP}`) });
        await t.axe('isf-fund-broker');
        await t.fill({ 'What it was for': '' });
        await t.click('Record spending');
        await t.errorShown('recording spending with nothing filled in');
        await t.axe('isf-spend-errors');
        const spend = async (amount) => {
          await t.fill({ 'What it was for': 'Bus to Swanage and back', Supplier: 'Purbeck Buses', 'Amount, in pounds': amount,
            'Which outcome it serves': 'I want to go to the sea on Sundays' });
          await t.click('Record spending');
        };
        await spend('2400.01');
        const refused = await t.errorShown('an overspend');
        if (!/overspend/.test(refused)) fail(`expected an overspend refusal, got "${refused}"`);
        await t.axe('isf-overspend');
        await spend('12.40');
        await status(t, /Recorded: £12\.40/, 'spending recorded');
        await t.axe('isf-spend-recorded');
        await t.goto('provider/isf-new.xhtml');
        await t.heading('h1 "Propose an individual service fund"', { level: 1, name: exactly('Propose an individual service fund') });
        await t.axe('broker-isf-new');
      },
    },
    {
      id: 'prov-10b', title: 'council staff move the ISF to another accredited broker', session: 'providers-council', needs: ['prov-10'],
      async run(t) {
        await t.goto(journeyIsf);
        const holder = await t.field('Organisation that will hold it');
        await holder.selectOption({ index: 1 });
        await t.fill({ 'Reason for the move': 'The person asked for a broker nearer home' });
        await t.click('Move the ISF');
        await status(t, /Moved\. .* holds the ISF from now on/, 'the move confirmed');
        await t.heading('h3 "Earlier holders"', { level: 3, name: exactly('Earlier holders') });
        await t.axe('isf-moved');
      },
    },
    {
      id: 'prov-11', title: 'the demo DP holder sees their ISF balance and a statement', session: 'providers-dp',
      async run(t) {
        await signIn(t, 'dp@demo.circles.test', 'Your account');
        await nav(t, 'Your ISF');
        await t.heading('h1 "Your individual service fund"', { level: 1, name: exactly('Your individual service fund') });
        await t.axe('isf-person');
        await t.page.getByRole('link', { name: exactly('Held by Purbeck Support Brokerage') }).first().click();
        await t.heading('the ISF page', { level: 1, name: /^Individual service fund for / });
        await t.axe('isf-fund-person');
        await t.page.getByRole('main').getByRole('list').getByRole('link').first().click();
        await t.heading('the statement', { level: 1, name: /^Statement for / });
        await t.axe('isf-statement');
      },
    },
    {
      id: 'prov-12', title: 'the demo DP holder reviews the demo provider', session: 'providers-dp', needs: ['prov-11'],
      async run(t) {
        await t.goto('organisations/index.xhtml?q=Stour+Valley+Day+Services');
        await t.page.getByRole('link', { name: exactly('Stour Valley Day Services') }).click();
        await t.heading('h1 "Stour Valley Day Services"', { level: 1, name: exactly('Stour Valley Day Services') });
        await t.click('Publish review');
        const error = await t.errorShown('publishing an empty review');
        if (!/Choose a rating/.test(error)) fail(`expected the rating to be asked for, got "${error}"`);
        await t.axe('organisation-review-errors');
        await t.tick('4 out of 5', await t.group('Your rating'));
        await t.fill({ 'Your review': 'Friendly staff and a good lunch club; the minibus is sometimes late.' });
        await t.click('Publish review');
        await status(t, /Your review is on the page/, 'review published');
        await t.visible('the review', t.page.getByText('4 out of 5', { exact: true }));
        await t.axe('organisation-reviewed');
      },
    },
  ];
};
