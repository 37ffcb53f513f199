using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>An entity while a text is being read: its best name so far, the name keys it answers
/// to, and where it is mentioned.</summary>
public sealed class EntityDraft(EntityKind kind, string name, int firstStart)
{
    public EntityKind Kind { get; } = kind;
    private string name = name;
    private string[]? nameWords;

    public string Name
    {
        get => name;
        set
        {
            name = value;
            nameWords = null;
        }
    }
    /// <summary>Offset of the first full-name statement; a surname later than this may refer to it.</summary>
    public int FirstStart { get; set; } = firstStart;
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    public List<Mention> Mentions { get; } = [];

    /// <summary>The nicknames the text states for a person, normalized, article dropped: two people
    /// with different ones are never folded into one.</summary>
    public HashSet<string> Nicknames { get; } = new(StringComparer.Ordinal);

    /// <summary>Normalized words of a person's full name ("luis", "enrique", "calle", "serna").</summary>
    public string[] NameWords => nameWords ??= NameNormalizer.Normalize(Name).Split(' ');

    public bool IsPerson => Kind == EntityKind.Person;

    /// <summary>A group known only by the shape of its name, "the X Ys", which a family's plural shares: the
    /// consolidation drops it when the text names someone "X Y".</summary>
    public bool NamedByShapeOnly { get; set; }

    public override string ToString() => $"{Kind} {Name}";
}

public sealed record SentenceInfo(Sentence Sentence, List<Word> Words, List<NameSpan> Spans, int Index)
{
    private IReadOnlyList<PlaceMatch>? places;

    /// <summary>The places the place finder reads in the sentence alone, found when first asked for.</summary>
    public IReadOnlyList<PlaceMatch> Places => places ??= PlaceFinder.Find(Sentence.Text);

    /// <summary>The text between word <paramref name="k"/> - 1 and word <paramref name="k"/>: spaces and
    /// punctuation; empty before the first word.</summary>
    public ReadOnlySpan<char> GapBefore(int k) =>
        k <= 0 || k >= Words.Count ? [] : Sentence.Text.AsSpan(Words[k - 1].End - Sentence.Start, Words[k].Start - Words[k - 1].End);
}
