package care.circles.accreditation.entity;

import java.time.Period;

/** The kinds of accreditation the council gives, and how long each lasts unless the council says otherwise. */
public enum AccreditationKind {
    MICRO_PROVIDER_QUALITY_MARK("Micro-provider quality mark",
            "For small local enterprises with 8 or fewer full-time equivalent workers", Period.ofYears(1)),
    DORSET_CARE_FRAMEWORK("Dorset Care Framework",
            "The council's open framework of quality-assured care and support providers", Period.ofYears(3)),
    ISF_PROVIDER("ISF provider or broker",
            "Lets an organisation hold individual service funds for people and account for them", Period.ofYears(2));

    private final String label;
    private final String hint;
    private final Period usualLength;

    AccreditationKind(String label, String hint, Period usualLength) {
        this.label = label;
        this.hint = hint;
        this.usualLength = usualLength;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** How long an accreditation usually runs: the council's decision form suggests it. */
    public Period usualLength() {
        return usualLength;
    }

    public static AccreditationKind parse(String code) {
        try {
            return code == null ? null : valueOf(code.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
