package care.circles.vetting.entity;

import java.time.Period;
import java.util.Optional;

/**
 * The checks a personal assistant can ask the council to verify, in the order the PA register
 * shows them. Labels and hints are what PAs and the people who hire them read.
 */
public enum CheckType {
    IDENTITY("Photo ID",
            "A passport, photocard driving licence or other photo ID. The council checks that it is really you.",
            1, null, "A clear photo or scan of the page with your photo on it."),
    ENHANCED_DBS("Enhanced DBS check",
            "An enhanced check by the Disclosure and Barring Service (DBS), including the adults' barred list. "
                    + "You need it to give personal care, like help with washing or dressing.",
            1, Period.ofYears(3), "A photo or scan of your whole DBS certificate."),
    RIGHT_TO_WORK("Right to work in the UK",
            "Proof that you can work in the UK, like a British or Irish passport or a share code from the Home Office.",
            1, null, "A photo or scan of your passport or document, or the page the Home Office shows for your share code."),
    REFERENCE("Reference",
            "A written reference from someone who knows your work or your character and is not a relative. "
                    + "You need two.",
            2, null, "The reference letter or email from your referee, with their name and how to contact them."),
    PUBLIC_LIABILITY_INSURANCE("Public liability insurance",
            "Only if you are self-employed: insurance that pays out if someone is hurt or their things are damaged "
                    + "while you work.",
            1, null, "Your insurance certificate or schedule, showing the policy number and end date."),
    TRAINING_CARE_CERTIFICATE("Care Certificate",
            "The Care Certificate: the standards every new care worker in England is expected to meet.",
            1, null, "Your Care Certificate."),
    TRAINING_FIRST_AID("First aid training",
            "A first aid course. The certificate lasts 3 years.",
            1, Period.ofYears(3), "Your first aid certificate."),
    TRAINING_MOVING_AND_HANDLING("Moving and handling training",
            "Training in helping people move safely, like from a bed to a chair. Renew it every year.",
            1, Period.ofYears(1), "Your moving and handling certificate.");

    private final String label;
    private final String hint;
    private final int needed;
    private final Period renewal;
    private final String evidence;

    CheckType(String label, String hint, int needed, Period renewal, String evidence) {
        this.label = label;
        this.hint = hint;
        this.needed = needed;
        this.renewal = renewal;
        this.evidence = evidence;
    }

    /** What to upload as evidence, said to the PA. */
    public String evidence() {
        return evidence;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** How many of this check a PA needs: two references, one of everything else. */
    public int needed() {
        return needed;
    }

    /**
     * How long after the issue or completion date the check should be renewed. Insurance has no
     * fixed period (its policy says when it ends); a DBS certificate on the update service never
     * needs renewing, which {@link CheckDetails} decides.
     */
    public Optional<Period> renewal() {
        return Optional.ofNullable(renewal);
    }
}
