package care.circles.it;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the Payara under test sends to
 * ({@code it.smtp.port}, see it-payara.properties). Only for @RunAsClient tests.
 */
public final class MailTrap {

    /** One received email, read. */
    public record Email(List<String> to, String subject, String body) {
    }

    private static GreenMail server;

    private MailTrap() {
    }

    public static synchronized void start() {
        if (server == null) {
            ServerSetup smtp = new ServerSetup(Integer.getInteger("it.smtp.port", 25025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            server = new GreenMail(smtp);
            server.start();
        }
    }

    /** The mail server goes away: connections are refused until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized List<Email> received() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(MailTrap::read).toList();
    }

    /** Waits for an email that matches; fails after the time is up. */
    public static Email await(Predicate<Email> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            for (Email email : received()) {
                if (wanted.test(email)) {
                    return email;
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no matching email within " + within.toSeconds() + " s; received: " + received());
    }

    private static Email read(MimeMessage message) {
        try {
            return new Email(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList(),
                    message.getSubject(), String.valueOf(message.getContent()));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
