using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

public enum PhraseKind { Noun, Verb, Preposition, Comma, Open, Close, Conjunction, Relative, Boundary, Other }

/// <summary>A chunk of a sentence: a noun phrase, a verb group, or a single function token.</summary>
public sealed class Phrase(PhraseKind kind, List<Token> tokens)
{
    public PhraseKind Kind { get; } = kind;
    public List<Token> Tokens { get; } = tokens;
    public Token First => Tokens[0];
    public Token Last => Tokens[^1];
    public string Lower => lower ??= Tokens.Count == 1 ? First.Lower : string.Join(' ', Tokens.Select(t => t.Lower));

    /// <summary>"nearly", "as well", "también": a phrase of adverbs only, which the rules read past.</summary>
    public bool IsAdverbs => Kind == PhraseKind.Other && Tokens.All(t => t.Is(PartOfSpeech.Adverb));

    // The rules ask a phrase for its words many times; its tokens never change once chunked.
    private string? lower;

    /// <summary>A noun phrase's head: its last noun, name or pronoun; but a relation or group noun
    /// before a word that is neither keeps the head ("el brazo urbano", "una facción disidente":
    /// Spanish puts adjectives after the noun, and the lexicon knows them as nouns).</summary>
    public Token? Head => head ??= FindHead();

    private Token? head;

    private Token? FindHead()
    {
        var last = Tokens.LastOrDefault(t => t.Is(PartsOfSpeech.Nominal | PartOfSpeech.Pronoun | PartOfSpeech.Gerund));
        if (last is null || last.IsName || Tokens.Count < 2 || IsHeadNoun(last.Lower))
            return last;
        var at = Tokens.IndexOf(last);
        for (var i = at - 1; i >= 0; i--)
        {
            var t = Tokens[i];
            if (t.IsName || t.Is(PartOfSpeech.PossessiveMarker | PartOfSpeech.Number | PartOfSpeech.Determiner | PartOfSpeech.PossessivePronoun))
                break;
            if (t.Is(PartOfSpeech.Noun) && IsHeadNoun(t.Lower))
                return t;
        }
        return last;
    }

    private static bool IsHeadNoun(string lower) => RelationWords.Noun(lower) is not null || Discourse.IsGroupWord(lower);

    /// <summary>The name a noun phrase is: its head when that is a resolved name, or the name a
    /// naming phrase gives it ("the clan, known as Los Berrío").</summary>
    public EntityDraft? Entity => Kind == PhraseKind.Noun ? Head?.Entity ?? NamedAs ?? NameBeforeKind : null;

    /// <summary>"the Vatos del Río clique", "the Los Tilos gang": a definite group noun after a group's
    /// name is that group. A unit's noun is not ("the Ribera cell", "a Los Lobos cell" name only where
    /// the unit is), except a clique's, which cliques are named with.</summary>
    private EntityDraft? NameBeforeKind =>
        Tokens.Count >= 3 && IsDefinite && Head is { } head && head == Last
            && (head.Lower is "clique" or "clica" || Discourse.IsGroupWord(head.Lower) && RelationWords.Noun(head.Lower) != RelationSense.PartOf)
            && Tokens[^2] is { IsName: true, Entity: { IsPerson: false } named } ? named : null;

    /// <summary>The name that a naming phrase right after this description gives it.</summary>
    public EntityDraft? NamedAs { get; set; }

    /// <summary>What this pronoun or description stands for, once <see cref="Discourse"/> has decided.</summary>
    public EntityDraft? Referent { get; private set; }
    public bool IsResolved { get; private set; }

    public void Resolve(EntityDraft? referent) => (Referent, IsResolved) = (referent, true);

    /// <summary>"the gang's chief": the owner before the possessive marker; "its chief": the pronoun.</summary>
    public Token? Owner
    {
        get
        {
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (Tokens[i].Is(PartOfSpeech.PossessivePronoun))
                    return Tokens[i];
                if (Tokens[i].Is(PartOfSpeech.PossessiveMarker) && i > 0)
                    return Tokens[i - 1];
            }
            return null;
        }
    }

    /// <summary>A name standing before the head as a modifier: "Los Gavilanes chief", "former Cali Cartel member".</summary>
    public EntityDraft? Modifier
    {
        get
        {
            var head = Head;
            for (var i = 0; i + 1 < Tokens.Count; i++)
            {
                if (Tokens[i].IsName && Tokens[i] != head && !Tokens[i + 1].Is(PartOfSpeech.PossessiveMarker))
                    return Tokens[i].Entity;
            }
            return null;
        }
    }

    /// <summary>Definite: "the gang", "la banda" — a description that may point back to a name.</summary>
    public bool IsDefinite => First.Lower is "the" or "el" or "la" or "los" or "las" or "this" or "that" or "esta" or "este";

    public bool Is(PhraseKind kind) => Kind == kind;

    public override string ToString() => $"{Kind}[{string.Join(' ', Tokens.Select(t => t.Text))}]";
}
