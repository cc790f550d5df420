// The council's market view: council staff open it from the council tools page, see the map (links
// named with each town's figure) and the table, colour the map by another measure with the form,
// open the page by its own address with a measure and a sort (the sorted column says so, and a second
// click turns the order round), follow a town on the map to its row with the keyboard, and open a
// locality's trend. axe runs on each view.
export default ({ fail, exactly }) => {
  const MAP = (t) => t.page.getByRole('group', { name: /^Map: / });

  return [
    {
      id: 'market-1', title: 'council staff open the local market from council tools', session: 'market-council',
      async run(t) {
        await t.goto('sign-in.xhtml');
        await t.fill({ 'Email address': 'council@demo.circles.test', Password: 'Demo-password-1' });
        await t.click('Sign in');
        await t.heading('h1 "Council tools"', { level: 1, name: exactly('Council tools') });
        await (await t.visible('"Local market" on the council tools page',
          t.page.getByRole('main').getByRole('link', { name: exactly('Local market') }))).click();
        await t.heading('h1 "Local market"', { level: 1, name: exactly('Local market') });
        await t.visible('the map', MAP(t));
        const towns = await MAP(t).getByRole('link').count();
        if (towns < 10) fail(`expected a link for each town on the map, found ${towns}`);
        await t.visible('Dorchester on the map with its figure',
          MAP(t).getByRole('link', { name: /^Dorchester: Verified PAs \d+$/ }));
        await t.visible('the county row', t.page.getByRole('rowheader', { name: /Whole county/ }));
        await t.axe('market-verified-pas');
      },
    },
    {
      id: 'market-2', title: 'colour the map by searches that found nothing', session: 'market-council', needs: ['market-1'],
      async run(t) {
        await t.page.getByLabel(exactly('Colour the map by')).selectOption({ label: 'Searches that found nothing' });
        await t.click('Show');
        await t.heading('h2 for the chosen measure', { level: 2, name: exactly('Searches that found nothing by locality') });
        if (!/measure=SEARCHES_NOTHING_NEARBY/.test(t.page.url())) fail(`the measure should be in the address: ${t.page.url()}`);
        await t.axe('market-searches-nothing');
      },
    },
    {
      id: 'market-3', title: 'the page by its address with a measure and a sort; sorting again reverses', session: 'market-council',
      needs: ['market-1'],
      async run(t) {
        await t.goto('council/market.xhtml?measure=MEDIAN_PA_RATE&sort=MEDIAN_PA_RATE&dir=desc');
        await t.heading('h1 "Local market"', { level: 1, name: exactly('Local market') });
        const header = t.page.getByRole('columnheader', { name: exactly('Median PA rate') });
        await t.visible('the "Median PA rate" column', header);
        if ((await header.getAttribute('aria-sort')) !== 'descending') fail('the sorted column should say aria-sort="descending"');
        await t.axe('market-median-rate-sorted');
        await header.getByRole('link').click();
        await t.heading('h1 "Local market" again', { level: 1, name: exactly('Local market') });
        const again = t.page.getByRole('columnheader', { name: exactly('Median PA rate') });
        if ((await again.getAttribute('aria-sort')) !== 'ascending') fail('a second click should sort ascending');
      },
    },
    {
      id: 'market-4', title: 'keyboard: a town on the map leads to its row; its trend opens', session: 'market-council',
      needs: ['market-1'],
      async run(t) {
        await t.goto('council/market.xhtml?measure=DAY_PLACES');
        const town = MAP(t).getByRole('link', { name: /^Dorchester: / });
        await town.focus();
        await t.page.keyboard.press('Enter');
        await t.page.waitForURL(/#locality-\d+$/);
        const row = t.page.locator(':target');
        await t.visible('Dorchester\'s row, targeted', row.getByRole('rowheader', { name: /Dorchester/ }));
        await row.getByRole('link', { name: /Dorchester/ }).click();
        await t.heading('the trend of Dorchester', { level: 2, name: exactly('Day-opportunity places, Dorchester, month by month') });
        await t.visible('the trend chart', t.page.getByRole('img', { name: /Day-opportunity places, Dorchester, month by month/ }));
        await t.axe('market-trend-dorchester');
      },
    },
  ];
};
