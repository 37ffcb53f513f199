using System.Text;
using CrimeArchive.Data;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>A generated source text and what it was made to say, to check the import against:
/// <see cref="Groups"/> and <see cref="People"/> are those its body names, main group first.</summary>
public sealed record SearchText(string FileName, string Text, string Language, ArticleKind Kind, DateOnly Date, string? Country,
    string Title, IReadOnlyList<SearchGroup> Groups, IReadOnlyList<SearchPerson> People);

/// <summary>Makes a deterministic corpus for the search benchmark: texts of 3,000–8,000 characters in
/// the site's shapes (breadcrumb, kind line, title, byline, lead, body, analysis section, sometimes
/// the footer), about 80% English and 20% Spanish, dated 2011–2021 across ten countries, over a Zipf
/// vocabulary of tens of thousands of words per language, naming a few hundred invented groups and
/// people by their several names. Text i depends only on the seed and i, so a smaller corpus is the
/// start of a larger one.</summary>
public sealed class SearchCorpusGenerator
{
    /// <summary>Changes whenever the texts change: it names the stored corpus databases.</summary>
    public const int Version = 1;

    private static readonly DateOnly FirstDay = new(2011, 1, 1);
    private static readonly int Days = new DateOnly(2021, 12, 31).DayNumber - FirstDay.DayNumber + 1;

    private readonly int seed;

    public SearchCorpusGenerator(int seed = 42)
    {
        this.seed = seed;
        var random = new Random(seed);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        (English, Spanish) = SearchVocabulary.Create(random, englishSize: 50_000, spanishSize: 35_000, taken);
        Cast = SearchCast.Create(random, taken);
    }

    public SearchVocabulary English { get; }
    public SearchVocabulary Spanish { get; }
    public SearchCast Cast { get; }

    public IEnumerable<SearchText> Generate(int count)
    {
        for (var i = 0; i < count; i++)
            yield return Text(i);
    }

    /// <summary>Text number <paramref name="index"/> of any corpus made with this seed.</summary>
    public SearchText Text(int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var spanish = random.NextDouble() < 0.2;
        var book = spanish ? Phrasebook.Spanish : Phrasebook.English;
        var kind = random.NextDouble() switch { < 0.65 => ArticleKind.Brief, < 0.9 => ArticleKind.Analysis, _ => ArticleKind.Investigation };
        var date = DateOnly.FromDayNumber(FirstDay.DayNumber + random.Next(Days));
        var group = Cast.PickGroup(random);
        var rival = Cast.PickGroup(random);
        while (rival == group)
            rival = Cast.PickGroup(random);
        var person = random.NextDouble() < 0.7 ? Cast.PickMember(group, random) ?? Cast.PickPerson(random) : Cast.PickPerson(random);
        var second = random.NextDouble() < 0.5 ? Cast.PickPerson(random) : null;
        if (second == person)
            second = null;
        var country = random.NextDouble() < 0.85 ? group.Country : SearchPlaces.PickCountry(random);
        var tag = random.NextDouble() < 0.08 ? book.Tags[random.Next(book.Tags.Length)] : null;
        var cast = new TextCast(new GroupNaming(group, book.Language, random), new GroupNaming(rival, book.Language, random),
            new PersonNaming(person, book.Language, random), second is null ? null : new PersonNaming(second, book.Language, random),
            country, date.Year);

        var title = Title(book, cast, random);
        var (breadcrumb, kindLine) = book.Sections[kind];
        var text = new StringBuilder()
            .Append(breadcrumb).Append(title).Append('\n').Append(kindLine).Append("\n\n").Append(title).Append("\n\n")
            .Append(Byline(book, tag ?? country.Name(book.Language).ToUpperInvariant(), date, random)).Append("\n\n");
        Body(text, book, new ProseWriter(random, spanish ? Spanish : English, book, cast), kind, random);
        if (random.NextDouble() < 0.1)
            text.Append(Footer(book));
        return new SearchText($"search_{index:D6}.txt", text.ToString(), book.Language, kind, date, tag is null ? country.English : null, title,
            [.. new[] { cast.Group, cast.Rival }.Where(g => g.Mentioned).Select(g => g.Group)],
            [.. new[] { cast.Person, cast.Second }.Where(p => p?.Mentioned == true).Select(p => p!.Person)]);
    }

    // Paragraphs of three to six sentences up to a length drawn for the text (the sentence that would
    // pass it is left out, and the footer adds at most 300 characters); a brief has its analysis
    // section after a little more than half of it.
    private static void Body(StringBuilder text, Phrasebook book, ProseWriter writer, ArticleKind kind, Random random)
    {
        var target = 3_400 + random.Next(4_300);
        var analysisAt = kind == ArticleKind.Brief && random.NextDouble() < 0.7 ? text.Length + (target - text.Length) * 55 / 100 : int.MaxValue;
        text.Append(writer.Lead()).Append(' ').Append(writer.Body());
        while (true)
        {
            text.Append("\n\n");
            if (text.Length >= analysisAt)
            {
                text.Append(book.AnalysisHeading).Append("\n\n");
                analysisAt = int.MaxValue;
            }
            var sentences = 3 + random.Next(4);
            for (var s = 0; s < sentences; s++)
            {
                var sentence = writer.Body();
                if (text.Length + sentence.Length + 1 > target)
                {
                    text.Length = s == 0 ? text.Length - 2 : text.Length - 1;
                    return;
                }
                text.Append(sentence).Append(' ');
            }
            text.Length--;
        }
    }

    private static string Title(Phrasebook book, TextCast cast, Random random)
    {
        var frame = book.Titles[random.Next(book.Titles.Length)];
        var group = cast.Group.Bare();
        var withArticle = cast.Group.Group.Style == GroupStyle.Los ? group : "el " + group;
        return frame
            .Replace("{g}", group, StringComparison.Ordinal)
            .Replace("{r}", cast.Rival.Bare(), StringComparison.Ordinal)
            .Replace("{dg}", ProseWriter.Contract('d', withArticle), StringComparison.Ordinal)
            .Replace("{ag}", ProseWriter.Contract('a', withArticle), StringComparison.Ordinal)
            .Replace("{nick}", cast.Person.Person.Nickname, StringComparison.Ordinal)
            .Replace("{full}", cast.Person.Person.FullName, StringComparison.Ordinal)
            .Replace("{C}", cast.Country.Cities[random.Next(cast.Country.Cities.Count)], StringComparison.Ordinal)
            .Replace("{N}", cast.Country.Name(book.Language), StringComparison.Ordinal)
            .Replace("{Verb}", book.Verbs.Length > 0 ? book.Verbs[random.Next(book.Verbs.Length)] : "", StringComparison.Ordinal)
            .Replace("{Topic}", book.Topics[random.Next(book.Topics.Length)], StringComparison.Ordinal)
            .Replace("{topic}", book.Topics[random.Next(book.Topics.Length)], StringComparison.Ordinal);
    }

    private string Byline(Phrasebook book, string tag, DateOnly date, Random random)
    {
        var author = Cast.Authors[random.Next(Cast.Authors.Count)];
        if (random.NextDouble() < 0.1)
            author += (book.Language == "es" ? " Y " : " AND ") + Cast.Authors[random.Next(Cast.Authors.Count)];
        return $"{tag} / {date.Day} {book.Months[date.Month - 1]} {date.Year} {book.By} {author.ToUpperInvariant()} {book.Language.ToUpperInvariant()}";
    }

    private static string Footer(Phrasebook book) => book.Language == "es"
        ? "\n\n¿Te resultó útil este contenido?\n\nDONAR\n\nContenido relacionado\n\nMÉXICO / 2 MAY 2022\n\nUn nuevo informe describe cómo los traficantes mueven cocaína por los puertos…"
        : "\n\nshare icon icon icon\n\nWas this content helpful?\n\nDONATE\n\nWhat are your thoughts? Click here to send InSight Crime your comments.\n\nRelated Content\n\nMEXICO / 2 MAY 2022\n\nA new report describes how traffickers move cocaine through the ports of…";
}
