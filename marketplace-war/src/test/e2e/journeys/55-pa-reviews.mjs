// Reviews of PAs: after the demo person with a direct payment (dp@demo.circles.test) has approved
// Jo D.'s timesheet (step eng-9), they open Jo's profile (which already shows the demo review),
// meet the review form's errors and publish a review; Jo D. reads it on the preview of their
// profile, replies (an empty reply first) and reports it to the council (an empty report first);
// council staff find it in the queue of reported reviews and hide it (without a reason first).
// Each new page is opened by its own address; axe runs on every page and error state.
export default ({ fail, exactly, STAMP }) => {
  const WORDS = `Jo is calm, kind and always on time. Breakfast is a pleasure now (${STAMP}).`;
  const main = (t) => t.page.getByRole('main');
  const status = (t, pattern, what) => t.visible(what, t.page.getByRole('status').filter({ hasText: pattern }));

  /** Opens the page a link points to by its own address (path and query), not by clicking. */
  async function open(t, link, path) {
    const href = await link.first().getAttribute('href');
    if (!href) fail(`no address on the link to ${path}`);
    await t.goto(path + new URL(href, t.page.url()).search);
  }

  return [
    {
      id: 'rev-1', title: 'DP holder reviews Jo D. after approving a timesheet (an empty review first)',
      session: 'engage-dp', needs: ['eng-9'],
      async run(t) {
        await t.goto('search.xhtml?q=Jo+D.&near=Dorchester');
        await main(t).getByRole('link', { name: exactly('Jo D.') }).first().click();
        await t.heading('h1 "Jo D."', { level: 1, name: exactly('Jo D.') });
        await t.heading('h2 "Reviews"', { level: 2, name: exactly('Reviews') });
        await t.visible('the demo review, without its author\'s name',
          main(t).getByText('A person who uses direct payments, Dorchester area').first());
        await t.visible('the average and count', main(t).getByText(/out of 5 from \d+ reviews?/));
        await t.axe('pa-profile-reviews');
        await open(t, main(t).getByRole('link', { name: exactly('Review Jo D.') }), 'engage/review.xhtml');
        await t.heading('h1 "Review Jo D."', { level: 1, name: exactly('Review Jo D.') });
        await t.axe('review-write');
        await t.click('Publish review');
        const error = await t.errorShown('publishing an empty review');
        for (const expected of [/Choose a rating/, /Say what the support was like/]) {
          if (!expected.test(error)) fail(`expected ${expected} in "${error}"`);
        }
        await t.axe('review-write-errors');
        await t.tick('4 out of 5', await t.group('Your rating'));
        await t.fill({ 'Your review': WORDS });
        await t.click('Publish review');
        await t.heading('h1 "Jo D." after publishing', { level: 1, name: exactly('Jo D.') });
        await status(t, /Your review is on the profile/, '"Your review is on the profile now"');
        await t.visible('the new review', main(t).getByText(WORDS));
        await t.visible('no second review offered', main(t).getByText(/You have already reviewed this PA/));
        await t.axe('pa-profile-reviewed');
      },
    },
    {
      id: 'rev-2', title: 'Jo D. replies to the review once (an empty reply first) and reports it',
      session: 'engage-pa', needs: ['rev-1', 'eng-5'],
      async run(t) {
        await t.goto('pa/preview.xhtml');
        await t.heading('h2 "Reviews"', { level: 2, name: exactly('Reviews') });
        await t.axe('pa-preview-reviews');
        const item = main(t).getByRole('listitem').filter({ hasText: WORDS });
        await open(t, item.getByRole('link', { name: /^Reply or report this review/ }), 'pa/review.xhtml');
        await t.heading('h1 "A review of you"', { level: 1, name: exactly('A review of you') });
        await t.visible('the review', main(t).getByText(WORDS));
        await t.axe('review-reply');
        await t.click('Publish reply');
        const error = await t.errorShown('publishing an empty reply');
        if (!/Write your reply/.test(error)) fail(`expected the reply error, got "${error}"`);
        await t.axe('review-reply-error');
        await t.fill({ 'Your reply': 'Thank you. It is a pleasure to start the day with you.' });
        await t.click('Publish reply');
        await status(t, /Your reply is under the review/, '"Your reply is under the review"');
        await t.heading('h2 "Your reply"', { level: 2, name: exactly('Your reply') });
        if (await main(t).getByRole('button', { name: exactly('Publish reply') }).count()) {
          fail('the reply form is still offered after replying once');
        }
        await t.axe('review-replied');
        await t.click('Report the review');
        const reportError = await t.errorShown('reporting without a reason');
        if (!/Say why the council should look at this review/.test(reportError)) {
          fail(`expected the report error, got "${reportError}"`);
        }
        await t.axe('review-report-error');
        await t.fill({ 'What is wrong with the review': `A test report from the browser journey (${STAMP})` });
        await t.click('Report the review');
        await status(t, /The council has your report/, '"The council has your report"');
        await t.axe('review-reported');
      },
    },
    {
      id: 'rev-3', title: 'council staff hide the reported review with a reason (none given first)',
      session: 'engage-council', needs: ['rev-2', 'eng-11'],
      async run(t) {
        await t.goto('council/index.xhtml');
        await main(t).getByRole('link', { name: exactly('Reviews reported by PAs') }).first().click();
        await t.heading('h1 "Reviews reported by PAs"', { level: 1, name: exactly('Reviews reported by PAs') });
        await t.goto('council/pa-reviews-reported.xhtml');
        const row = main(t).getByRole('row').filter({ hasText: STAMP });
        await t.visible('the reported review in the queue', row);
        await t.axe('council-reviews-reported');
        await open(t, row.getByRole('link'), 'council/pa-review.xhtml');
        await t.heading('h1 "A review of Jo D."', { level: 1, name: exactly('A review of Jo D.') });
        await t.visible('the PA\'s reply', main(t).getByText(/It is a pleasure to start the day with you/));
        await t.axe('council-pa-review');
        await t.click('Hide the review');
        const error = await t.errorShown('hiding without a reason');
        if (!/Say why the review is hidden/.test(error)) fail(`expected the reason error, got "${error}"`);
        await t.axe('council-pa-review-error');
        await t.fill({ 'Why it is hidden': 'A test of hiding from the browser journey' });
        await t.click('Hide the review');
        await status(t, /The review is hidden from the profile/, '"The review is hidden"');
        await t.axe('council-pa-review-hidden');
        await t.goto('council/pa-reviews-reported.xhtml');
        if (await main(t).getByRole('row').filter({ hasText: STAMP }).count()) fail('the hidden review is still in the queue');
      },
    },
  ];
};
