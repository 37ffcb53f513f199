using System.Text;

namespace CrimeArchive.Search.Querying;

/// <summary>A word or a quoted phrase of a query, as the reader typed it.</summary>
public sealed record QueryPart(string Text, bool Phrase);

/// <summary>Parts of which one must match (joined by OR); a negated group must not match.</summary>
public sealed record QueryGroup(IReadOnlyList<QueryPart> Alternatives, bool Negated);

/// <summary>A query as read: every group must match, negated ones must not.</summary>
public sealed record ReadQuery(string Text, IReadOnlyList<QueryGroup> Groups)
{
    public bool IsEmpty => Groups.Count == 0;
    public bool HasPositive => Groups.Any(g => !g.Negated);
}

/// <summary>Reads what readers type into groups of words and phrases. It never fails: quoted
/// phrases, OR between two parts and a leading minus are operators; an unbalanced quote, an OR at
/// either end and any other syntax (Lucene's or SQL's) are read as plain words, which the analyzers
/// then reduce to their letters and digits.</summary>
public static class QueryReader
{
    public const int MaxLength = 500;
    public const int MaxGroups = 32;

    public static ReadQuery Read(string? text)
    {
        var clean = Clean(text);
        var tokens = Tokens(clean);
        var groups = new List<QueryGroup>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsOperator("AND") && i > 0 && i < tokens.Count - 1)
                continue;
            if (token.IsOperator("NOT") && i < tokens.Count - 1 && !tokens[i + 1].Negated)
            {
                tokens[i + 1] = tokens[i + 1] with { Negated = true };
                continue;
            }
            var alternatives = new List<QueryPart> { token.Part };
            // "a OR b OR c": one group; an OR with nothing on one side is a word.
            while (!token.IsOperator("OR") && i + 2 < tokens.Count && tokens[i + 1].IsOperator("OR") && !tokens[i + 2].IsOperator("OR"))
            {
                alternatives.Add(tokens[i + 2].Part);
                i += 2;
            }
            groups.Add(new QueryGroup(alternatives, token.Negated && alternatives.Count == 1));
        }
        // The same word twice asks nothing more; a query of many words is cut at a size no reader needs.
        var distinct = groups.DistinctBy(g => (g.Negated, string.Join('\u0001', g.Alternatives.Select(p => (p.Phrase ? "\"" : "") + p.Text.ToUpperInvariant()))))
            .Take(MaxGroups).ToList();
        return new ReadQuery(clean, distinct);
    }

    /// <summary>Control characters (NUL among them) out, spaces collapsed, the length capped.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
                break;
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c == '\uFFFD')
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                    builder.Append(' ');
            }
            else
                builder.Append(c);
        }
        // Do not leave half of a surrogate pair at the cut.
        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
            builder.Length--;
        return builder.ToString().Trim();
    }

    private sealed record Token(QueryPart Part, bool Negated, bool Bare)
    {
        public bool IsOperator(string word) => Bare && !Negated && !Part.Phrase && Part.Text == word;
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }
            var negated = false;
            if (text[i] == '-' && i + 1 < text.Length && text[i + 1] != ' ' && text[i + 1] != '-')
            {
                negated = true;
                i++;
            }
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close > i + 1)
                {
                    tokens.Add(new Token(new QueryPart(text[(i + 1)..close].Trim(), Phrase: true), negated, Bare: false));
                    i = close + 1;
                    continue;
                }
                // An unbalanced (or empty) quote is dropped; what follows is read as words.
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && text[end] != ' ' && text[end] != '"')
                end++;
            tokens.Add(new Token(new QueryPart(text[i..end], Phrase: false), negated, Bare: true));
            i = end;
        }
        return tokens;
    }
}
