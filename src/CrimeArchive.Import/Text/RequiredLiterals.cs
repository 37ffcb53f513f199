using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Text;

/// <summary>Reads a regular expression's pattern for literals that every match contains one of:
/// <c>\b(?:alias|(?:also\s+)?known\s+as|apodad[oa])\s+</c> gives "alias", "known", "apodado"
/// and "apodada". A text that holds none of them cannot match, which one vectorized search can tell
/// (<see cref="CuedRegex"/>).</summary>
/// <remarks>The same analysis as RE2's prefilter, reduced to one set of alternatives: a sequence
/// keeps its most selective part, an alternation needs a literal in every branch, anything that
/// can match without a literal (a class, an optional part, a back-reference) gives nothing.
/// Literals are compared without case, which only makes the test weaker; the one thing it does not
/// see is a letter written as its rare case-folding twin (the Kelvin sign for "K"), which news text
/// does not use.</remarks>
public static class RequiredLiterals
{
    // Cross products of exact strings grow fast: past this many they are cut at the run before.
    private const int MaxExact = 64;

    /// <summary>The literals, or null when a match may hold none of them.</summary>
    public static string[]? Of(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0)
            return null;
        try
        {
            var reader = new Reader(pattern);
            var info = reader.Alternation();
            if (reader.Position != pattern.Length)
                return null;
            return Required(info)?.Order(StringComparer.OrdinalIgnoreCase).ToArray();
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Whether the pattern can only match at the start of its input (or where the
    /// search starts): a search over the text would cost more than the match.</summary>
    public static bool IsAnchoredAtStart(string pattern) =>
        pattern.StartsWith('^') || pattern.StartsWith(@"\A", StringComparison.Ordinal) || pattern.StartsWith(@"\G", StringComparison.Ordinal);

    // Exact: the node matches one of these strings and nothing else. Otherwise Needed: every
    // match contains one of these; both null when nothing is known.
    private sealed record Info(HashSet<string>? Exact, HashSet<string>? Needed)
    {
        public static readonly Info Unknown = new(null, null);
        public static Info Empty() => new(Set(""), null);
        public static Info Literal(char c) => new(Set(c.ToString()), null);
    }

    // Literals are kept as written (lower-casing 'İ' would give an 'i' that ignoring case does not find).
    private static HashSet<string> Set(params IEnumerable<string> items) => new(items, StringComparer.OrdinalIgnoreCase);

    private static HashSet<string>? Required(Info info) =>
        info.Exact is { } exact ? (exact.Contains("") ? null : exact) : info.Needed;

    // The set whose weakest literal is rarest picks out the fewest texts: a longer literal is
    // rarer, and a word nearly every sentence holds is as weak as a single letter.
    private static HashSet<string>? Best(List<HashSet<string>> candidates) =>
        candidates.OrderByDescending(c => c.Min(Rarity)).ThenBy(c => c.Count).FirstOrDefault();

    private static int Rarity(string literal) => CommonWords.Contains(literal.Trim()) ? 1 : literal.Length;

    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "al", "and", "are", "as", "at", "by", "con", "de", "del", "el", "en", "es", "for", "from", "fue", "had", "has",
        "he", "her", "him", "his", "in", "is", "it", "its", "la", "las", "le", "lo", "los", "o", "of", "on", "or", "para",
        "por", "que", "se", "she", "su", "sus", "that", "the", "their", "they", "this", "to", "un", "una", "was", "were",
        "what", "which", "who", "with", "y",
    };

    private static HashSet<string> Cross(HashSet<string> a, HashSet<string> b)
    {
        var result = Set();
        foreach (var x in a)
            foreach (var y in b)
                result.Add(x + y);
        return result;
    }

    private sealed class Reader(string pattern)
    {
        public int Position;

        private bool AtEnd => Position >= pattern.Length;
        private char Peek => pattern[Position];

        public Info Alternation()
        {
            var branches = new List<Info> { Sequence() };
            while (!AtEnd && Peek == '|')
            {
                Position++;
                branches.Add(Sequence());
            }
            if (branches.Count == 1)
                return branches[0];
            if (branches.All(b => b.Exact is not null) && branches.Sum(b => b.Exact!.Count) <= MaxExact)
                return new Info(Set(branches.SelectMany(b => b.Exact!)), null);
            var needed = Set();
            foreach (var branch in branches)
            {
                if (Required(branch) is not { } r)
                    return Info.Unknown;
                needed.UnionWith(r);
            }
            return new Info(null, needed);
        }

        private Info Sequence()
        {
            var candidates = new List<HashSet<string>>();
            var run = Set("");
            var allExact = true;
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                var item = Quantified();
                if (item.Exact is { } exact && run.Count * exact.Count <= MaxExact)
                {
                    run = Cross(run, exact);
                    continue;
                }
                allExact = false;
                if (!run.Contains(""))
                    candidates.Add(run);
                run = Set("");
                if (Required(item) is { } r)
                    candidates.Add(r);
            }
            if (allExact)
                return new Info(run, null);
            if (!run.Contains(""))
                candidates.Add(run);
            return new Info(null, Best(candidates));
        }

        private Info Quantified()
        {
            var atom = Atom();
            if (AtEnd)
                return atom;
            int min, max;
            switch (Peek)
            {
                case '*': Position++; (min, max) = (0, int.MaxValue); break;
                case '+': Position++; (min, max) = (1, int.MaxValue); break;
                case '?': Position++; (min, max) = (0, 1); break;
                case '{' when TryCount(out min, out max): break;
                default: return atom;
            }
            if (!AtEnd && Peek == '?')
                Position++;
            if (min == 1 && max == 1)
                return atom;
            if (min == 0)
                return max == 1 && atom.Exact is { } exact ? new Info(Set([.. exact, ""]), null) : Info.Unknown;
            return new Info(null, Required(atom));
        }

        // {n}, {n,}, {n,m}; anything else is a literal brace.
        private bool TryCount(out int min, out int max)
        {
            min = max = 0;
            var close = pattern.IndexOf('}', Position);
            if (close < 0)
                return false;
            var body = pattern[(Position + 1)..close];
            var parts = body.Split(',');
            if (parts.Length > 2 || !int.TryParse(parts[0], out min))
                return false;
            if (parts.Length == 1)
                max = min;
            else if (parts[1].Length == 0)
                max = int.MaxValue;
            else if (!int.TryParse(parts[1], out max))
                return false;
            Position = close + 1;
            return true;
        }

        private Info Atom()
        {
            var c = pattern[Position++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Info.Unknown;
                case '^' or '$':
                    return Info.Empty();
                default:
                    return Info.Literal(c);
            }
        }

        private Info Group()
        {
            var zeroWidth = false;
            if (!AtEnd && Peek == '?')
            {
                Position++;
                var kind = Peek;
                if (kind == ':' || kind == '>' || kind == '=' || kind == '!')
                {
                    Position++;
                    zeroWidth = kind is '=' or '!';
                }
                else if (kind == '<' && Position + 1 < pattern.Length && pattern[Position + 1] is '=' or '!')
                {
                    Position += 2;
                    zeroWidth = true;
                }
                else if (kind is '<' or '\'')
                {
                    var close = pattern.IndexOf(kind == '<' ? '>' : '\'', Position + 1);
                    if (close < 0)
                        throw new NotSupportedException();
                    Position = close + 1;
                }
                else if (kind == '#')
                {
                    var close = pattern.IndexOf(')', Position);
                    if (close < 0)
                        throw new NotSupportedException();
                    Position = close + 1;
                    return Info.Empty();
                }
                else
                {
                    // Inline options: "(?-i:…)" opens a group, "(?i)" changes the rest.
                    var start = Position;
                    while (!AtEnd && (char.IsLetter(Peek) || Peek == '-'))
                        Position++;
                    var flags = pattern[start..Position];
                    if (AtEnd || flags.Length == 0 || flags.Replace("-", "").Any(f => f is not ('i' or 'm' or 'n' or 's')))
                        throw new NotSupportedException();
                    if (Peek == ')')
                    {
                        Position++;
                        return Info.Empty();
                    }
                    if (Peek != ':')
                        throw new NotSupportedException();
                    Position++;
                }
            }
            var inner = Alternation();
            if (AtEnd || Peek != ')')
                throw new NotSupportedException();
            Position++;
            // A lookaround's text may lie outside the match: it only narrows where the pattern matches.
            return zeroWidth ? Info.Empty() : inner;
        }

        // A class matches one character: a few plain ones ("[oa]", "[.!]") are exact, others unknown.
        private Info Class()
        {
            var chars = Set();
            var plain = true;
            var first = true;
            while (true)
            {
                if (AtEnd)
                    throw new NotSupportedException();
                var c = pattern[Position++];
                if (c == ']' && !first)
                    break;
                if (first && c == '^')
                {
                    plain = false;
                    continue;
                }
                else if (c == '[')
                    throw new NotSupportedException();
                else if (c == '\\')
                {
                    var e = pattern[Position++];
                    if (char.IsLetterOrDigit(e))
                    {
                        plain = false;
                        if (e is 'p' or 'P' && !AtEnd && Peek == '{')
                            Position = pattern.IndexOf('}', Position) + 1;
                    }
                    else
                        chars.Add(e.ToString());
                }
                else if (c == '-' && !first && !AtEnd && Peek != ']')
                    plain = false;
                else
                    chars.Add(c.ToString());
                first = false;
            }
            return plain && chars.Count is > 0 and <= 4 ? new Info(chars, null) : Info.Unknown;
        }

        private Info Escape()
        {
            if (AtEnd)
                throw new NotSupportedException();
            var c = pattern[Position++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Info.Empty();
                case 'p' or 'P':
                    if (!AtEnd && Peek == '{')
                        Position = pattern.IndexOf('}', Position) + 1;
                    return Info.Unknown;
                case 'k':
                    // \k<name>: a back-reference.
                    if (!AtEnd && Peek is '<' or '\'')
                        Position = pattern.IndexOf(Peek == '<' ? '>' : '\'', Position) + 1;
                    return Info.Unknown;
                case 'x' or 'u' or 'c':
                    throw new NotSupportedException();
                case 'n': return Info.Literal('\n');
                case 't': return Info.Literal('\t');
                case 'r': return Info.Literal('\r');
                case 'f': return Info.Literal('\f');
                case 'v': return Info.Literal('\v');
                case 'e': return Info.Literal('\u001b');
                case 'a': return Info.Literal('\a');
                default:
                    // \w, \s, \d and their negations, back-references by number.
                    if (char.IsLetterOrDigit(c))
                        return Info.Unknown;
                    return Info.Literal(c);
            }
        }
    }
}
