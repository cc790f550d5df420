// Money: the demo DP holder (Pat Hughes's account) sees their balance and next payments, filters
// their statement (and meets the date errors), refuses a payment without a reason (error), confirms
// one, freezes and unfreezes the card, tries to replace it without saying why (error) and reads the
// care account; the demo PA meets the Stripe account errors and saves one; council finance sees every
// account, the surplus flag, an account's page and its clawback errors, and the form to open an
// account with its errors. axe runs on every page and error state.
export default ({ fail, exactly }) => {
  async function signIn(t, email, landing) {
    await t.goto('sign-in.xhtml');
    await t.fill({ 'Email address': email, Password: 'Demo-password-1' });
    await t.click('Sign in');
    await t.heading(`h1 "${landing}" after signing in`, { level: 1, name: exactly(landing) });
  }

  return [
    {
      id: 'money-1', title: 'DP holder opens Your money from the header', session: 'money-dp',
      async run(t) {
        await signIn(t, 'dp@demo.circles.test', 'Your account');
        await t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: exactly('Your money') }).click();
        await t.heading('h1 "Your money"', { level: 1, name: exactly('Your money') });
        await t.axe('money-overview');
        await t.visible('the balance', t.page.getByRole('term').filter({ hasText: 'Money in your account' }));
        await t.visible('the next payments', t.page.getByRole('heading', { name: exactly('Next payments') }));
      },
    },
    {
      id: 'money-2', title: 'statement: wrong dates are explained, then the chosen dates are shown', session: 'money-dp',
      needs: ['money-1'],
      async run(t) {
        await t.goto('money/statement.xhtml');
        await t.heading('h1 "Your statement"', { level: 1, name: exactly('Your statement') });
        await t.visible('a statement table', t.page.getByRole('table'));
        await t.axe('money-statement');
        await t.fill({ Day: '31', Month: '2', Year: '2026' }, await t.group('From'));
        await t.click('Show these dates');
        const error = await t.errorShown('a date that does not exist');
        if (!/start date must be a real date/.test(error)) fail(`expected the start date error, got "${error}"`);
        await t.axe('money-statement-errors');
        const today = new Date();
        const from = new Date(today.getTime() - 60 * 24 * 3600 * 1000);
        await t.fill({ Day: String(from.getDate()), Month: String(from.getMonth() + 1), Year: String(from.getFullYear()) },
          await t.group('From'));
        await t.click('Show these dates');
        await t.visible('the statement for the dates chosen', t.page.getByRole('table'));
        await t.visible('the CSV download link', t.page.getByRole('link', { name: exactly('spreadsheet (CSV)') }));
      },
    },
    {
      id: 'money-3', title: 'payments to confirm: refusing needs a reason, confirming pays', session: 'money-dp',
      needs: ['money-1'],
      async run(t) {
        await t.goto('money/requests.xhtml');
        await t.heading('h1 "Payments to confirm"', { level: 1, name: exactly('Payments to confirm') });
        await t.axe('money-requests');
        // Other journeys may have raised requests too: open the disclosure of the £290.00 one.
        const refuse = t.page.locator('details.refuse-details')
          .filter({ has: t.page.getByRole('button', { name: 'Refuse the payment of £290.00 to Jo D.', includeHidden: true }) })
          .locator('summary');
        await (await t.visible('"Refuse this payment" for £290.00', refuse)).click();
        await t.click('Refuse the payment of £290.00 to Jo D.');
        const error = await t.errorShown('refusing without a reason');
        if (!/Say why you are not paying/.test(error)) fail(`expected the reason error, got "${error}"`);
        await t.axe('money-requests-refuse-error');
        await t.click('Confirm and pay £261.00 to Jo D.');
        await t.visible('"Payment confirmed"', t.page.getByRole('status').filter({ hasText: /Payment confirmed/ }));
        await t.visible('the payment in Earlier payments', t.page.getByRole('row').filter({ hasText: '£261.00' }));
        await t.axe('money-requests-confirmed');
      },
    },
    {
      id: 'money-4', title: 'card: freeze, unfreeze, and replacing needs a reason', session: 'money-dp', needs: ['money-1'],
      async run(t) {
        await t.goto('money/card.xhtml');
        await t.heading('h1 "Your pre-paid card"', { level: 1, name: exactly('Your pre-paid card') });
        await t.visible('the declined bet with its reason',
          t.page.getByRole('row').filter({ hasText: 'This card cannot be used for gambling' }));
        await t.axe('money-card');
        await t.click('Freeze card');
        await t.visible('"Your card is frozen"', t.page.getByRole('status').filter({ hasText: /card is frozen/ }));
        await t.axe('money-card-frozen');
        await t.click('Unfreeze card');
        await t.visible('"unfrozen"', t.page.getByRole('status').filter({ hasText: /unfrozen/ }));
        await t.click('Replace card');
        const error = await t.errorShown('replacing a card without a reason');
        if (!/Choose why the card needs replacing/.test(error)) fail(`expected the reason error, got "${error}"`);
        await t.axe('money-card-replace-error');
      },
    },
    {
      id: 'money-5', title: 'care account', session: 'money-dp', needs: ['money-1'],
      async run(t) {
        await t.goto('money/care-account.xhtml');
        await t.heading('h1 "Your care account"', { level: 1, name: exactly('Your care account') });
        await t.visible('a line that counted', t.page.getByRole('row').filter({ hasText: 'Counted in full' }));
        await t.axe('money-care-account');
      },
    },
    {
      id: 'money-6', title: 'PA: how you get paid, a wrong Stripe account id, then a good one', session: 'money-pa',
      async run(t) {
        await signIn(t, 'pa@demo.circles.test', 'Your PA profile');
        await t.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: exactly('How you get paid') }).click();
        await t.heading('h1 "How you get paid"', { level: 1, name: exactly('How you get paid') });
        await t.axe('getting-paid');
        await t.fill({ 'Stripe account ID': 'my bank account' });
        await t.click('Save Stripe account');
        const error = await t.errorShown('a Stripe account id that is not one');
        if (!/starts acct_/.test(error)) fail(`expected the account id error, got "${error}"`);
        await t.axe('getting-paid-error');
        await t.fill({ 'Stripe account ID': 'acct_1DemoJoPersonalAssistant' });
        await t.click('Save Stripe account');
        await t.visible('"Your Stripe account is saved"', t.page.getByRole('status').filter({ hasText: /is saved/ }));
      },
    },
    {
      id: 'money-7', title: 'council finance: accounts, the surplus flag, an account and its clawback errors',
      session: 'money-council',
      async run(t) {
        await signIn(t, 'council@demo.circles.test', 'Council tools');
        await t.page.getByRole('main').getByRole('link', { name: exactly('Direct payment accounts') }).click();
        await t.heading('h1 "Direct payment accounts"', { level: 1, name: exactly('Direct payment accounts') });
        await t.axe('council-finance');
        await t.page.getByRole('link', { name: /Only accounts with a surplus/ }).click();
        await t.visible('an account flagged with a surplus', t.page.getByRole('row').filter({ hasText: 'Surplus' })
          .filter({ hasText: 'Rosa Bennett' }));
        await t.axe('council-finance-surplus');
        await t.page.getByRole('link', { name: /Rosa Bennett/ }).click();
        await t.heading('h1 "Rosa Bennett (managed by Tom Bennett)"', { level: 1, name: /Rosa Bennett/ });
        await t.axe('council-finance-account');
        await t.click('Take money back');
        const error = await t.errorShown('taking money back without an amount or reason');
        if (!/amount to take back/.test(error) || !/Say why/.test(error)) fail(`expected amount and reason errors, got "${error}"`);
        await t.axe('council-finance-account-errors');
      },
    },
    {
      id: 'money-8', title: 'council opens an account: the form and its errors', session: 'money-council', needs: ['money-7'],
      async run(t) {
        await t.goto('council/finance-open.xhtml');
        await t.heading('h1 "Open a direct payment account"', { level: 1, name: exactly('Open a direct payment account') });
        await t.axe('council-finance-open');
        await t.click('Open account');
        const error = await t.errorShown('opening an account with nothing filled in');
        if (!/email address the person signs in/.test(error) || !/date of the first payment/.test(error)) {
          fail(`expected email and date errors, got "${error}"`);
        }
        await t.axe('council-finance-open-errors');
      },
    },
  ];
};
