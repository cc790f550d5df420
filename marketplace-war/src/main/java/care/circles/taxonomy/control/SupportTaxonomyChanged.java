package care.circles.taxonomy.control;

/**
 * A support type was added, changed, retired or restored.
 *
 * @param searchChanges true when listings in search read differently now (a new label, or who
 *                      may offer the type), so the search index must be rebuilt
 */
public record SupportTaxonomyChanged(String code, boolean searchChanges) {
}
