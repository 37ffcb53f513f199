using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;
using CrimeArchive.Import.Extraction.Grammar;

namespace CrimeArchive.Import.Extraction.Pairs;

/// <summary>The model's readings of the pairs the rules tie in no way (the rules are surer where they
/// speak, and a tie the grammar overruled is not guessed back), checked against what the clause
/// rules know that a bag of words cannot: a role the rules gave someone else in the sentence is
/// taken, and so is a tie to a name between the two that the rules tied to one of them; two names
/// tied alike to a third are a list; a role phrase that is the object of some other verb
/// ("prosecuted the head of G") is nobody's in the sentence; a former ally is no ally; the head of a
/// group's cell is one of its members, not its head.</summary>
public static class PairGuesses
{
    private static readonly HashSet<string> Former = new(StringComparer.Ordinal)
    {
        "former", "once", "erstwhile", "ex", "ex-", "antiguo", "antiguos", "antigua", "antiguas", "otrora",
    };

    public static List<FoundRelationship> Find(PairModel model, List<(PairCandidate Pair, Sentence Sentence)> candidates,
        List<FoundRelationship> stated, List<FoundRelationship> overruled)
    {
        var guesses = new List<FoundRelationship>();
        foreach (var (pair, sentence) in candidates)
        {
            var (first, second) = (pair.First, pair.Second);
            bool Ties(FoundRelationship f) => f.Subject == first && f.Object == second || f.Subject == second && f.Object == first;
            if (stated.Any(Ties) || guesses.Any(Ties) || overruled.Any(Ties))
                continue;
            if (PairLabels.Reading(model.Classify(pair.Hashes), first.IsPerson, second.IsPerson) is not { } reading)
                continue;
            var (subject, obj) = reading.Subject == PairEnd.First ? (first, second) : (second, first);
            if (Check(pair, subject, reading.Type, obj, sentence, stated) is { } guess)
                guesses.Add(guess);
        }
        return guesses;
    }

    private static FoundRelationship? Check(PairCandidate pair, EntityDraft subject, RelationshipType type, EntityDraft obj,
        Sentence sentence, List<FoundRelationship> stated)
    {
        var between = pair.Between.ToList();
        if (type is RelationshipType.LeaderOf or RelationshipType.Founded
            && stated.Any(f => f.Sentence == sentence && f.Type == type && f.Object == obj && f.Subject != subject))
            return null;
        // "X, who led G1, G2's armed wing": the name between holds the tie the rules read.
        var namedBetween = between.Where(t => t.IsName).Select(t => t.Entity!).ToHashSet();
        if (stated.Any(f => f.Sentence == sentence && (f.Subject == subject || f.Object == subject || f.Subject == obj || f.Object == obj)
            && (namedBetween.Contains(f.Subject) || namedBetween.Contains(f.Object))))
            return null;
        // "Its rivals, A and B": two names the rules tied alike to a third are a list, not a pair.
        EntityDraft? Other(FoundRelationship f, EntityDraft end) => f.Type != type || f.Sentence != sentence ? null
            : f.Subject == end ? f.Object : f.Object == end ? f.Subject : null;
        if (stated.Select(f => Other(f, subject)).OfType<EntityDraft>().Intersect(stated.Select(f => Other(f, obj)).OfType<EntityDraft>()).Any())
            return null;
        // "X controls the money; the Twins have the gunmen": a clause a semicolon closes says nothing of the
        // next one's names (a list's semicolons, "A, alias X; B, alias Y", close no clause).
        if (between.FindIndex(t => t.Lower == ";") is > 0 and var semicolon && ClosesClause(between.Take(semicolon).ToList()))
            return null;
        // "A, a unit of B, against C, a unit of D": a unit the sentence already places in one group is in no other.
        if (type == RelationshipType.MemberOf && !subject.IsPerson && !obj.IsPerson
            && stated.Any(f => f.Sentence == sentence && f.Type == RelationshipType.MemberOf && f.Subject == subject))
            return null;
        // "the war between the Bloque Norte of the AUD and Los Tordos": the unit named is the side, not the whole it is of.
        bool UnitOf(EntityDraft unit, EntityDraft whole) => stated.Any(m => m.Type == RelationshipType.MemberOf && m.Subject == unit && m.Object == whole);
        if (type is RelationshipType.AllyOf or RelationshipType.RivalOf
            && stated.Any(f => f.Sentence == sentence && f.Type == type && (f.Object == obj && UnitOf(f.Subject, subject) || f.Subject == obj && UnitOf(f.Object, subject)
                || f.Object == subject && UnitOf(f.Subject, obj) || f.Subject == subject && UnitOf(f.Object, obj))))
            return null;
        if (type is RelationshipType.AllyOf or RelationshipType.RivalOf && between.Any(t => Former.Contains(t.Lower)))
            return null;
        if (subject.IsPerson && !obj.IsPerson && pair.First == subject && RoleAfterAnotherVerb(between))
            return null;
        // Not a veto but a correction: "the head of a Saltmarsh Cartel cell" leads the unit, and the
        // group only has a member.
        if (type == RelationshipType.LeaderOf && pair.Second == obj && pair.AfterSecond is { } after
            && RelationWords.Noun(after.Lower) == RelationSense.PartOf)
            type = RelationshipType.MemberOf;
        return new FoundRelationship(subject, type, obj, sentence);
    }

    // "Judge X prosecuted the head of G", "X handed the cash to buyers working for G": a verb of its
    // own comes between the first name and the role, which is then that verb's object's.
    private static bool RoleAfterAnotherVerb(List<Token> between)
    {
        var role = between.FindIndex(t => t.Is(PartOfSpeech.Noun) && RelationWords.Noun(t.Lower) is not null
            || t.Is(PartsOfSpeech.AnyVerb) && RelationWords.Lemma(t.Lower) is { } lemma && RelationWords.IsRelationVerb(lemma));
        return role > 0 && VerbCheck.HasOtherVerb(string.Join(' ', between.Take(role).Select(t => t.Text)));
    }

    // A verb of the clause itself, not of a relative clause describing a list's item.
    private static bool ClosesClause(List<Token> before) =>
        before.Any(t => t.Is(PartOfSpeech.Verb)) && !before.Any(t => t.Lower is "who" or "which" or "that" or "whose" or "que" or "quien" or "quienes" or "cuyo" or "cuya");
}
