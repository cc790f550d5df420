package care.circles.account.control;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import care.circles.account.entity.Account;
import care.circles.account.entity.CouncilColleague;
import care.circles.account.entity.CouncilDuty;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Council users and their duties: who may manage colleagues, who may read safeguarding concerns. */
@ApplicationScoped
public class CouncilStaff {

    static final String LAST_ADMIN = "There must always be at least one council admin. Make a colleague an admin first.";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Set<CouncilDuty> dutiesOf(long accountId) {
        EnumSet<CouncilDuty> duties = EnumSet.noneOf(CouncilDuty.class);
        for (Object duty : em.createNativeQuery("SELECT duty FROM council_duty WHERE account_id = ?")
                .setParameter(1, accountId).getResultList()) {
            duties.add(CouncilDuty.valueOf((String) duty));
        }
        return duties;
    }

    public boolean has(Account account, CouncilDuty duty) {
        return account.role() == Role.COUNCIL && dutiesOf(account.id()).contains(duty);
    }

    /** @throws SecurityException unless the account is a council user with this duty now */
    public void require(Account account, CouncilDuty duty) {
        if (!has(account, duty)) {
            throw new SecurityException("This needs the council duty: " + duty.label());
        }
    }

    /** Every council user with their duties, by email. Admins only. */
    public List<CouncilColleague> colleagues(Account admin) {
        require(admin, CouncilDuty.ADMIN);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.email, a.created_at, d.duty FROM account a"
                + " LEFT JOIN council_duty d ON d.account_id = a.id WHERE a.role = 'COUNCIL' ORDER BY a.email, d.duty")
                .getResultList();
        Map<Long, Object[]> accounts = new LinkedHashMap<>();
        Map<Long, EnumSet<CouncilDuty>> duties = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            accounts.putIfAbsent(id, row);
            EnumSet<CouncilDuty> held = duties.computeIfAbsent(id, k -> EnumSet.noneOf(CouncilDuty.class));
            if (row[3] != null) {
                held.add(CouncilDuty.valueOf((String) row[3]));
            }
        }
        List<CouncilColleague> colleagues = new ArrayList<>();
        accounts.forEach((id, row) -> colleagues.add(new CouncilColleague(id, (String) row[1], duties.get(id),
                ((LocalDateTime) row[2]).toInstant(ZoneOffset.UTC))));
        return colleagues;
    }

    @Transactional
    public void grant(Account admin, long colleagueId, CouncilDuty duty) {
        require(admin, CouncilDuty.ADMIN);
        Account colleague = councilUser(colleagueId);
        if (dutiesOf(colleagueId).contains(duty)) {
            return;
        }
        em.createNativeQuery("INSERT INTO council_duty (account_id, duty, granted_at, granted_by) VALUES (?, ?, ?, ?)")
                .setParameter(1, colleagueId)
                .setParameter(2, duty.name())
                .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(4, admin.id())
                .executeUpdate();
        audit.record(admin.id(), "COUNCIL_DUTY_GRANTED", "account", colleagueId,
                duty.label() + " given to " + colleague.email().value());
    }

    @Transactional
    public void revoke(Account admin, long colleagueId, CouncilDuty duty) {
        require(admin, CouncilDuty.ADMIN);
        Account colleague = councilUser(colleagueId);
        if (duty == CouncilDuty.ADMIN) {
            // Lock every admin row, so two admins removing each other at once cannot both succeed.
            List<?> admins = em.createNativeQuery("SELECT account_id FROM council_duty WHERE duty = 'ADMIN' FOR UPDATE")
                    .getResultList();
            if (admins.size() <= 1 && admins.stream().anyMatch(id -> ((Number) id).longValue() == colleagueId)) {
                throw new InvalidInputException("duty", LAST_ADMIN);
            }
        }
        int removed = em.createNativeQuery("DELETE FROM council_duty WHERE account_id = ? AND duty = ?")
                .setParameter(1, colleagueId)
                .setParameter(2, duty.name())
                .executeUpdate();
        if (removed > 0) {
            audit.record(admin.id(), "COUNCIL_DUTY_REVOKED", "account", colleagueId,
                    duty.label() + " taken from " + colleague.email().value());
        }
    }

    private Account councilUser(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.role() != Role.COUNCIL) {
            throw new InvalidInputException("colleague", "Choose a council user from the list");
        }
        return account;
    }
}
