package care.circles.provider.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import care.circles.provider.entity.Colleague;
import care.circles.provider.entity.Invitation;
import care.circles.provider.entity.MemberRole;
import care.circles.provider.entity.Membership;
import care.circles.provider.entity.Organisation;
import care.circles.provider.entity.OrganisationDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Organisations and the people who work for them: registering, describing, colleagues and their
 * invitations. Every change that matters to who may act for an organisation is audited; every
 * change to what the public reads goes to search in the same transaction.
 */
@ApplicationScoped
public class Organisations {

    static final String SUBJECT = "provider";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    OrganisationIndexing indexing;

    @Inject
    Clock clock;

    /** A link to accept an invitation: the secret is shown once, to the owner who sent it. */
    public record InvitationLink(Invitation invitation, String token) {
    }

    /** An open invitation as the invited person sees it. */
    public record InvitationView(Invitation invitation, String organisationName) {
    }

    public Optional<Organisation> find(long providerId) {
        return Optional.ofNullable(em.find(Organisation.class, providerId));
    }

    /**
     * Which organisation this account works for, and how. An organisation registered before
     * colleagues existed (or by another component) counts its founder as its owner.
     */
    public Optional<Membership> membershipOf(Account account) {
        if (account == null || (account.role() != Role.PROVIDER && account.role() != Role.BROKER)) {
            return Optional.empty();
        }
        Membership membership = em.find(Membership.class, account.id());
        if (membership != null) {
            return Optional.of(membership);
        }
        return em.createQuery("SELECT o FROM Organisation o WHERE o.accountId = :account", Organisation.class)
                .setParameter("account", account.id()).getResultStream().findFirst()
                .map(o -> new Membership(o.id(), account.id(), MemberRole.OWNER, o.createdAt()));
    }

    public Optional<Organisation> organisationOf(Account account) {
        return membershipOf(account).flatMap(m -> find(m.providerId()));
    }

    public boolean isMember(Account account, long providerId) {
        return membershipOf(account).map(m -> m.providerId() == providerId).orElse(false);
    }

    /** @throws SecurityException unless the account works for this organisation */
    public Organisation requireMember(Account account, long providerId) {
        if (!isMember(account, providerId)) {
            throw new SecurityException("Only people who work for this organisation can do this");
        }
        return find(providerId).orElseThrow();
    }

    /** Everyone who works for the organisation, to tell them of a decision. */
    public List<Long> memberAccountIds(long providerId) {
        List<Long> ids = new java.util.ArrayList<>(em.createQuery(
                "SELECT m.accountId FROM Membership m WHERE m.providerId = :provider", Long.class)
                .setParameter("provider", providerId).getResultList());
        find(providerId).map(Organisation::founderAccountId).filter(id -> !ids.contains(id)).ifPresent(ids::add);
        return ids;
    }

    /** Locks the organisation's row: changes to its accreditations and ISFs queue behind each other. */
    public Organisation lock(long providerId) {
        Organisation organisation = em.find(Organisation.class, providerId, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw new IllegalArgumentException("There is no organisation " + providerId);
        }
        return organisation;
    }

    /** A provider or broker registers the organisation they work for and becomes its owner. */
    @Transactional
    public Organisation register(Account account, OrganisationDetails details) {
        if (account.role() != Role.PROVIDER && account.role() != Role.BROKER) {
            throw new SecurityException("Only provider and broker accounts register organisations");
        }
        if (membershipOf(account).isPresent()) {
            throw new InvalidInputException(OrganisationDetails.NAME,
                    "You already work for an organisation on Circles. Change its details instead");
        }
        Instant now = clock.instant();
        Organisation organisation = new Organisation(account.id(), details, now);
        em.persist(organisation);
        em.flush();
        em.persist(new Membership(organisation.id(), account.id(), MemberRole.OWNER, now));
        audit.record(account.id(), "ORGANISATION_REGISTERED", SUBJECT, organisation.id(),
                organisation.name() + " (" + organisation.type() + "), owner account " + account.id());
        indexing.reindex(organisation);
        return organisation;
    }

    /** An owner changes what the organisation says about itself. */
    @Transactional
    public Organisation describe(Account owner, OrganisationDetails details) {
        Organisation organisation = lock(requireOwner(owner).providerId());
        organisation.describe(details, clock.instant());
        audit.record(owner.id(), "ORGANISATION_CHANGED", SUBJECT, organisation.id(), organisation.name() + " ("
                + organisation.type() + (organisation.regulatedPersonalCare() ? ", CQC " + organisation.cqcNumber() : "")
                + ")");
        indexing.reindex(organisation);
        return organisation;
    }

    /** The organisation's people, for any of them. */
    public List<Colleague> colleagues(Account member) {
        Membership membership = membershipOf(member).orElseThrow(() -> new SecurityException("You do not work for an organisation"));
        List<Colleague> colleagues = em.createNamedQuery(Membership.OF_ORGANISATION, Object[].class)
                .setParameter("provider", membership.providerId()).getResultStream()
                .map(row -> {
                    Membership m = (Membership) row[0];
                    return new Colleague(m.accountId(), (String) row[1], m.role(),
                            SpokenDate.of(LocalDate.ofInstant(m.joinedAt(), Platform.UK)));
                }).toList();
        if (colleagues.isEmpty()) {
            return List.of(new Colleague(member.id(), member.email().value(), MemberRole.OWNER, ""));
        }
        return colleagues;
    }

    public List<Invitation> openInvitations(Account owner) {
        Membership membership = requireOwner(owner);
        return em.createNamedQuery(Invitation.OPEN_OF_ORGANISATION, Invitation.class)
                .setParameter("provider", membership.providerId()).setParameter("now", clock.instant()).getResultList();
    }

    /**
     * An owner invites a colleague by email. The link is valid for 14 days and works once.
     *
     * @throws InvalidInputException when the email is wrong, or belongs to someone who cannot join
     */
    @Transactional
    public InvitationLink invite(Account owner, String email, String role) {
        Membership membership = requireOwner(owner);
        EmailAddress address;
        try {
            address = EmailAddress.of(email);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("inviteEmail", e.problems().get(0).message().replace("your email", "their email"));
        }
        MemberRole memberRole;
        try {
            memberRole = MemberRole.valueOf(role == null ? "" : role);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("inviteRole", "Choose whether they will be an owner or staff");
        }
        Optional<Account> existing = accounts.byEmail(address);
        if (existing.isPresent()) {
            Account invitee = existing.get();
            if (membershipOf(invitee).isPresent()) {
                throw new InvalidInputException("inviteEmail", membershipOf(invitee).get().providerId() == membership.providerId()
                        ? address + " already works for your organisation on Circles"
                        : address + " already works for another organisation on Circles");
            }
            if (invitee.role() != Role.PROVIDER && invitee.role() != Role.BROKER) {
                throw new InvalidInputException("inviteEmail", address + " has a Circles account of another kind."
                        + " Ask your colleague for their work email address");
            }
        }
        String token = HexFormat.of().formatHex(randomBytes());
        Invitation invitation = new Invitation(membership.providerId(), address.value(), memberRole, sha256(token),
                owner.id(), clock.instant());
        em.persist(invitation);
        em.flush();
        audit.record(owner.id(), "COLLEAGUE_INVITED", SUBJECT, membership.providerId(),
                address.value() + " as " + memberRole + " (invitation " + invitation.id() + ")");
        return new InvitationLink(invitation, token);
    }

    @Transactional
    public void cancelInvitation(Account owner, long invitationId) {
        Membership membership = requireOwner(owner);
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || invitation.providerId() != membership.providerId()) {
            throw new SecurityException("That invitation is not your organisation's");
        }
        invitation.cancel(clock.instant());
        audit.record(owner.id(), "COLLEAGUE_INVITATION_CANCELLED", SUBJECT, membership.providerId(),
                invitation.email() + " (invitation " + invitation.id() + ")");
    }

    /** The invitation behind a link, if it is still open. */
    public Optional<InvitationView> openInvitation(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Invitation.BY_TOKEN, Invitation.class).setParameter("hash", sha256(token))
                .getResultStream().findFirst()
                .filter(i -> i.isOpen(clock.instant()))
                .flatMap(i -> find(i.providerId()).map(o -> new InvitationView(i, o.name())));
    }

    /** Someone already signed in with the invited email address joins. */
    @Transactional
    public Membership accept(Account account, String token) {
        Invitation invitation = lockedOpenInvitation(token);
        if (!account.email().value().equals(invitation.email())) {
            throw new SecurityException("This invitation is for another email address");
        }
        if (account.role() != Role.PROVIDER && account.role() != Role.BROKER) {
            throw new InvalidInputException("password", "Your account is not a provider account, so it cannot join");
        }
        if (membershipOf(account).isPresent()) {
            throw new InvalidInputException("password", "You already work for an organisation on Circles");
        }
        return join(invitation, account);
    }

    /** The invited person has no account yet: it is opened now, with the organisation's kind of account. */
    @Transactional
    public Account acceptWithNewAccount(String token, NewPassword password) {
        Invitation invitation = lockedOpenInvitation(token);
        if (accounts.byEmail(EmailAddress.of(invitation.email())).isPresent()) {
            throw new InvalidInputException("password", "There is already an account for " + invitation.email()
                    + ". Sign in first, then open the invitation link again");
        }
        Organisation organisation = find(invitation.providerId()).orElseThrow();
        Role role = Optional.ofNullable(organisation.founderAccountId()).flatMap(accounts::byId)
                .map(Account::role).filter(r -> r == Role.BROKER).orElse(Role.PROVIDER);
        Account account = accounts.openInvitedColleague(EmailAddress.of(invitation.email()), password, role,
                invitation.invitedBy());
        join(invitation, account);
        return account;
    }

    /** An owner removes a colleague; the organisation always keeps one owner. */
    @Transactional
    public void remove(Account owner, long colleagueAccountId) {
        Membership membership = requireOwner(owner);
        if (colleagueAccountId == owner.id()) {
            throw new InvalidInputException("colleague", "You cannot remove yourself. Ask another owner to do it");
        }
        Membership colleague = em.find(Membership.class, colleagueAccountId, LockModeType.PESSIMISTIC_WRITE);
        if (colleague == null || colleague.providerId() != membership.providerId()) {
            throw new SecurityException("That person does not work for your organisation");
        }
        em.remove(colleague);
        audit.record(owner.id(), "COLLEAGUE_REMOVED", SUBJECT, membership.providerId(),
                "account " + colleagueAccountId + " (" + colleague.role() + ")");
    }

    /** @throws SecurityException unless the account is an owner of an organisation */
    public Membership requireOwner(Account account) {
        Membership membership = membershipOf(account)
                .orElseThrow(() -> new SecurityException("You do not work for an organisation on Circles"));
        if (!membership.isOwner()) {
            throw new SecurityException("Only the organisation's owners can do this");
        }
        return membership;
    }

    private Invitation lockedOpenInvitation(String token) {
        InvitationView view = openInvitation(token).orElseThrow(() -> new InvalidInputException("password",
                "This invitation has expired or been used. Ask your colleague to invite you again"));
        Invitation invitation = em.find(Invitation.class, view.invitation().id(), LockModeType.PESSIMISTIC_WRITE);
        if (!invitation.isOpen(clock.instant())) {
            throw new InvalidInputException("password", "This invitation has just been used");
        }
        return invitation;
    }

    private Membership join(Invitation invitation, Account account) {
        Instant now = clock.instant();
        invitation.accept(account.id(), now);
        Membership membership = new Membership(invitation.providerId(), account.id(), invitation.role(), now);
        em.persist(membership);
        audit.record(account.id(), "COLLEAGUE_JOINED", SUBJECT, invitation.providerId(),
                account.email().value() + " as " + invitation.role() + " (invitation " + invitation.id() + ")");
        return membership;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
