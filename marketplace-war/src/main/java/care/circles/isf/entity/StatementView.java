package care.circles.isf.entity;

/** An issued statement with the lines behind its figures and whose ISF it is. */
public record StatementView(IssuedStatement statement, Isf isf, String holderName, StatementFigures figures) {
}
