package care.circles.account.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Version
    private long version;

    protected Account() {
    }

    public Account(EmailAddress email, String passwordHash, Role role, Instant createdAt, Long createdBy) {
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Pseudonymises the account when the person's data is erased: the email becomes one that
     * names only the account number, and the password one nobody knows, so it cannot sign in.
     */
    public void erase(String unusablePasswordHash) {
        this.email = "erased-" + id + "@erased.invalid";
        this.passwordHash = unusablePasswordHash;
    }

    public Long id() {
        return id;
    }

    public EmailAddress email() {
        return EmailAddress.of(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
