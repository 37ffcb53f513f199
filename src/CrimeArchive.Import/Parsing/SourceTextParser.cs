using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>Turns a decoded source text into a <see cref="ParsedDocument"/>: header, kind, text with
/// the site chrome removed, profile sections and factboxes. A text that is only chrome gets a
/// <see cref="ParsedDocument.SkipReason"/> (<see cref="PageTypeDetector.OnlyChrome"/>) rather than an
/// empty article, so that callers report it like any other page that is not an article.</summary>
public static partial class SourceTextParser
{
    public static ParsedDocument Parse(string text)
    {
        var lines = LineReader.Read(text);
        var header = HeaderParser.Parse(lines);
        if (PageTypeDetector.SkipReason(lines, header) is { } skip)
            return new ParsedDocument { SourceText = text, SkipReason = skip };
        var content = BodyReader.WithoutTrailingFurniture(BodyReader.Read(lines, header.LeadIndex, header.Byline?.Authors ?? []));
        if (header.StandfirstIndex is { } standfirst && content.Count > 0)
            content.Insert(0, lines[standfirst]);
        if (content.Count == 0)
            return new ParsedDocument { SourceText = text, SkipReason = PageTypeDetector.OnlyChrome };

        var isProfile = ProfileReader.LooksLikeProfile(content)
            || (header.ProfileBreadcrumb && header.Kind is null && !content.Any(l => BodyReader.IsAnalysisHeading(l.Text)))
            // A bare text with no header at all is a profile when its lead defines its subject.
            || (header.Kind is null && (header.Title is null || header.TitleUncertain) && ProfileReader.OpensWithDefinition(content[0].Text)
                && !content.Any(l => BodyReader.IsAnalysisHeading(l.Text)));
        var document = isProfile ? Profile(text, content, header.Title) : Article(text, content, header.Kind);
        var blocks = document.AllBlocks.OrderBy(b => b.Start).ToList();
        if (blocks.Count == 0)
            return new ParsedDocument { SourceText = text, SkipReason = PageTypeDetector.OnlyChrome };

        // A profile's title line stays as the page gives it, alias formula included ("X, alias 'Y'");
        // the entity it is about is named by the name alone (TitleDeriver.ProfileName).
        var title = header.Title;
        var derived = header.TitleUncertain;
        if (title is null)
        {
            title = (isProfile ? TitleDeriver.ProfileSubject(blocks[0].Text) : null) ?? TitleDeriver.Headline(blocks[0].Text);
            derived = true;
        }
        var byline = header.Byline;
        var tag = byline is null || byline.Tag.Length == 0 || Countries.Find(byline.Tag) is not null ? null : NameCasing.Tag(byline.Tag);
        var warnings = document.Warnings.ToList();
        if (header.TitleUncertain)
            warnings.Add("the line before the lead was taken as the title, but nothing confirms it; it may be a photo caption");
        if (IsCutOff(blocks[^1].Text))
            warnings.Add("the text seems cut off at the end (its last paragraph does not finish); what is there was kept");
        return document with
        {
            Title = title,
            TitleDerived = derived,
            Date = byline?.Date,
            YearHint = byline?.Date is null ? LatestYear(blocks) : null,
            // "POR ANA RUIZ Y LUIS MORA": the names joined the way the byline's language joins them.
            Author = byline is { Authors.Count: > 0 } ? string.Join(byline.Language == "es" ? " y " : " and ", byline.Authors) : null,
            Country = header.Country,
            Tags = tag is null ? [] : [tag],
            Language = header.Spanish || LanguageDetector.IsSpanish(blocks) ? "es" : "en",
            Warnings = warnings,
        };
    }

    private static ParsedDocument Profile(string text, List<SourceLine> content, string? title)
    {
        var profile = ProfileReader.Read(content);
        var lead = profile.Lead.Count > 0 ? profile.Lead[0].Text : (profile.Sections.Count > 0 ? profile.Sections[0].Paragraphs[0].Text : null);
        return new ParsedDocument
        {
            SourceText = text,
            Kind = KindClassifier.ProfileKind(profile.Factbox, lead, title),
            Body = profile.Lead,
            Sections = profile.Sections,
            Factbox = profile.Factbox,
            CountryFactbox = profile.CountryFactbox,
            Warnings = profile.Warnings,
        };
    }

    private static ParsedDocument Article(string text, List<SourceLine> content, DocumentKind? kind)
    {
        var article = ArticleReader.Read(content);
        return new ParsedDocument
        {
            SourceText = text,
            Kind = kind ?? DocumentKind.Brief,
            Body = article.Body,
            Analysis = article.Analysis,
        };
    }

    private static bool IsCutOff(string last) => TitleText.EndsWithEllipsis(last) || !TitleText.EndsSentence(last);

    private static int? LatestYear(IEnumerable<TextBlock> blocks)
    {
        int? latest = null;
        foreach (var block in blocks)
        {
            foreach (Match m in Year().Matches(block.Text))
            {
                var year = int.Parse(m.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (year is >= 1950 and <= 2100 && (latest is null || year > latest))
                    latest = year;
            }
        }
        return latest;
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20|21)\d\d(?!\d)")]
    private static partial Regex Year();
}
