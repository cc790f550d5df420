package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.messaging.control.ConversationNotFoundException;
import care.circles.messaging.control.Conversations;
import care.circles.messaging.entity.ConversationContents;
import care.circles.messaging.entity.ConversationSummary;
import care.circles.messaging.entity.InboxPage;
import care.circles.messaging.entity.MessageText;
import care.circles.messaging.entity.ShownMessage;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.platform.InvalidInputException;
import care.circles.shortlist.control.Shortlist;
import care.circles.shortlist.entity.ComparisonChoice;
import care.circles.shortlist.entity.ShortlistedPa;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * How a person with a direct payment gets in touch with PAs, on the real stack. Messages: both
 * sides and their unread counts, privacy (in the control, and over HTTP with real signed-in
 * sessions), who may start a conversation, validation, and the new-message email through a real
 * SMTP server. The shortlist: add, remove, undo, and comparing up to three.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingAndShortlistIT {

    private static final String PASSWORD = "Correct-horse-battery";
    private static final String DEMO_PA = "pa@demo.circles.test";
    private static final Duration EMAIL_WITHIN = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(FormSession.class, MailTrap.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    Conversations conversations;

    @Inject
    Shortlist shortlist;

    @PersistenceContext
    EntityManager em;

    record Pa(Account account, PaProfile profile) {
    }

    // ---- In the container: the rules, straight on the controls -------------------------------

    @Test
    void aConversationStartedByADpHolderIsSeenByBothWithUnreadCountsGoingUpAndDown() {
        Account dp = person(Role.DP_HOLDER);
        Pa pa = publishedPa("Robin");

        long id = conversations.startWithPa(dp, pa.profile().id(), MessageText.of("Hello Robin,\nare you free on Tuesdays?"));

        ConversationSummary dpSees = only(conversations.inbox(dp, 1));
        assertEquals(pa.profile().displayName(), dpSees.with());
        assertTrue(dpSees.lastFromMe());
        assertEquals(0, dpSees.unread(), "your own message is never unread");
        ConversationSummary paSees = only(conversations.inbox(pa.account(), 1));
        assertEquals(id, paSees.id());
        assertEquals(localPart(dp), paSees.with(), "a DP holder shows as their email's local part for now");
        assertEquals("Hello Robin, are you free on Tuesdays?", paSees.preview());
        assertEquals(1, paSees.unread());
        assertEquals(1, conversations.unreadTotal(pa.account()));

        ConversationContents opened = conversations.open(pa.account(), id);
        assertEquals("Hello Robin,\nare you free on Tuesdays?", opened.messages().get(0).text(), "line breaks are kept");
        assertTrue(opened.messages().get(0).unread(), "shown as new the first time it is opened");
        assertEquals(0, conversations.unreadTotal(pa.account()), "opening the conversation marks it read");

        conversations.reply(pa.account(), id, MessageText.of("Yes, I am."));
        assertEquals(1, conversations.unreadTotal(dp));
        assertEquals(0, conversations.unreadTotal(pa.account()));
        ConversationContents dpOpens = conversations.open(dp, id);
        assertEquals(List.of("You", pa.profile().displayName()), dpOpens.messages().stream().map(ShownMessage::senderName).toList(),
                "oldest first");
        assertEquals(pa.profile().id(), dpOpens.paProfileId(), "the DP holder can go to the PA's profile");
        assertEquals(0, conversations.unreadTotal(dp));
    }

    @Test
    void theSameTwoPeopleAlwaysTalkInOneConversation() {
        Account dp = person(Role.DP_HOLDER);
        Pa pa = publishedPa("Sam");
        long first = conversations.startWithPa(dp, pa.profile().id(), MessageText.of("Hello"));
        assertEquals(first, conversations.existingWithPa(dp, pa.profile().id()).orElseThrow());
        long second = conversations.startWithPa(dp, pa.profile().id(), MessageText.of("Hello again"));
        assertEquals(first, second);
        assertEquals(2, conversations.open(dp, first).messages().size());
        assertEquals(1, conversations.inbox(dp, 1).total());
    }

    @Test
    void nobodyOutsideAConversationCanReadOrPostToIt() {
        Account dp = person(Role.DP_HOLDER);
        Pa pa = publishedPa("Lee");
        long id = conversations.startWithPa(dp, pa.profile().id(), MessageText.of("Private words"));
        Account stranger = person(Role.DP_HOLDER);
        Account otherPa = publishedPa("Kim").account();
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();

        for (Account outsider : List.of(stranger, otherPa, council)) {
            assertThrows(ConversationNotFoundException.class, () -> conversations.open(outsider, id), outsider.role().name());
            assertThrows(ConversationNotFoundException.class,
                    () -> conversations.reply(outsider, id, MessageText.of("Let me in")), outsider.role().name());
            assertEquals(0, conversations.inbox(outsider, 1).items().stream().filter(c -> c.id() == id).count());
        }
        assertThrows(ConversationNotFoundException.class, () -> conversations.open(dp, Long.MAX_VALUE),
                "an id that does not exist looks the same as someone else's");
        assertEquals(1, conversations.open(dp, id).messages().size(), "nothing was added by the outsiders");
    }

    @Test
    void onlyPeopleWithADirectPaymentStartConversationsWithPas() {
        Pa pa = publishedPa("Ash");
        Account otherPa = publishedPa("Mo").account();
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        Account provider = person(Role.PROVIDER);
        for (Account notADpHolder : List.of(otherPa, council, provider)) {
            assertThrows(SecurityException.class,
                    () -> conversations.startWithPa(notADpHolder, pa.profile().id(), MessageText.of("Hello")),
                    notADpHolder.role().name());
        }
        Account dp = person(Role.DP_HOLDER);
        profiles.unpublish(pa.account());
        assertThrows(ConversationNotFoundException.class,
                () -> conversations.startWithPa(dp, pa.profile().id(), MessageText.of("Hello")),
                "a PA who is not on the register cannot be messaged");
    }

    @Test
    void theConversationListIsNewestFirstAndPaged() {
        Account dp = person(Role.DP_HOLDER);
        List<PaProfile> demoPas = demoPas(Conversations.PAGE_SIZE + 1);
        for (PaProfile pa : demoPas) {
            conversations.startWithPa(dp, pa.id(), MessageText.of("Hello " + pa.displayName()));
        }
        InboxPage first = conversations.inbox(dp, 1);
        assertEquals(Conversations.PAGE_SIZE + 1, first.total());
        assertEquals(2, first.lastPage());
        assertEquals(Conversations.PAGE_SIZE, first.items().size());
        assertEquals("Hello " + demoPas.get(demoPas.size() - 1).displayName(), first.items().get(0).preview(),
                "the most recent conversation comes first");
        InboxPage second = conversations.inbox(dp, 2);
        assertEquals(List.of("Hello " + demoPas.get(0).displayName()),
                second.items().stream().map(ConversationSummary::preview).toList());
        assertEquals(2, conversations.inbox(dp, 99).page(), "a page past the end shows the last page");
    }

    @Test
    void eachPersonIsEmailedAtMostOncePerConversationIn15Minutes() {
        Account dp = person(Role.DP_HOLDER);
        Pa pa = publishedPa("Jay");
        long id = conversations.startWithPa(dp, pa.profile().id(), MessageText.of("First"));
        conversations.reply(dp, id, MessageText.of("Second"));
        conversations.reply(dp, id, MessageText.of("Third"));
        assertEquals(1, emailsQueued(id, pa.account()), "three messages in a row, one email to the PA");
        assertEquals(0, emailsQueued(id, dp), "nobody is emailed about their own message");
        conversations.reply(pa.account(), id, MessageText.of("Reply"));
        assertEquals(1, emailsQueued(id, dp));
    }

    // ---- Over HTTP: real sessions, real forms, a real SMTP server ----------------------------

    @Test
    @RunAsClient
    void dpHolderMessagesAPaWhoRepliesAndEachEmailLinksToTheConversationWithoutItsText() throws Exception {
        MailTrap.start();
        long jo = demoPaProfileId();
        String dpEmail = uniqueEmail();
        FormSession dp = FormSession.registered(base, dpEmail, PASSWORD, "DP_HOLDER");

        HttpResponse<String> profile = dp.get("/profile.xhtml?id=" + jo);
        assertTrue(profile.body().contains("/messages/start.xhtml?pa=" + jo + "\">Send a message</a>"),
                "a signed-in DP holder sees Send a message on a PA's profile");
        String secret = "My door code is " + UUID.randomUUID();
        HttpResponse<String> started = dp.submit(dp.get("/messages/start.xhtml?pa=" + jo), "message", "Send message",
                Map.of("body", secret));
        assertEquals(302, started.statusCode());
        long id = Long.parseLong(FormSession.find(started.headers().firstValue("Location").orElseThrow(),
                "conversation\\.xhtml\\?id=(\\d+)"));
        HttpResponse<String> dpView = dp.follow(started);
        assertTrue(dpView.body().contains("Your message has been sent"));
        assertTrue(dpView.body().contains(secret));

        MailTrap.Email toPa = MailTrap.await(email -> email.to().contains(DEMO_PA) && email.body().contains("?id=" + id),
                EMAIL_WITHIN);
        assertEquals("You have a new message on Circles", toPa.subject());
        assertTrue(toPa.body().contains("http://circles.test/messages/conversation.xhtml?id=" + id), toPa.body());
        assertFalse(toPa.body().contains(secret), "the email must never carry the message");

        HttpResponse<String> second = dp.submit(dpView, "reply", "Send message", Map.of("body", "Second message"));
        assertEquals(302, second.statusCode(), "a second message straight after the first");

        FormSession pa = FormSession.signedIn(base, DEMO_PA, FormSession.DEMO_PASSWORD);
        HttpResponse<String> paList = pa.get("/messages/index.xhtml");
        assertTrue(conversationRow(paList.body(), id).contains("2 unread"), conversationRow(paList.body(), id));
        int paUnreadBefore = navUnread(paList.body());
        assertTrue(paUnreadBefore >= 2, "the header counts unread messages");
        HttpResponse<String> paView = pa.get("/messages/conversation.xhtml?id=" + id);
        assertTrue(paView.body().contains(secret) && paView.body().contains("Second message"), "the PA reads both");
        assertEquals(paUnreadBefore - 2, navUnread(pa.get("/messages/index.xhtml").body()), "opening it marked both read");

        HttpResponse<String> replied = pa.submit(paView, "reply", "Send message",
                Map.of("body", "Yes, I can help.\nTuesday mornings suit me."));
        assertEquals(302, replied.statusCode());
        MailTrap.Email toDp = MailTrap.await(email -> email.to().contains(dpEmail), EMAIL_WITHIN);
        assertTrue(toDp.body().contains("?id=" + id));
        assertFalse(toDp.body().contains("Tuesday"), "the email must never carry the message");
        // The DP holder's email was queued after their second message: had that one sent an
        // email to the PA, it would have been delivered first.
        assertEquals(1, MailTrap.received().stream()
                .filter(email -> email.to().contains(DEMO_PA) && email.body().contains("?id=" + id)).count(),
                "two messages within 15 minutes send the PA one email");

        HttpResponse<String> dpList = dp.get("/messages/index.xhtml");
        assertTrue(conversationRow(dpList.body(), id).contains("1 unread"));
        assertEquals(1, navUnread(dpList.body()));
        HttpResponse<String> dpReads = dp.get("/messages/conversation.xhtml?id=" + id);
        assertTrue(dpReads.body().contains("Yes, I can help.\nTuesday mornings suit me."), "line breaks are kept");
        assertEquals(0, navUnread(dp.get("/messages/index.xhtml").body()));
    }

    @Test
    @RunAsClient
    void aMessageIsSavedWhileTheMailServerIsDownAndItsEmailFollowsWhenItIsBack() throws Exception {
        long jo = demoPaProfileId();
        FormSession dp = FormSession.registered(base, uniqueEmail(), PASSWORD, "DP_HOLDER");
        MailTrap.stop();
        try {
            long started = System.nanoTime();
            HttpResponse<String> sent = dp.submit(dp.get("/messages/start.xhtml?pa=" + jo), "message", "Send message",
                    Map.of("body", "Sent while the mail server is down"));
            assertEquals(302, sent.statusCode(), "the message is saved although no email can be sent");
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "posting does not wait for email");
            assertTrue(dp.follow(sent).body().contains("Sent while the mail server is down"));
            long id = Long.parseLong(FormSession.find(sent.headers().firstValue("Location").orElseThrow(),
                    "conversation\\.xhtml\\?id=(\\d+)"));
            Thread.sleep(1_500); // the first attempt and the first retry fail
            MailTrap.start();
            MailTrap.await(email -> email.to().contains(DEMO_PA) && email.body().contains("?id=" + id),
                    Duration.ofSeconds(40));
        } finally {
            MailTrap.start();
        }
    }

    @Test
    @RunAsClient
    void someoneElsesConversationIsNotFoundWhetherReadOrPostedTo() throws Exception {
        long jo = demoPaProfileId();
        FormSession owner = FormSession.registered(base, uniqueEmail(), PASSWORD, "DP_HOLDER");
        String secret = "Private " + UUID.randomUUID();
        HttpResponse<String> started = owner.submit(owner.get("/messages/start.xhtml?pa=" + jo), "message",
                "Send message", Map.of("body", secret));
        long id = Long.parseLong(FormSession.find(started.headers().firstValue("Location").orElseThrow(),
                "conversation\\.xhtml\\?id=(\\d+)"));

        FormSession intruder = FormSession.registered(base, uniqueEmail(), PASSWORD, "DP_HOLDER");
        HttpResponse<String> read = intruder.get("/messages/conversation.xhtml?id=" + id);
        assertEquals(404, read.statusCode());
        assertFalse(read.body().contains(secret));
        HttpResponse<String> missing = intruder.get("/messages/conversation.xhtml?id=" + Long.MAX_VALUE);
        assertEquals(404, missing.statusCode());
        assertEquals(title(missing.body()), title(read.body()), "someone else's conversation looks like one that does not exist");

        // A genuine reply form of the intruder's own conversation, aimed at the owner's.
        HttpResponse<String> own = intruder.follow(intruder.submit(intruder.get("/messages/start.xhtml?pa=" + jo),
                "message", "Send message", Map.of("body", "My own conversation")));
        String ownForm = FormSession.find(own.body(), "(<form id=\"reply\".*?</form>)");
        String button = FormSession.find(ownForm, "<input type=\"submit\" name=\"([^\"]+)\"");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("reply", "reply");
        fields.put("body", "Intruding " + secret);
        fields.put(button, "Send message");
        fields.put("jakarta.faces.ViewState", FormSession.find(ownForm, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
        HttpResponse<String> forged = intruder.postTo(intruder.inApp("/messages/conversation.xhtml?id=" + id), fields);
        assertEquals(404, forged.statusCode(), "posting to someone else's conversation is not found either");
        assertFalse(owner.get("/messages/conversation.xhtml?id=" + id).body().contains("Intruding"));

        FormSession council = FormSession.signedIn(base, "council@demo.circles.test", FormSession.DEMO_PASSWORD);
        HttpResponse<String> councilRead = council.get("/messages/conversation.xhtml?id=" + id);
        assertEquals(403, councilRead.statusCode(), "council staff have no messages pages at all");
        assertFalse(councilRead.body().contains(secret));
        assertEquals(403, council.get("/messages/index.xhtml").statusCode());

        HttpResponse<String> anonymous = FormSession.anonymous(base).get("/messages/conversation.xhtml?id=" + id);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("sign-in.xhtml"));
    }

    @Test
    @RunAsClient
    void aPaCannotStartAConversation() throws Exception {
        long jo = demoPaProfileId();
        FormSession pa = FormSession.registered(base, uniqueEmail(), PASSWORD, "PA");
        assertFalse(pa.get("/profile.xhtml?id=" + jo).body().contains("Send a message"),
                "PAs are not offered Send a message");
        assertEquals(403, pa.get("/messages/start.xhtml?pa=" + jo).statusCode());
        assertEquals(200, pa.get("/messages/index.xhtml").statusCode(), "but a PA has messages, to reply to");
    }

    @Test
    @RunAsClient
    void anEmptyOrTooLongMessageIsRefusedSayingWhyAndNothingIsSent() throws Exception {
        long jo = demoPaProfileId();
        FormSession dp = FormSession.registered(base, uniqueEmail(), PASSWORD, "DP_HOLDER");
        HttpResponse<String> form = dp.get("/messages/start.xhtml?pa=" + jo);

        HttpResponse<String> empty = dp.submit(form, "message", "Send message", Map.of("body", "  \n "));
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("There is a problem") && empty.body().contains("href=\"#body\">Enter your message"));

        String tooLong = "x".repeat(MessageText.MAX_LENGTH + 1);
        HttpResponse<String> refused = dp.submit(empty, "message", "Send message", Map.of("body", tooLong));
        assertTrue(refused.body().contains("5,000 characters or fewer; it has 5,001"));
        assertTrue(refused.body().contains(tooLong), "what was typed is kept to shorten");
        assertTrue(dp.get("/messages/index.xhtml").body().contains("You have no messages yet"), "nothing was sent");

        HttpResponse<String> conversation = dp.follow(dp.submit(refused, "message", "Send message",
                Map.of("body", "<script>alert('x')</script>")));
        assertTrue(conversation.body().contains("&lt;script&gt;alert("), "text is shown as text, never as HTML");
        assertFalse(conversation.body().contains("<script>alert("));
        HttpResponse<String> emptyReply = dp.submit(conversation, "reply", "Send message", Map.of("body", ""));
        assertEquals(200, emptyReply.statusCode());
        assertTrue(emptyReply.body().contains("Enter your message"));
        assertTrue(emptyReply.body().contains("&lt;script&gt;alert("), "the conversation is still shown");
    }

    // ---- The shortlist -------------------------------------------------------------------------

    @Test
    void theShortlistKeepsTheOrderChosenAndUndoPutsARemovedPaBackInItsPlace() {
        Account dp = person(Role.DP_HOLDER);
        long ann = publishedPa("Ann").profile().id();
        long bob = publishedPa("Bob").profile().id();
        long cat = publishedPa("Cat").profile().id();
        shortlist.add(dp, ann);
        shortlist.add(dp, bob);
        shortlist.add(dp, cat);
        shortlist.add(dp, bob);
        assertEquals(List.of(ann, bob, cat), ids(shortlist.entries(dp)), "adding twice keeps one");

        assertTrue(shortlist.remove(dp, bob));
        assertEquals(List.of(ann, cat), ids(shortlist.entries(dp)));
        assertEquals(bob, shortlist.removed(dp, bob).orElseThrow().profileId(), "the page can offer Undo");
        shortlist.undoRemove(dp, bob);
        assertEquals(List.of(ann, bob, cat), ids(shortlist.entries(dp)), "Undo puts Bob back in his place");
        assertTrue(shortlist.removed(dp, bob).isEmpty());

        shortlist.remove(dp, ann);
        shortlist.add(dp, ann);
        assertEquals(List.of(bob, cat, ann), ids(shortlist.entries(dp)),
                "choosing someone again later puts them at the end");
        assertFalse(shortlist.remove(dp, Long.MAX_VALUE), "removing someone not on the list changes nothing");
    }

    @Test
    void onlyPeopleWithADirectPaymentHaveAShortlistAndOnlyOfPasOnTheRegister() {
        Pa pa = publishedPa("Dee");
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        for (Account other : List.of(publishedPa("Eve").account(), council)) {
            assertThrows(SecurityException.class, () -> shortlist.add(other, pa.profile().id()), other.role().name());
            assertThrows(SecurityException.class, () -> shortlist.entries(other), other.role().name());
        }
        Account dp = person(Role.DP_HOLDER);
        shortlist.add(dp, pa.profile().id());
        profiles.unpublish(pa.account());
        ShortlistedPa gone = shortlist.entries(dp).get(0);
        assertFalse(gone.onRegister(), "a PA who leaves the register stays listed, marked, so they can be removed");
        long fay = publishedPa("Fay").profile().id();
        assertEquals(List.of(fay), ids(shortlist.compare(dp, ComparisonChoice.of(pa.profile().id() + "," + fay))),
                "and is never compared");

        Account other = person(Role.DP_HOLDER);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> shortlist.add(other, pa.profile().id()));
        assertTrue(refused.problems().get(0).message().contains("no longer on the register"));
    }

    @Test
    void aShortlistHoldsUpToThirtyPas() {
        Account dp = person(Role.DP_HOLDER);
        List<PaProfile> demoPas = demoPas(Shortlist.MOST + 1);
        demoPas.subList(0, Shortlist.MOST).forEach(pa -> shortlist.add(dp, pa.id()));
        long oneTooMany = demoPas.get(Shortlist.MOST).id();
        InvalidInputException full = assertThrows(InvalidInputException.class, () -> shortlist.add(dp, oneTooMany));
        assertTrue(full.problems().get(0).message().startsWith("Your shortlist is full"));
        shortlist.remove(dp, demoPas.get(0).id());
        shortlist.add(dp, oneTooMany);
        assertThrows(InvalidInputException.class, () -> shortlist.undoRemove(dp, demoPas.get(0).id()),
                "Undo cannot overfill it either");
        assertEquals(Shortlist.MOST, shortlist.entries(dp).size());
    }

    @Test
    void comparingShowsTheChosenPasInTheOrderChosen() {
        Account dp = person(Role.DP_HOLDER);
        Pa gus = publishedPa("Gus");
        Pa hal = publishedPa("Hal");
        List<ShortlistedPa> compared = shortlist.compare(dp,
                ComparisonChoice.of(hal.profile().id() + "," + gus.profile().id()));
        assertEquals(List.of(hal.profile().id(), gus.profile().id()), ids(compared));
        ShortlistedPa first = compared.get(0);
        assertEquals("Dorchester", first.town());
        assertEquals("\u00a315.00", first.hourlyRate());
        assertEquals(List.of("Companionship"), first.support());
        assertEquals("I enjoy walks, cooking and a good chat.", first.aboutMe());
    }

    @Test
    @RunAsClient
    void aDpHolderShortlistsFromSearchAndAProfileAndCanUndoARemoval() throws Exception {
        long jo = demoPaProfileId();
        FormSession dp = FormSession.registered(base, uniqueEmail(), PASSWORD, "DP_HOLDER");
        HttpResponse<String> search = dp.get("/search.xhtml?q=Jo+D.&near=Dorchester");
        assertTrue(search.body().contains("Add to shortlist<span class=\"visually-hidden\"> (Jo D.)</span>"));

        HttpResponse<String> added = dp.post(search, "shortlistForm", Map.of("shortlistAdd", String.valueOf(jo)));
        assertEquals(302, added.statusCode());
        String back = added.headers().firstValue("Location").orElseThrow();
        assertTrue(back.contains("/search.xhtml?") && back.contains("q=Jo") && back.endsWith("#shortlist-" + jo),
                "back to the same results, at the same PA: " + back);
        assertTrue(dp.follow(added).body().contains("Remove from shortlist<span class=\"visually-hidden\"> (Jo D.)</span>"));

        HttpResponse<String> profile = dp.get("/profile.xhtml?id=" + jo);
        assertTrue(profile.body().contains("On your shortlist"));
        HttpResponse<String> list = dp.get("/shortlist/index.xhtml");
        assertTrue(list.body().contains("profile.xhtml?id=" + jo + "\">Jo D.</a>"));

        HttpResponse<String> forged = dp.postTo(dp.inApp("/shortlist/index.xhtml"), Map.of("shortlistForm", "shortlistForm",
                "shortlistRemove", String.valueOf(jo), "jakarta.faces.ViewState", "forged"));
        assertNotEquals302(forged);
        assertTrue(dp.get("/shortlist/index.xhtml").body().contains("Jo D.</a>"), "a forged post changes nothing");

        HttpResponse<String> removed = dp.post(list, "shortlistForm", Map.of("shortlistRemove", String.valueOf(jo)));
        assertTrue(removed.headers().firstValue("Location").orElseThrow().contains("removed=" + jo));
        HttpResponse<String> withUndo = dp.follow(removed);
        assertTrue(withUndo.body().contains("Jo D. is no longer on your shortlist."));
        assertFalse(withUndo.body().contains("Jo D.</a>"));

        HttpResponse<String> undone = dp.post(withUndo, "shortlistForm", Map.of("shortlistUndo", String.valueOf(jo)));
        assertEquals(302, undone.statusCode());
        HttpResponse<String> restored = dp.follow(undone);
        assertTrue(restored.body().contains("Jo D.</a>"));
        assertFalse(restored.body().contains("no longer on your shortlist"));
    }

    @Test
    @RunAsClient
    void comparingIsATableOfUpToThreeAndMoreIsRefusedWithTheChoiceKept() throws Exception {
        HttpResponse<String> nearby = new HttpProbe(base).getUntil("/api/v1/pas?near=Dorchester&radiusKm=20&size=4",
                r -> r.body().contains("\"total\""), Duration.ofSeconds(60));
        List<String> ids = java.util.regex.Pattern.compile("\\{\"id\":(\\d+)").matcher(nearby.body()).results()
                .map(m -> m.group(1)).toList();
        assertEquals(4, ids.size());
        FormSession dp = FormSession.registered(base, uniqueEmail(), PASSWORD, "DP_HOLDER");
        for (String id : ids) {
            assertEquals(302, dp.post(dp.get("/profile.xhtml?id=" + id), "shortlistForm", Map.of("shortlistAdd", id)).statusCode());
        }
        HttpResponse<String> shortlistPage = dp.get("/shortlist/index.xhtml");
        assertTrue(shortlistPage.body().contains("<legend class=\"legend\">Choose 2 or 3 personal assistants to compare</legend>"));

        HttpResponse<String> table = dp.get("/shortlist/compare.xhtml?ids=" + String.join(",", ids.subList(0, 3)));
        assertEquals(200, table.statusCode());
        String html = table.body();
        assertTrue(html.contains("<caption id=\"compare-caption\" class=\"table-caption\">Comparing "));
        for (String row : List.of("Town", "Hourly rate", "Support offered", "About me")) {
            assertTrue(html.contains("<th scope=\"row\">" + row + "</th>"), row);
        }
        assertEquals(4, html.split("<th scope=\"col\">", -1).length - 1, "a heading for each PA, and one for the row names");
        assertTrue(dp.get("/shortlist/compare.xhtml?ids=" + ids.get(0) + "&ids=" + ids.get(1)).body().contains("<table"),
                "ticked boxes work as well as a list");

        HttpResponse<String> tooMany = dp.get("/shortlist/compare.xhtml?ids=" + String.join(",", ids));
        assertEquals(200, tooMany.statusCode());
        assertTrue(tooMany.body().contains("There is a problem"));
        assertTrue(tooMany.body().contains("You can compare up to 3 personal assistants at a time. You chose 4"));
        assertFalse(tooMany.body().contains("<table"));
        assertEquals(4, tooMany.body().split("checked=\"checked\"", -1).length - 1, "the four stay ticked, to untick one");

        FormSession pa = FormSession.signedIn(base, DEMO_PA, FormSession.DEMO_PASSWORD);
        assertEquals(403, pa.get("/shortlist/index.xhtml").statusCode(), "PAs have no shortlist");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void assertNotEquals302(HttpResponse<String> response) {
        assertTrue(response.statusCode() != 302, "a forged post must not be carried out");
    }

    private static List<Long> ids(List<ShortlistedPa> pas) {
        return pas.stream().map(ShortlistedPa::profileId).toList();
    }

    private long emailsQueued(long conversationId, Account recipient) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM new_message_email WHERE conversation_id = ? AND recipient_account_id = ?")
                .setParameter(1, conversationId)
                .setParameter(2, recipient.id())
                .getSingleResult()).longValue();
    }

    /** Published PAs of the demo data, enough to fill a page or a shortlist without making new ones. */
    private List<PaProfile> demoPas(int count) {
        return em.createNamedQuery(PaProfile.PUBLISHED, PaProfile.class).setMaxResults(count).getResultList();
    }

    private Account person(Role role) {
        return accounts.register(EmailAddress.of(uniqueEmail()), NewPassword.of(PASSWORD, PASSWORD), role);
    }

    /** A PA on the register, with a name no other test run has (so the browser journey never meets two alike). */
    private Pa publishedPa(String firstName) {
        String name = firstName + " " + UUID.randomUUID().toString().substring(0, 8);
        Account pa = person(Role.PA);
        PaProfile profile = profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials(name, "Dorchester", "15.00",
                "I enjoy walks, cooking and a good chat.", Set.of("COMPANIONSHIP")), gazetteer::find, taxonomy.current()));
        return new Pa(pa, profile);
    }

    private static ConversationSummary only(InboxPage inbox) {
        assertEquals(1, inbox.total());
        return inbox.items().get(0);
    }

    private static String localPart(Account account) {
        return account.email().value().substring(0, account.email().value().indexOf('@'));
    }

    private static String uniqueEmail() {
        return "msg-" + UUID.randomUUID() + "@example.test";
    }

    /** The demo PA's profile id, from the public search API (the index may still be building). */
    private long demoPaProfileId() throws InterruptedException {
        HttpResponse<String> found = new HttpProbe(base).getUntil("/api/v1/pas?q=Jo+D.&near=Dorchester&radiusKm=5&size=100",
                r -> r.body().contains("\"displayName\":\"Jo D.\""), Duration.ofSeconds(60));
        return Long.parseLong(FormSession.find(found.body(), "\\{\"id\":(\\d+),\"displayName\":\"Jo D\\.\""));
    }

    private static String conversationRow(String html, long id) {
        for (String row : html.split("<li class=\"conversation")) {
            if (row.contains("conversation.xhtml?id=" + id + "\"")) {
                return row.substring(0, row.indexOf("</li>"));
            }
        }
        throw new AssertionError("conversation " + id + " is not in the list");
    }

    private static int navUnread(String html) {
        java.util.regex.Matcher unread = java.util.regex.Pattern
                .compile("Messages \\((\\d+)<span class=\"visually-hidden\"> unread</span>\\)").matcher(html);
        return unread.find() ? Integer.parseInt(unread.group(1)) : 0;
    }

    private static String title(String html) {
        return FormSession.find(html, "<title>([^<]*)</title>");
    }
}
