using System.Buffers;
using System.Text;

namespace CrimeArchive.Import.Text;

/// <summary>Whether a text holds one of a set of words, in vectorized searches. A set of strings stays on the vectorized
/// search only while every one of them is ASCII: one word with an accent ("Crédito", "tío") would send the whole set to a
/// slow automaton that looks up every character. So the nonAsciiWords are searched for apart, and only in a text that holds the
/// first non-ASCII character of one of them, in any of its cases where case is ignored.</summary>
public sealed class WordSearch
{
    private readonly SearchValues<string>? ascii;
    private readonly SearchValues<char>? nonAsciiFirstCharacters;
    private readonly SearchValues<string>? nonAsciiWords;

    public WordSearch(IEnumerable<string> words, StringComparison comparison)
    {
        var all = words.ToArray();
        if (all.Where(w => Ascii.IsValid(w)).ToArray() is { Length: > 0 } plain)
            ascii = SearchValues.Create(plain, comparison);
        if (all.Where(w => !Ascii.IsValid(w)).ToArray() is { Length: > 0 } accented)
        {
            nonAsciiWords = SearchValues.Create(accented, comparison);
            var firsts = accented.Select(w => w.First(c => !char.IsAscii(c))).Distinct();
            nonAsciiFirstCharacters = SearchValues.Create(comparison == StringComparison.OrdinalIgnoreCase ? CaseForms(firsts) : firsts.ToArray());
        }
    }

    public bool IsIn(ReadOnlySpan<char> text) =>
        (ascii is not null && text.ContainsAny(ascii)) || (nonAsciiWords is not null && text.ContainsAny(nonAsciiFirstCharacters!) && text.ContainsAny(nonAsciiWords));

    // Every character that an ignore-case search takes for one of these: those with the same upper case.
    private static char[] CaseForms(IEnumerable<char> characters)
    {
        var uppers = characters.Select(char.ToUpperInvariant).ToHashSet();
        var forms = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (uppers.Contains(char.ToUpperInvariant(c)))
                forms.Add(c);
        }
        return [.. forms];
    }
}
