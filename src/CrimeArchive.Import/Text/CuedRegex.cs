using System.Buffers;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Text;

/// <summary>A pattern searched for in sentences, behind a test for the literals every match of it
/// contains (<see cref="RequiredLiterals"/>). Most sentences hold none of a rule's cue words, and
/// one vectorized search for them costs far less than the pattern's own scan, which tries a match
/// at every position whose first character could start one.</summary>
/// <remarks>The test reads the whole input string, whatever part of it a call searches, and each
/// pattern remembers its answer for the last string it was given on each thread: the rules search
/// one sentence many times, from each name in it.</remarks>
public sealed class CuedRegex
{
    private static readonly Regex Never = new("(?!)");
    private static int count;

    // Per pattern, by id: the last string tested on this thread and whether it held a cue.
    [ThreadStatic] private static string?[]? lastInputs;
    [ThreadStatic] private static bool[]? lastAnswers;

    private readonly Regex regex;
    private readonly bool cued;
    private readonly WordSearch? cues;
    // One-character cues ("o", "—") are searched as characters: among strings they would push the whole set
    // off the vectorized search onto a slow one (a case-insensitive automaton that looks up every character).
    private readonly SearchValues<char>? cueCharacters;
    private readonly int id;
    private readonly bool anchored;

    public CuedRegex(Regex regex)
    {
        this.regex = regex;
        id = Interlocked.Increment(ref count) - 1;
        anchored = RequiredLiterals.IsAnchoredAtStart(regex.ToString());
        if ((regex.Options & RegexOptions.RightToLeft) == 0 && RequiredLiterals.Of(regex.ToString(), regex.Options) is { } literals)
        {
            cued = true;
            var searchable = SearchableCues(literals);
            if (searchable.Where(c => !IsCaselessCharacter(c)).ToArray() is { Length: > 0 } words)
                cues = new WordSearch(words, StringComparison.OrdinalIgnoreCase);
            if (searchable.Where(IsCaselessCharacter).SelectMany(c => new[] { c[0], char.ToUpperInvariant(c[0]), char.ToLowerInvariant(c[0]) }).ToArray() is { Length: > 0 } characters)
                cueCharacters = SearchValues.Create(characters);
        }
    }

    private bool HoldsCue(ReadOnlySpan<char> input) =>
        (cueCharacters is not null && input.ContainsAny(cueCharacters)) || (cues is not null && cues.IsIn(input));

    // One ASCII character, whose two cases are all an ignore-case search matches, or one that is neither letter nor mark;
    // a Greek or Cyrillic letter has more forms than its upper and lower case, so it stays among the strings.
    private static bool IsCaselessCharacter(string cue) =>
        cue.Length == 1 && (char.IsAscii(cue[0]) || !char.IsLetter(cue[0])
            && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cue[0]) is not (System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark));

    /// <summary>What the test searches for, or null when the pattern runs on every text.</summary>
    public IReadOnlyList<string>? CueWords { get; private set; }

    public Regex Regex => regex;

    public bool IsMatch(string input) => MayMatch(input) && regex.IsMatch(input);

    // An anchored pattern fails fast where a search of the span would read all of it.
    public bool IsMatch(ReadOnlySpan<char> input) => (!cued || anchored || HoldsCue(input)) && regex.IsMatch(input);

    /// <summary>Whether the part of input from beginning, taken as the whole input (as
    /// <see cref="Regex.Match(string, int, int)"/> takes it), matches.</summary>
    public bool IsMatch(string input, int beginning, int length) => MayMatch(input) && regex.IsMatch(input.AsSpan(beginning, length));

    /// <summary>Whether the input holds a cue (or the pattern has none): a pattern built only for its cues asks this.</summary>
    internal bool MayMatchIn(string input) => MayMatch(input);

    public Match Match(string input) => MayMatch(input) ? regex.Match(input) : System.Text.RegularExpressions.Match.Empty;

    public Match Match(string input, int startat) =>
        MayMatch(input) ? regex.Match(input, startat) : System.Text.RegularExpressions.Match.Empty;

    public Match Match(string input, int beginning, int length) =>
        MayMatch(input) ? regex.Match(input, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    public MatchCollection Matches(string input) => MayMatch(input) ? regex.Matches(input) : Never.Matches(string.Empty);

    /// <summary>The matches of several patterns read as one alternation of them all: the leftmost first, the
    /// earlier pattern where two start together, the search going on from the end of each match taken.</summary>
    /// <remarks>Split, each pattern keeps cue words of its own and a narrow set of first letters, where one
    /// alternation of many has almost every letter for a first and is tried at nearly every position. A pattern
    /// whose next match starts inside one taken is searched again from that match's end, on the whole input, so
    /// that its anchors and look-behinds see what they would have seen.</remarks>
    public static List<Match> LeftmostMatches(ReadOnlySpan<CuedRegex> alternatives, string input)
    {
        var next = new Match[alternatives.Length];
        for (var i = 0; i < alternatives.Length; i++)
            next[i] = alternatives[i].Match(input);
        var taken = new List<Match>();
        var position = 0;
        while (true)
        {
            var best = -1;
            for (var i = 0; i < next.Length; i++)
            {
                if (next[i].Success && next[i].Index < position)
                    next[i] = position <= input.Length ? alternatives[i].Match(input, position) : System.Text.RegularExpressions.Match.Empty;
                if (next[i].Success && (best < 0 || next[i].Index < next[best].Index))
                    best = i;
            }
            if (best < 0)
                return taken;
            var match = next[best];
            taken.Add(match);
            position = match.Index + Math.Max(match.Length, 1);
        }
    }

    private bool MayMatch(string input)
    {
        if (!cued)
            return true;
        var inputs = lastInputs;
        var answers = lastAnswers;
        if (inputs is null || answers is null || inputs.Length <= id)
        {
            inputs = lastInputs = new string?[Math.Max(count, 256)];
            answers = lastAnswers = new bool[inputs.Length];
        }
        if (!ReferenceEquals(inputs[id], input))
        {
            inputs[id] = input;
            answers[id] = HoldsCue(input);
        }
        return answers[id];
    }

    // Any part of a required literal is required too: each keeps its longest run of ASCII, which the
    // search runs vectorized, unless that run is too short to pick out anything; a literal inside
    // another makes the longer one redundant.
    private string[] SearchableCues(string[] literals)
    {
        var runs = new List<string>();
        foreach (var literal in literals)
        {
            var longest = "";
            var start = 0;
            for (var i = 0; i <= literal.Length; i++)
            {
                if (i < literal.Length && char.IsAscii(literal[i]))
                    continue;
                if (i - start > longest.Length)
                    longest = literal[start..i];
                start = i + 1;
            }
            // "tío" keeps its accent rather than search for a bare "t".
            runs.Add(longest.Length >= Math.Min(3, literal.Length) ? longest : literal);
        }
        var kept = runs.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(r => !runs.Any(o => o.Length < r.Length && r.Contains(o, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        CueWords = kept;
        return kept;
    }
}
