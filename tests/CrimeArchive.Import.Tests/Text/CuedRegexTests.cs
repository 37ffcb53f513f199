using System.Reflection;
using System.Text.RegularExpressions;
using CrimeArchive.Import.Tests.Quality;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Tests.Text;

public class CuedRegexTests
{
    private static readonly string[] AnnotatedSets = ["seeds", "dev", "own"];

    [Theory]
    [InlineData(@"\b(?:alias|(?:also\s+)?known\s+as)\b", "alias known")]
    [InlineData(@"conocid[oa]\s+como", "conocida conocido")]
    [InlineData(@"(?<=\()a\.?\)", "a) a.)")]
    [InlineData(@"\b(?:the\s+)?(?:jefe|líder)\s+de(?=\s+\p{Lu})", "jefe líder")]
    [InlineData(@"(?:led|run)\s+by", "led run")]
    [InlineData(@"(?-i:SHARE)\s+(?:this|esto)", "SHARE")]
    [InlineData(@"(?<name>\p{Lu}\w+),?\s+(?:alias|apodado)", "alias apodado")]
    [InlineData(@"(?:gang|group){1,3}", "gang group")]
    public void A_pattern_needs_one_of_its_literals(string pattern, string expected)
    {
        var literals = RequiredLiterals.Of(pattern, RegexOptions.IgnoreCase);
        Assert.NotNull(literals);
        Assert.Equal(expected.Split(' ').Order(StringComparer.OrdinalIgnoreCase), literals);
    }

    [Theory]
    [InlineData(@"\p{Lu}\w+")]
    [InlineData(@"(?:alias|\w+)\s+")]
    [InlineData(@"(?:known\s+as)?\s*\p{Lu}")]
    [InlineData(@"(?=alias)\w+")]
    [InlineData(@"(?:ab)*c?")]
    [InlineData(@"(?(x)a|b)")]
    public void A_pattern_that_can_match_without_a_literal_gives_none(string pattern)
    {
        Assert.Null(RequiredLiterals.Of(pattern, RegexOptions.None));
    }

    [Fact]
    public void A_gated_pattern_finds_what_the_pattern_finds()
    {
        var cued = new CuedRegex(new Regex(@"\b(?:known|conocid[oa])\s+(?:as|como)\s+(?<nick>\p{Lu}\w+)", RegexOptions.IgnoreCase));
        Assert.NotNull(cued.CueWords);
        const string sentence = "The man KNOWN as Tigre ran the port; his brother, conocido como Lince, ran the boats.";
        Assert.Equal(["Tigre", "Lince"], cued.Matches(sentence).Select(m => m.Groups["nick"].Value));
        Assert.Equal("Lince", cued.Match(sentence, 30).Groups["nick"].Value);
        Assert.False(cued.Match("Nobody here is named.").Success);
        Assert.Empty(cued.Matches("Nobody here is named."));
        // The part searched is the whole input to the pattern, so its anchors hold there.
        var anchored = new CuedRegex(new Regex(@"^\s*,\s*alias\s+", RegexOptions.IgnoreCase));
        const string text = "Juan Pérez, alias Tigre";
        Assert.True(anchored.IsMatch(text, 10, text.Length - 10));
        Assert.False(anchored.IsMatch(text, 0, text.Length));
    }

    [Fact]
    public void One_character_cues_gate_as_the_words_do()
    {
        // "o" and "—" are searched as characters, in either case for a letter; the words beside them as words.
        var cued = new CuedRegex(new Regex(@"^\s*(?:o|—)\s+(?<name>\p{Lu}\w+)|\bnicknamed\s+(?<name>\p{Lu}\w+)", RegexOptions.IgnoreCase));
        Assert.Equal(["nicknamed", "o", "—"], cued.CueWords!.Order(StringComparer.Ordinal));
        Assert.Equal("Tigre", cued.Match(" — Tigre").Groups["name"].Value);
        Assert.Equal("Lince", cued.Match(" O Lince").Groups["name"].Value);
        Assert.Equal("Puma", cued.Match("a man NICKNAMED Puma").Groups["name"].Value);
        Assert.False(cued.Match(" - Tigre").Success);
        // Searched over a span, an unanchored pattern is gated by the same cues.
        var unanchored = new CuedRegex(new Regex(@"\s(?:o|—)\s+(?<name>\p{Lu}\w+)", RegexOptions.IgnoreCase));
        Assert.True(unanchored.IsMatch("the man — Tigre".AsSpan()));
        Assert.True(unanchored.IsMatch("the man O Tigre".AsSpan()));
        Assert.False(unanchored.IsMatch("the man - Tigre".AsSpan()));
    }

    [Fact]
    public void Cues_with_a_letter_outside_ascii_gate_in_either_case()
    {
        // "tío" is searched apart from the ASCII words, and only where its "í" or "Í" stands.
        var cued = new CuedRegex(new Regex(@"\b(?:tío|uncle)\s+(?<name>\p{Lu}\w+)", RegexOptions.IgnoreCase));
        Assert.Equal(["tío", "uncle"], cued.CueWords!.Order(StringComparer.Ordinal));
        Assert.Equal("Beto", cued.Match("su tío Beto").Groups["name"].Value);
        Assert.Equal("Beto", cued.Match("SU TÍO Beto").Groups["name"].Value);
        Assert.Equal("Beto", cued.Match("his Uncle Beto").Groups["name"].Value);
        Assert.Equal("Beto", cued.Match("Su Tío Beto").Groups["name"].Value);
    }

    [Fact]
    public void Split_patterns_match_as_their_alternation_does()
    {
        // Read as "\b(?:known\s+as|as)\s+\p{Lu}\w+|\bcalled\s+\p{Lu}\w+", in that order.
        var knownAs = new Regex(@"\b(?:known\s+as|as)\s+\p{Lu}\w+");
        var called = new Regex(@"\bcalled\s+\p{Lu}\w+");
        var whole = new Regex(knownAs + "|" + called);
        CuedRegex[] split = [new(knownAs), new(called)];
        foreach (var sentence in (string[])["The man called Tigre, known as Lince, sailed as Puma.", "Nothing here.",
                     "She was called Known as Lince by all.", "known as Tigre called Lince"])
        {
            var expected = whole.Matches(sentence).Select(m => (m.Index, m.Value));
            Assert.Equal(expected, CuedRegex.LeftmostMatches(split, sentence).Select(m => (m.Index, m.Value)));
        }
        // A match of one pattern hidden inside its own dropped match is still found: "z w" after "x y".
        CuedRegex[] shadowed = [new(new Regex(@"\bx\s+y")), new(new Regex(@"\b(?:y\s+z\s+w|z\s+w)"))];
        Assert.Equal(["x y", "z w"], CuedRegex.LeftmostMatches(shadowed, "x y z w").Select(m => m.Value));
        // Where two start together, the earlier pattern's match is taken and the overlapping one dropped.
        CuedRegex[] tied = [new(new Regex(@"\bknown\s+as")), new(new Regex(@"\bknown\s+as\s+\w+"))];
        Assert.Equal(["known as"], CuedRegex.LeftmostMatches(tied, "known as Tigre").Select(m => m.Value));
    }

    // The importer's split patterns, read together, must find what their alternation finds in the annotated texts.
    [Fact]
    public void The_importers_split_patterns_match_as_their_alternation_on_the_annotated_texts()
    {
        var splits = typeof(CuedRegex).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(CuedRegex[]))
            .Select(f => (Name: f.Name, Patterns: (CuedRegex[])f.GetValue(null)!))
            .ToList();
        Assert.True(splits.Count >= 2, $"only {splits.Count} split patterns found");
        var lines = AnnotatedLines();
        var compared = 0;
        foreach (var (name, patterns) in splits)
        {
            var whole = new Regex(string.Join("|", patterns.Select(p => $"(?:{p.Regex})")), patterns[0].Regex.Options);
            foreach (var line in lines)
            {
                var expected = whole.Matches(line).Select(m => (m.Index, m.Length)).ToList();
                Assert.True(expected.SequenceEqual(CuedRegex.LeftmostMatches(patterns, line).Select(m => (m.Index, m.Length))), $"{name} differs on: {line}");
                compared += expected.Count;
            }
        }
        Assert.True(compared > 20, $"only {compared} matches compared");
    }

    // Every gate the extraction uses must let through every line its pattern matches in the
    // annotated texts: a gate that drops one changes the output.
    [Fact]
    public void No_gate_in_the_importer_hides_a_match_in_the_annotated_texts()
    {
        var gated = typeof(CuedRegex).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .SelectMany(f => f.FieldType == typeof(CuedRegex) ? [(Name: $"{f.DeclaringType!.Name}.{f.Name}", Regex: (CuedRegex)f.GetValue(null)!)]
                : f.FieldType == typeof(CuedRegex[]) ? ((CuedRegex[])f.GetValue(null)!).Select((r, i) => (Name: $"{f.DeclaringType!.Name}.{f.Name}[{i}]", Regex: r))
                : [])
            .ToList();
        Assert.True(gated.Count >= 20, $"only {gated.Count} gated patterns found");
        Assert.All(gated, g => Assert.True(g.Regex.CueWords is not null, $"{g.Name} has no cue words: it should stay a plain Regex"));
        var lines = AnnotatedLines();
        var checkedMatches = 0;
        foreach (var (name, regex) in gated)
            foreach (var line in lines)
            {
                // A fresh copy of the string, so that no remembered answer stands in for the test.
                var copy = new string(line);
                var expected = regex.Regex.IsMatch(copy);
                Assert.True(expected == regex.IsMatch(copy), $"{name} differs on: {line}");
                if (expected)
                    checkedMatches++;
            }
        Assert.True(checkedMatches > 100, $"only {checkedMatches} matches checked");
    }

    // The annotated texts cut at full stops: sentences, or near enough, for the patterns to search.
    private static List<string> AnnotatedLines() => AnnotatedSets
        .SelectMany(set => Directory.GetFiles(FixturePaths.Texts(set), "*.txt"))
        .SelectMany(File.ReadLines)
        .SelectMany(l => l.Split(". "))
        .Where(l => l.Length > 0)
        .ToList();
}
