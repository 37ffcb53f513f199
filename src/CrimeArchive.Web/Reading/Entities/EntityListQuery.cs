using CrimeArchive.Data;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Web.Reading.Entities;

public sealed record EntityRow(string Slug, string Name, int Mentions, int Aliases);

/// <summary>How many entities of a kind start with a letter; "#" gathers names that start otherwise.</summary>
public sealed record LetterCount(string Letter, int Entities);

public sealed record EntityIndexPage(IReadOnlyList<LetterCount> Letters, string? Letter, PagedList<EntityRow> Entities)
{
    public int Total => Letters.Sum(l => l.Entities);
}

/// <summary>Reads the A–Z index of one kind of entity in two queries: the count under each letter,
/// and one page of names under the chosen letter (or of all names) in alphabetical order.</summary>
public sealed class EntityListQuery(ArchiveDbContext db)
{
    public const int PageSize = 100;
    public const string OtherLetter = "#";

    public async Task<EntityIndexPage> ByKindAsync(EntityKind kind, string? letter, int pageNumber, CancellationToken cancellationToken)
    {
        var ofKind = db.Entities.AsNoTracking().Where(e => e.Kind == kind);
        // Normalized names are lower-case and unaccented, so "Á" files under "a".
        var counts = await ofKind
            .GroupBy(e => e.NormalizedName.Substring(0, 1))
            .Select(g => new { First = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var letters = counts
            .GroupBy(c => IsLetter(c.First) ? c.First.ToUpperInvariant() : OtherLetter)
            .Select(g => new LetterCount(g.Key, g.Sum(c => c.Count)))
            .OrderBy(l => l.Letter == OtherLetter).ThenBy(l => l.Letter, StringComparer.Ordinal)
            .ToList();

        var listed = letter switch
        {
            null => ofKind,
            OtherLetter => ofKind.Where(e => !(string.Compare(e.NormalizedName, "a") >= 0 && string.Compare(e.NormalizedName, "{") < 0)),
            _ => ofKind.Where(e => e.NormalizedName.StartsWith(letter.ToLowerInvariant())),
        };
        var page = await listed
            .OrderBy(e => e.NormalizedName).ThenBy(e => e.Id)
            .ToPagedListAsync(e => new EntityRow(e.Slug, e.Name, e.Mentions.Count, e.Aliases.Count), pageNumber, PageSize, cancellationToken);
        return new EntityIndexPage(letters, letter, page);
    }

    /// <summary>"A" to "Z", or "#": anything else is not a letter of the index.</summary>
    public static string? ParseLetter(string? value) => value switch
    {
        null or "" => null,
        OtherLetter => OtherLetter,
        { Length: 1 } when IsLetter(value) => value.ToUpperInvariant(),
        _ => throw new FormatException($"“{value}” is not a letter of the index."),
    };

    private static bool IsLetter(string first) => first.Length == 1 && char.IsAsciiLetter(first[0]);
}
