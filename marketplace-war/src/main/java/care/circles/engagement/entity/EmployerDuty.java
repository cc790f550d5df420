package care.circles.engagement.entity;

/** What a person who employs a PA must do as their employer, in the order to do them. */
public enum EmployerDuty {
    RIGHT_TO_WORK("Check their right to work in the UK",
            "Before they start, see their passport or a share code from the Home Office, and keep a copy."),
    PAYE("Register as an employer and run PAYE",
            "Register with HM Revenue and Customs, take off tax and National Insurance and give payslips. A payroll"
                    + " service can do this for you; your direct payment can pay for it."),
    WORKPLACE_PENSION("Enrol them in a workplace pension",
            "If they earn enough, you must put them in a workplace pension and pay in. The Pensions Regulator's"
                    + " website says who must be enrolled."),
    EMPLOYERS_LIABILITY("Take out employer's liability insurance",
            "The law says you need it from the first day. Some insurers sell it for people who employ a PA.");

    private final String label;
    private final String hint;

    EmployerDuty(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }

    public String getCode() {
        return name();
    }
}
