package care.circles.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.account.entity.Account;
import care.circles.files.entity.FileKind;
import care.circles.files.entity.OriginalName;
import care.circles.files.entity.StoredFile;
import care.circles.files.entity.Upload;
import care.circles.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Private files on disk, in the folder set by {@code files.dir} (FILES_DIR), outside the web
 * root: only the download servlet serves them, to their owner and to council staff.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String ACCEPTED = "The selected file must be a PDF, JPEG or PNG";

    @Inject
    @ConfigProperty(name = "files.dir", defaultValue = "./data/files")
    String directory;

    @Inject
    @ConfigProperty(name = "files.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<FileSharing> sharing;

    private Path root;

    /** What an erased file is called; its bytes are gone. */
    public static final String ERASED_NAME = "erased";
    private Path incoming;

    @PostConstruct
    void prepareFolders() {
        root = Path.of(directory).toAbsolutePath().normalize();
        incoming = root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store folder " + incoming, e);
        }
        LOG.info(() -> "Private files are kept in " + root);
    }

    /**
     * Checks and keeps an uploaded file for its owner. The file is on disk only if the caller's
     * transaction commits.
     *
     * @param field the form field the file came from, named in any problem
     * @throws InvalidInputException when nothing was chosen, the file is empty or too big, or
     *                               it is not a PDF, JPEG or PNG
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(Account owner, Upload upload, String field) {
        if (upload == null || upload.isNothingChosen()) {
            throw new InvalidInputException(field, "Choose a file to upload");
        }
        if (upload.declaredSize() > maxBytes) {
            throw tooBig(field);
        }
        Path received = null;
        try {
            received = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            FileKind kind;
            long size;
            try (InputStream in = upload.content().open();
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(received), sha256)) {
                byte[] head = in.readNBytes(FileKind.SIGNATURE_LENGTH);
                if (head.length == 0) {
                    throw new InvalidInputException(field, "The selected file is empty. Choose the file again, or a different one");
                }
                // Refused on its first bytes, before anything else is read or kept.
                kind = FileKind.detect(head).orElseThrow(() -> new InvalidInputException(field, ACCEPTED));
                out.write(head);
                size = head.length + copyAtMost(in, out, maxBytes - head.length, field);
            }
            String storageName = HexFormat.of().formatHex(randomBytes());
            Path kept = pathOf(storageName);
            Files.createDirectories(kept.getParent());
            Files.move(received, kept, StandardCopyOption.ATOMIC_MOVE);
            deleteIfRolledBack(kept);
            StoredFile file = new StoredFile(storageName, owner.id(), OriginalName.of(upload.submittedName(), kind),
                    kind, size, HexFormat.of().formatHex(sha256.digest()), clock.instant());
            em.persist(file);
            em.flush();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep an uploaded file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        } finally {
            deleteQuietly(received);
        }
    }

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    /**
     * The file if this person may read it: its owner, council staff, or someone a component
     * shares it with ({@link FileSharing}).
     *
     * @throws SecurityException when the file exists but is someone else's
     */
    public Optional<StoredFile> readableBy(long id, Account reader) {
        Optional<StoredFile> file = find(id);
        if (file.isPresent() && !file.get().mayBeReadBy(reader)
                && (reader == null || sharing.stream().noneMatch(rule -> rule.allows(reader, file.get())))) {
            throw new SecurityException("This file is private to the people it was sent for and to council staff");
        }
        return file;
    }

    /**
     * Erases the contents of every file this person uploaded (their data is being erased): the
     * bytes go from disk once the transaction commits, and the row keeps only that a file of
     * that kind was there, so records pointing at it (a vetting check) still make sense.
     *
     * @return how many files were erased
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAllOwnedBy(long ownerAccountId) {
        @SuppressWarnings("unchecked")
        java.util.List<String> names = em.createNativeQuery(
                        "SELECT storage_name FROM stored_file WHERE owner_account_id = ? AND original_name <> ?")
                .setParameter(1, ownerAccountId).setParameter(2, ERASED_NAME).getResultList();
        em.createNativeQuery("UPDATE stored_file SET original_name = ? WHERE owner_account_id = ?")
                .setParameter(1, ERASED_NAME).setParameter(2, ownerAccountId).executeUpdate();
        java.util.List<Path> paths = names.stream().map(this::pathOf).toList();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    paths.forEach(FileStore::deleteQuietly);
                }
            }
        });
        return names.size();
    }

    /** The file's bytes; the caller closes the stream. */
    public InputStream open(StoredFile file) throws IOException {
        return Files.newInputStream(pathOf(file.storageName()));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Kept in 256 folders by the first two characters, so no folder grows too large. */
    private Path pathOf(String storageName) {
        if (!storageName.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a storage name: " + storageName);
        }
        return root.resolve(storageName.substring(0, 2)).resolve(storageName);
    }

    private long copyAtMost(InputStream in, OutputStream out, long limit, String field) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            copied += read;
            // The declared size may be wrong; what counts is what actually arrives.
            if (copied > limit) {
                throw tooBig(field);
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    private InvalidInputException tooBig(String field) {
        return new InvalidInputException(field, "The selected file must be smaller than " + maxBytes / (1024 * 1024)
                + " MB. Try a smaller scan or photo, or save it as a PDF");
    }

    private void deleteIfRolledBack(Path kept) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(kept);
                }
            }
        });
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }
}
