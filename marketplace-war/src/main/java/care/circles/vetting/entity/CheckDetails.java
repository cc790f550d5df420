package care.circles.vetting.entity;

import care.circles.platform.SpokenDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What a PA tells the council about one check, checked. Which answers are needed depends on
 * the type; {@link #of} refuses anything missing, malformed or already out of date, and works
 * out when the check should be renewed.
 *
 * @param documentKind    which photo ID, or which proof of the right to work
 * @param referenceNumber DBS certificate number, insurance policy number or Home Office share code
 * @param provider        the insurer
 * @param expiresOn       when the check should be renewed, or null if it never needs to be
 */
public record CheckDetails(CheckSlot slot, String documentKind, String referenceNumber, LocalDate issuedOn,
                           Boolean updateService, String provider, String refereeName, String refereeRelationship,
                           LocalDate completedOn, LocalDate expiresOn) {

    // Form field ids: pages name their inputs with these, so problems point at the right field.
    public static final String PHOTO_ID = "photoId";
    public static final String CERTIFICATE_NUMBER = "certificateNumber";
    public static final String ISSUED_ON = "issuedOn";
    public static final String UPDATE_SERVICE = "updateService";
    public static final String RIGHT_TO_WORK_PROOF = "rightToWorkProof";
    public static final String SHARE_CODE = "shareCode";
    public static final String REFEREE_NAME = "refereeName";
    public static final String REFEREE_RELATIONSHIP = "refereeRelationship";
    public static final String INSURER = "insurer";
    public static final String POLICY_NUMBER = "policyNumber";
    public static final String POLICY_ENDS_ON = "policyEndsOn";
    public static final String COMPLETED_ON = "completedOn";

    public static final List<String> PHOTO_IDS = List.of("Passport", "Photocard driving licence",
            "Biometric residence permit or card", "National identity card from the EU, EEA or Switzerland",
            "Other photo ID");
    public static final List<String> RIGHT_TO_WORK_PROOFS = List.of("British or Irish passport",
            "Home Office share code", "Birth or adoption certificate with National Insurance number",
            "Other document from the Home Office");
    static final String SHARE_CODE_PROOF = "Home Office share code";

    static final int MAX_NAME = 120;
    static final int MAX_RELATIONSHIP = 300;
    static final int MAX_POLICY_NUMBER = 40;

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The answers each type asks for, in the order the form shows them. */
    public static List<String> fieldsFor(CheckType type) {
        return switch (type) {
            case IDENTITY -> List.of(PHOTO_ID);
            case ENHANCED_DBS -> List.of(CERTIFICATE_NUMBER, ISSUED_ON, UPDATE_SERVICE);
            case RIGHT_TO_WORK -> List.of(RIGHT_TO_WORK_PROOF, SHARE_CODE);
            case REFERENCE -> List.of(REFEREE_NAME, REFEREE_RELATIONSHIP);
            case PUBLIC_LIABILITY_INSURANCE -> List.of(INSURER, POLICY_NUMBER, POLICY_ENDS_ON);
            case TRAINING_CARE_CERTIFICATE, TRAINING_FIRST_AID, TRAINING_MOVING_AND_HANDLING -> List.of(COMPLETED_ON);
        };
    }

    /**
     * @param answers what was typed, by field id; fields the type does not ask for are ignored
     * @param today   the date in the UK, to refuse dates in the future and checks already out of date
     * @throws InvalidInputException listing every answer to fix
     */
    public static CheckDetails of(CheckSlot slot, Map<String, String> answers, LocalDate today) {
        Answers a = new Answers(answers);
        String documentKind = null;
        String referenceNumber = null;
        LocalDate issuedOn = null;
        Boolean updateService = null;
        String provider = null;
        String refereeName = null;
        String refereeRelationship = null;
        LocalDate completedOn = null;
        LocalDate expiresOn = null;
        CheckType type = slot.type();
        switch (type) {
            case IDENTITY -> documentKind = a.choice(PHOTO_ID, PHOTO_IDS, "Choose the photo ID you will show the council");
            case ENHANCED_DBS -> {
                String digits = a.text(CERTIFICATE_NUMBER).replaceAll("[\\s-]", "");
                if (digits.isEmpty()) {
                    a.problem(CERTIFICATE_NUMBER, "Enter the certificate number. It is 12 digits, at the top right of the certificate");
                } else if (!digits.matches("[0-9]{12}")) {
                    a.problem(CERTIFICATE_NUMBER, "The certificate number must be 12 digits, like 001234567890");
                } else {
                    referenceNumber = digits;
                }
                issuedOn = a.pastDate(ISSUED_ON, "the date the certificate was issued", today);
                String onUpdateService = a.text(UPDATE_SERVICE);
                if (onUpdateService.equals("yes") || onUpdateService.equals("no")) {
                    updateService = onUpdateService.equals("yes");
                } else {
                    a.problem(UPDATE_SERVICE, "Choose yes if your certificate is on the DBS update service, or no if it is not");
                }
                if (issuedOn != null && Boolean.FALSE.equals(updateService)) {
                    expiresOn = issuedOn.plus(type.renewal().orElseThrow());
                    if (expiresOn.isBefore(today)) {
                        a.problem(ISSUED_ON, "This certificate is more than 3 years old. Apply for a new enhanced DBS "
                                + "check, or join the DBS update service and choose yes below");
                    }
                }
            }
            case RIGHT_TO_WORK -> {
                documentKind = a.choice(RIGHT_TO_WORK_PROOF, RIGHT_TO_WORK_PROOFS, "Choose what shows you can work in the UK");
                String code = a.text(SHARE_CODE).replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
                if (!code.isEmpty() && !code.matches("[A-Z0-9]{9}")) {
                    a.problem(SHARE_CODE, "A share code is 9 letters and numbers, like W4X 7ZN 2QK");
                } else if (code.isEmpty() && SHARE_CODE_PROOF.equals(documentKind)) {
                    a.problem(SHARE_CODE, "Enter your share code from the Home Office, like W4X 7ZN 2QK");
                } else if (!code.isEmpty()) {
                    referenceNumber = code;
                }
            }
            case REFERENCE -> {
                refereeName = a.required(REFEREE_NAME, MAX_NAME, "Enter the name of the person giving the reference",
                        "The referee's name");
                refereeRelationship = a.required(REFEREE_RELATIONSHIP, MAX_RELATIONSHIP,
                        "Say how the referee knows you, like \"I cared for her father for two years\"",
                        "How the referee knows you");
            }
            case PUBLIC_LIABILITY_INSURANCE -> {
                provider = a.required(INSURER, MAX_NAME, "Enter the name of your insurer", "The insurer's name");
                referenceNumber = a.required(POLICY_NUMBER, MAX_POLICY_NUMBER, "Enter the policy number from your insurance schedule",
                        "The policy number");
                expiresOn = a.date(POLICY_ENDS_ON, "the date the policy ends");
                if (expiresOn != null && !expiresOn.isAfter(today)) {
                    a.problem(POLICY_ENDS_ON, "The policy end date must be in the future. Send your current policy");
                }
            }
            case TRAINING_CARE_CERTIFICATE, TRAINING_FIRST_AID, TRAINING_MOVING_AND_HANDLING -> {
                completedOn = a.pastDate(COMPLETED_ON, "the date you finished the training", today);
                if (completedOn != null && type.renewal().isPresent()) {
                    expiresOn = completedOn.plus(type.renewal().get());
                    if (expiresOn.isBefore(today)) {
                        a.problem(COMPLETED_ON, "This training ran out on " + SpokenDate.of(expiresOn)
                                + ". Do the course again and send the new certificate");
                    }
                }
            }
        }
        a.throwIfAny();
        return new CheckDetails(slot, documentKind, referenceNumber, issuedOn, updateService, provider, refereeName,
                refereeRelationship, completedOn, expiresOn);
    }

    /** The details as a page lists them for the council and the PA. */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        switch (slot.type()) {
            case IDENTITY -> facts.add(new Fact("Photo ID", documentKind));
            case ENHANCED_DBS -> {
                facts.add(new Fact("Certificate number", referenceNumber));
                facts.add(new Fact("Issued on", SpokenDate.of(issuedOn)));
                facts.add(new Fact("On the DBS update service", Boolean.TRUE.equals(updateService) ? "Yes" : "No"));
            }
            case RIGHT_TO_WORK -> {
                facts.add(new Fact("Proof", documentKind));
                if (referenceNumber != null) {
                    facts.add(new Fact("Share code", referenceNumber));
                }
            }
            case REFERENCE -> {
                facts.add(new Fact("Referee", refereeName));
                facts.add(new Fact("How they know the PA", refereeRelationship));
            }
            case PUBLIC_LIABILITY_INSURANCE -> {
                facts.add(new Fact("Insurer", provider));
                facts.add(new Fact("Policy number", referenceNumber));
            }
            case TRAINING_CARE_CERTIFICATE, TRAINING_FIRST_AID, TRAINING_MOVING_AND_HANDLING ->
                    facts.add(new Fact("Finished on", SpokenDate.of(completedOn)));
        }
        facts.add(new Fact(slot.type() == CheckType.PUBLIC_LIABILITY_INSURANCE ? "Policy ends" : "Renew by",
                expiresOn == null ? "Does not need renewing" : SpokenDate.of(expiresOn)));
        return facts;
    }

    /** Reads the typed answers and collects every problem, so the form shows them all at once. */
    private static final class Answers {
        private final Map<String, String> typed;
        private final List<FieldProblem> problems = new ArrayList<>();

        Answers(Map<String, String> typed) {
            this.typed = typed == null ? Map.of() : typed;
        }

        String text(String field) {
            String value = typed.get(field);
            return value == null ? "" : value.strip();
        }

        void problem(String field, String message) {
            problems.add(new FieldProblem(field, message));
        }

        String required(String field, int max, String whenMissing, String name) {
            String value = text(field).replaceAll("\\s+", " ");
            if (value.isEmpty()) {
                problem(field, whenMissing);
                return null;
            }
            if (value.length() > max) {
                problem(field, name + " must be " + max + " characters or fewer");
                return null;
            }
            return value;
        }

        String choice(String field, List<String> options, String whenMissing) {
            String value = text(field);
            if (!options.contains(value)) {
                problem(field, whenMissing);
                return null;
            }
            return value;
        }

        LocalDate date(String field, String what) {
            String value = text(field);
            if (value.isEmpty()) {
                problem(field, "Enter " + what);
                return null;
            }
            try {
                // A date input sends 2025-03-27; a browser without one sends what was typed.
                return value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value)
                        : LocalDate.parse(value.replace('.', '/').replace('-', '/'), TYPED_DATE);
            } catch (DateTimeParseException e) {
                problem(field, "Enter " + what + " as a real date, like 27/3/2025");
                return null;
            }
        }

        LocalDate pastDate(String field, String what, LocalDate today) {
            LocalDate date = date(field, what);
            if (date != null && date.isAfter(today)) {
                problem(field, capitalised(what) + " must be today or in the past");
                return null;
            }
            return date;
        }

        private static String capitalised(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
