package care.circles.platform;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.account.entity.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends plain-text email through the SMTP server in {@code MAIL_SMTP_HOST} / {@code MAIL_SMTP_PORT}.
 * Mail is on when a host is set (or {@code MAIL_ENABLED=true}); when it is off, as for a developer
 * running {@code ./circles start}, each email is written to the log instead, links and all.
 * Callers send outside their transactions: a slow server must never hold up a person's request.
 */
@ApplicationScoped
public class OutgoingMail {

    private static final Logger LOG = Logger.getLogger(OutgoingMail.class.getName());
    private static final String TIMEOUT_MS = "10000";

    @Inject
    @ConfigProperty(name = "mail.enabled")
    Optional<Boolean> enabled;

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Circles <no-reply@circles.localhost>")
    String from;

    public boolean isEnabled() {
        return enabled.orElse(host.isPresent());
    }

    /** @throws MessagingException when the server cannot be reached or refuses the email */
    public void send(EmailAddress to, String subject, String text) throws MessagingException {
        if (!isEnabled()) {
            LOG.info(() -> "Email not sent, mail is off (set MAIL_SMTP_HOST to send): to " + to
                    + ", subject \"" + subject + "\"\n" + text);
            return;
        }
        String server = host.orElseThrow(() -> new MessagingException("mail.enabled is true but mail.smtp.host is not set"));
        Session session = Session.getInstance(sessionProperties(server));
        MimeMessage email = new MimeMessage(session);
        email.setFrom(new InternetAddress(from, true));
        email.setRecipient(Message.RecipientType.TO, new InternetAddress(to.value(), true));
        email.setSubject(subject, StandardCharsets.UTF_8.name());
        email.setText(text, StandardCharsets.UTF_8.name());
        email.setSentDate(new Date());
        // RFC 3834: out-of-office replies should not answer an automatic email.
        email.setHeader("Auto-Submitted", "auto-generated");
        if (user.isPresent()) {
            Transport.send(email, user.get(), password.orElse(""));
        } else {
            Transport.send(email);
        }
    }

    private Properties sessionProperties(String server) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", server);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        return properties;
    }
}
