using CrimeArchive.Import.Extraction.Entities;
using CrimeArchive.Import.Extraction.Grammar;

namespace CrimeArchive.Import.Extraction.Pairs;

/// <summary>Two names of one sentence that may be tied. Its features are worked out only when asked
/// for: most pairs are tied by the clause rules and never need them.</summary>
public sealed class PairCandidate(EntityDraft first, EntityDraft second, PairFeatures.Chunks sentence, int a, int b, int namesBetween)
{
    public EntityDraft First { get; } = first;
    public EntityDraft Second { get; } = second;

    /// <summary>The features as text, for training.</summary>
    public string[] Features
    {
        get
        {
            var text = new TextFeatures();
            PairFeatures.Describe(sentence, a, b, namesBetween, text);
            return [.. text.Features];
        }
    }

    /// <summary>The features hashed, for scoring.</summary>
    public List<ulong> Hashes
    {
        get
        {
            var hashed = new HashedFeatures();
            PairFeatures.Describe(sentence, a, b, namesBetween, hashed);
            return hashed.Features;
        }
    }

    /// <summary>How many words apart the two names are.</summary>
    public int Span => b - a;

    /// <summary>The tokens between the two names.</summary>
    public IEnumerable<Token> Between => sentence.Tokens.Skip(a + 1).Take(b - a - 1);

    /// <summary>The word right after the second name, if any.</summary>
    public Token? AfterSecond => b + 1 < sentence.Tokens.Count ? sentence.Tokens[b + 1] : null;
}

/// <summary>Describes each pair of names in a chunked sentence the way a relation classifier reads
/// it: the kinds of the two ends, the words between them and just outside them, the chunk path from
/// one to the other, and the relation words (<see cref="RelationWords"/>) on that path. Words are
/// features as they stand; the path abstracts them so that a shape learnt from one wording carries
/// to another ("A, the new boss of B" and "A, longtime chief of B" share ", N:LeaderOf P:of").</summary>
public static class PairFeatures
{
    // Pairs further apart than this, or with more names between, are not read: sentences that long
    // rarely tie their far ends, and reading them would cost more than it finds.
    private const int MaxGap = 20;
    private const int MaxNamesBetween = 2;

    /// <summary>A chunked sentence's tokens in order, with the chunk each is in, and each token's word
    /// and relation sense as the features write them, worked out once for all the sentence's pairs.</summary>
    public sealed class Chunks(List<Phrase> phrases, List<Token> tokens, List<int> phraseOf)
    {
        private string[]? words;
        private string?[]? senses;
        private bool[]? sensed;

        public List<Phrase> Phrases { get; } = phrases;
        public List<Token> Tokens { get; } = tokens;
        public List<int> PhraseOf { get; } = phraseOf;

        public string WordAt(int i) => (words ??= new string[Tokens.Count])[i] ??= Word(Tokens[i]);

        public string? SenseAt(int i)
        {
            senses ??= new string?[Tokens.Count];
            sensed ??= new bool[Tokens.Count];
            if (!sensed[i])
                (senses[i], sensed[i]) = (Sense(Tokens, i), true);
            return senses[i];
        }
    }

    public static List<PairCandidate> Candidates(List<Phrase> phrases)
    {
        var count = 0;
        var named = 0;
        foreach (var p in phrases)
        {
            count += p.Tokens.Count;
            foreach (var t in p.Tokens)
                named += t.IsName ? 1 : 0;
        }
        var result = new List<PairCandidate>();
        if (named < 2)
            return result;
        var tokens = new List<Token>(count);
        var phraseOf = new List<int>(count);
        var names = new List<int>(named);
        for (var k = 0; k < phrases.Count; k++)
        {
            foreach (var t in phrases[k].Tokens)
            {
                if (t.IsName)
                    names.Add(tokens.Count);
                tokens.Add(t);
                phraseOf.Add(k);
            }
        }
        var chunks = new Chunks(phrases, tokens, phraseOf);
        for (var x = 0; x < names.Count; x++)
        {
            for (var y = x + 1; y < names.Count && y - x - 1 <= MaxNamesBetween; y++)
            {
                var (a, b) = (names[x], names[y]);
                var (first, second) = (tokens[a].Entity!, tokens[b].Entity!);
                if (first == second || b - a - 1 > MaxGap)
                    continue;
                // One pair per two entities: the closest mentions describe it best.
                var same = -1;
                for (var c = 0; c < result.Count && same < 0; c++)
                {
                    if (result[c].First == first && result[c].Second == second || result[c].First == second && result[c].Second == first)
                        same = c;
                }
                if (same < 0)
                    result.Add(new PairCandidate(first, second, chunks, a, b, y - x - 1));
                else if (b - a < result[same].Span)
                    result[same] = new PairCandidate(first, second, chunks, a, b, y - x - 1);
            }
        }
        return result;
    }

    internal static void Describe(Chunks sentence, int a, int b, int namesBetween, FeatureSink f)
    {
        var tokens = sentence.Tokens;
        var first = tokens[a].Entity!;
        var second = tokens[b].Entity!;
        var kinds = Kinds[(first.IsPerson ? 2 : 0) + (second.IsPerson ? 1 : 0)];
        f.Add("k=", kinds);
        var gap = b - a - 1;
        f.Add("gap=", Bucket(gap));
        var between = Count[namesBetween];
        f.Add("nb=", between);
        f.Add("k+nb=", kinds, between);
        for (var i = a + 1; i < b; i++)
        {
            // Each word once.
            var word = sentence.WordAt(i);
            var repeated = false;
            for (var k = a + 1; k < i && !repeated; k++)
                repeated = sentence.WordAt(k) == word;
            if (!repeated)
                f.Add("w=", word);
        }
        if (gap > 0)
        {
            f.Add("w1=", kinds, sentence.WordAt(a + 1));
            f.Add("wL=", kinds, sentence.WordAt(b - 1));
            if (gap > 1)
            {
                f.Add("w12=", kinds, sentence.WordAt(a + 1), "_", sentence.WordAt(a + 2));
                f.Add("wL2=", kinds, sentence.WordAt(b - 2), "_", sentence.WordAt(b - 1));
            }
            if (gap <= 5)
            {
                f.Begin("seq=");
                f.Append(kinds);
                for (var i = a + 1; i < b; i++)
                {
                    if (i > a + 1)
                        f.Append("_");
                    f.Append(sentence.WordAt(i));
                }
                f.End();
            }
        }
        else
            f.Add("adjacent=", kinds);
        f.Add("p1=", kinds, a > 0 ? sentence.WordAt(a - 1) : "^");
        if (a > 1)
            f.Add("p2=", sentence.WordAt(a - 2), "_", sentence.WordAt(a - 1), "");
        else
            f.Add("p2=^");
        f.Add("n1=", kinds, b + 1 < tokens.Count ? sentence.WordAt(b + 1) : "$");
        if (b + 2 < tokens.Count)
            f.Add("n2=", sentence.WordAt(b + 1), "_", sentence.WordAt(b + 2), "");
        else
            f.Add("n2=$");
        // Relation words on the way, by sense and by how they are used.
        f.Begin("senses=");
        f.Append(kinds);
        var any = false;
        for (var i = a + 1; i < b; i++)
        {
            if (sentence.SenseAt(i) is not { } sense)
                continue;
            var repeated = false;
            for (var k = a + 1; k < i && !repeated; k++)
                repeated = sentence.SenseAt(k) == sense;
            if (repeated)
                continue;
            if (any)
                f.Append("|");
            f.Append(sense);
            any = true;
        }
        f.End();
        for (var i = a + 1; i < b; i++)
        {
            if (sentence.SenseAt(i) is { } sense)
                f.Add("s=", kinds, sense);
        }
        // Relation words just outside the pair: "the leader of A, B" / "A and B, leaders of C".
        for (var i = Math.Max(0, a - 4); i < a; i++)
        {
            if (sentence.SenseAt(i) is { } before)
                f.Add("sb=", kinds, before);
        }
        for (var i = b + 1; i < Math.Min(tokens.Count, b + 5); i++)
        {
            if (sentence.SenseAt(i) is { } after)
                f.Add("sa=", kinds, after);
        }
        var path = Path(tokens, sentence.PhraseOf, sentence.Phrases, a, b);
        f.Add("path=", kinds, path);
        f.Add("path0=", path);
        if (Negated(tokens, a, b))
            f.Add("neg");
    }

    private static readonly string[] Kinds = ["GG", "GP", "PG", "PP"];
    private static readonly string[] Count = ["0", "1", "2", "3", "4"];

    private static string Bucket(int gap) => gap switch
    {
        <= 3 => gap.ToString(),
        <= 5 => "4-5",
        <= 8 => "6-8",
        <= 12 => "9-12",
        _ => "13-20",
    };

    private static string Word(Token t) =>
        t.IsName ? (t.Entity!.IsPerson ? "<P>" : "<G>")
        : t.Is(PartOfSpeech.Number) ? "<num>"
        : t.Is(PartsOfSpeech.AnyVerb) && RelationWords.Lemma(t.Lower) is { } lemma ? lemma
        : t.Lower;

    private static string? Sense(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.IsName)
            return null;
        if (t.Is(PartsOfSpeech.AnyVerb))
        {
            if (RelationWords.Lemma(t.Lower) is not { } lemma || !RelationWords.IsRelationVerb(lemma))
                return null;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : null;
            var sense = RelationWords.Verb(lemma, next) ?? RelationWords.Verb(lemma, null);
            var passive = t.Is(PartOfSpeech.PastParticiple) && next is "by" or "por";
            return sense is null ? null : "V:" + sense + (passive ? "/by" : "");
        }
        if (RelationWords.LightNoun(t.Lower) is { } light)
            return "L:" + light;
        var noun = RelationWords.NounOrPlural(t.Lower);
        return noun is null ? null : "N:" + noun;
    }

    // The chunks from one name to the other: a noun phrase by its relation sense, a verb group by its
    // relation sense or as a plain verb, function words as themselves.
    private static string Path(List<Token> tokens, List<int> phraseOf, List<Phrase> phrases, int a, int b)
    {
        var from = phraseOf[a];
        var to = phraseOf[b];
        if (from == to)
            return "same";
        var parts = new List<string>();
        for (var k = from + 1; k < to && parts.Count <= 8; k++)
            parts.Add(Chunk(phrases[k]));
        return parts.Count > 8 ? "long" : string.Join(' ', parts);
    }

    private static string Chunk(Phrase p)
    {
        switch (p.Kind)
        {
            case PhraseKind.Noun:
                if (p.Entity is { } e)
                    return e.IsPerson ? "<P>" : "<G>";
                var head = p.Head?.Lower;
                var owned = p.Owner is null ? "" : "'s";
                if (head is null)
                    return "N";
                var sense = RelationWords.NounOrPlural(head);
                return sense is not null ? "N" + owned + ":" + sense : RelationWords.LightNoun(head) is { } light ? "L:" + light : "N" + owned;
            case PhraseKind.Verb:
                var verb = p.Tokens.LastOrDefault(t => t.Is(PartsOfSpeech.AnyVerb));
                if (verb is null)
                    return "V";
                var lemma = RelationWords.Lemma(verb.Lower);
                if (lemma is not null && RelationWords.IsRelationVerb(lemma))
                    return "V:" + lemma + (verb.Is(PartOfSpeech.PastParticiple) ? "/pp" : "");
                return verb.Is(PartOfSpeech.PastParticiple) ? "Vpp" : "V";
            case PhraseKind.Comma:
                return ",";
            case PhraseKind.Preposition or PhraseKind.Conjunction or PhraseKind.Relative:
                return p.Lower;
            case PhraseKind.Open:
                return "(";
            case PhraseKind.Close:
                return ")";
            case PhraseKind.Boundary:
                return ";";
            default:
                return "_";
        }
    }

    private static readonly HashSet<string> NegationWords = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "nor", "denied", "denies", "deny", "nunca", "ni", "niega", "negó", "negaron", "niegan", "jamás",
    };

    private static bool Negated(List<Token> tokens, int a, int b)
    {
        for (var i = Math.Max(0, a - 3); i < b; i++)
        {
            if (NegationWords.Contains(tokens[i].Lower))
                return true;
        }
        return false;
    }
}
