namespace CrimeArchive.Data.Editing;

/// <summary>The statements no editor has withdrawn: what profiles show.</summary>
public static class StandingStatements
{
    /// <summary>Statements of texts readers may see: a brief's statements wait for the brief to be published.</summary>
    public static IQueryable<T> Public<T>(this IQueryable<T> statements) where T : Statement =>
        statements.Where(s => s.ArticleId == null || s.SourceDocumentId != null || s.Article!.Status == ArticleStatus.Published);

    public static IQueryable<Fact> Standing(this IQueryable<Fact> facts, IQueryable<Withdrawal> withdrawals) =>
        facts.Where(f => !withdrawals.Any(w => w.Kind == StatementKind.Fact && w.EntityId == f.EntityId && w.FactKey == f.Key && w.FactValue == f.Value));

    /// <summary>A symmetric relationship withdrawn in one direction is withdrawn in both.</summary>
    public static IQueryable<Relationship> Standing(this IQueryable<Relationship> relationships, IQueryable<Withdrawal> withdrawals) =>
        relationships.Where(r => !withdrawals.Any(w => w.Kind == StatementKind.Relationship && w.Type == r.Type
            && ((w.EntityId == r.SubjectId && w.ObjectId == r.ObjectId)
                || (w.EntityId == r.ObjectId && w.ObjectId == r.SubjectId
                    && (r.Type == RelationshipType.SiblingOf || r.Type == RelationshipType.RivalOf || r.Type == RelationshipType.AllyOf)))));
}
