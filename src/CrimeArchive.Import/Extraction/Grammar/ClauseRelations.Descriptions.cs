using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

// Before the rules read a sentence: the nouns names are described with ("Los Tejones, a gang from
// the port"), which later descriptions answer to, and the names naming phrases give to
// descriptions ("the clan, known along the coast as Los Berrío").
public sealed partial class ClauseRelations
{
    private static readonly HashSet<string> NamingWords = new(StringComparer.Ordinal)
    {
        "known", "called", "dubbed", "named", "nicknamed", "calls", "call", "refer", "refers",
        "conocido", "conocida", "conocidos", "conocidas", "llamado", "llamada", "llamados", "llamadas", "denominado", "denominada",
        "apodado", "apodada", "conoce", "conocen", "llaman", "llama", "denominan", "aparece", "figura", "registra", "registran", "identifica",
    };

    private void Descriptions()
    {
        for (var k = 0; k + 2 < phrases.Count; k++)
        {
            var p = phrases[k];
            if (p.Kind != PhraseKind.Noun)
                continue;
            if (p.Entity is { IsPerson: false } group)
            {
                // "Los Pitirres, an older band that ran the docks"; not "In the war against Los Pitirres, the gang lost
                // forty men", where the noun after the comma is the clause's subject.
                if (phrases[k + 1].Kind == PhraseKind.Comma && phrases[k + 2] is { Kind: PhraseKind.Noun, Entity: null, Head: { IsName: false } }
                    && (k + 3 >= phrases.Count || phrases[k + 3].Kind != PhraseKind.Verb))
                    discourse.Introduce(group);
                DescribedAfter(group, k);
                AppositionNamed(group, k);
            }
            else if (p.Entity is null && p.Head is { IsName: false } && phrases[k + 1].Kind == PhraseKind.Comma
                && (IsGroupDescription(p) || p.Owner?.Is(PartOfSpeech.PossessivePronoun) == true) && NameGiven(k + 2) is { } named)
                p.NamedAs = named;
        }
    }

    // "X, a faction of Y", "X (EPS), the gang that", "X is a coalition of": the noun describes X.
    private void DescribedAfter(EntityDraft group, int k)
    {
        var at = k + 1;
        if (phrases[at].Kind == PhraseKind.Open)
            while (at < phrases.Count && phrases[at].Kind != PhraseKind.Close)
                at++;
        if (phrases[at].Kind == PhraseKind.Close)
            at++;
        if (at + 1 >= phrases.Count || !(phrases[at].Kind == PhraseKind.Comma || phrases[at].Kind == PhraseKind.Verb && IsCopula(phrases[at])))
            return;
        if (phrases[at + 1] is { Kind: PhraseKind.Noun, Entity: null, Head: { IsName: false } head } && Discourse.IsGroupWord(head.Lower))
            discourse.Described(group, head.Lower);
    }

    /// <summary>"Los Grillos, the gang that rules the market", "X, a coastal group that": a group
    /// description in apposition is the name it follows, so that its relative clause speaks of it.
    /// A description holding a relation word ("a faction of", "una banda aliada de") says something
    /// about the name and stays a description.</summary>
    private void AppositionNamed(EntityDraft group, int k)
    {
        var at = k + 1;
        if (at + 1 >= phrases.Count || phrases[at].Kind != PhraseKind.Comma || phrases[at + 1] is not { Kind: PhraseKind.Noun, Entity: null, Head: { IsName: false } head } description
            || !Discourse.IsGroupWord(head.Lower) || description.Tokens.Any(t => RelationWords.Noun(t.Lower) is not null || t.IsName)
            || description.First.Lower is not ("the" or "a" or "an" or "el" or "la" or "un" or "una"))
            return;
        description.NamedAs = group;
    }

    private static bool IsGroupDescription(Phrase p) =>
        (p.IsDefinite || p.First.Lower is "esa" or "ese" or "aquella" or "aquel") && Discourse.IsGroupWord(p.Head!.Lower);

    /// <summary>The group a naming phrase starting at k gives: "known as X", "que en los expedientes
    /// aparece como X", "which the police call X"; within its own clause.</summary>
    private EntityDraft? NameGiven(int k)
    {
        var naming = false;
        for (var i = k; i < phrases.Count && i < k + 10; i++)
        {
            var p = phrases[i];
            if (p.Kind is PhraseKind.Comma or PhraseKind.Boundary)
                return null;
            if (p.Tokens.Any(t => NamingWords.Contains(t.Lower)))
                naming = true;
            else if (naming && p.Entity is { IsPerson: false } named)
                return named;
            else if (p.Entity is not null)
                return null;
        }
        return null;
    }
}
