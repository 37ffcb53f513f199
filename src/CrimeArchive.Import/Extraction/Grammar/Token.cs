using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>A word, a punctuation mark or a whole resolved name of a sentence, with its part of
/// speech in context (<see cref="Tag"/>) and every part of speech the lexicon allows it.</summary>
public sealed class Token(string text, int start, PartOfSpeech tag, PartOfSpeech all, EntityDraft? entity = null, string? lower = null)
{
    public string Text { get; } = text;
    public string Lower { get; } = lower ?? text.ToLowerInvariant();
    /// <summary>Offset in the source text.</summary>
    public int Start { get; } = start;
    public int End => Start + Text.Length;
    public PartOfSpeech Tag { get; set; } = tag;
    public PartOfSpeech All { get; } = all;
    public EntityDraft? Entity { get; } = entity;

    public bool Is(PartOfSpeech pos) => (Tag & pos) != 0;
    public bool Can(PartOfSpeech pos) => (All & pos) != 0;
    public bool IsName => Entity is not null;

    public override string ToString() => $"{Text}/{Tag}";
}
