using System.Collections.Frozen;
using System.Reflection;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>The parts of speech a word can take, most likely first. English comes from the
/// embedded lexicon that tools/lexicon builds; Spanish from <see cref="SpanishWords"/>. Function
/// words are fixed here, because the corpus lexicon's noise on them ("the" as a verb) would
/// mislead the chunker more than anything else.</summary>
public static class Lexicon
{
    public readonly record struct Entry(PartOfSpeech Likely, PartOfSpeech All);

    private static readonly FrozenDictionary<string, Entry> English = ReadEnglish();

    public static Entry Lookup(string lower, bool spanish)
    {
        if (spanish && SpanishWords.Table.TryGetValue(lower, out var es))
            return es;
        if (FunctionWords.TryGetValue(lower, out var fixedEntry))
            return fixedEntry;
        if (English.TryGetValue(lower, out var en))
            return en;
        // A Spanish form in an English sentence, unless it is an English noun too ("his son", "an era").
        if (!spanish && lower is not ("son" or "era" or "sin") && SpanishWords.Table.TryGetValue(lower, out es))
            return es;
        return Guess(lower);
    }

    // An unknown word: its ending says more than nothing.
    private static Entry Guess(string lower)
    {
        if (lower.Length > 0 && char.IsDigit(lower[0]))
            return new(PartOfSpeech.Number, PartOfSpeech.Number | PartOfSpeech.Adjective);
        // The lexicon leaves out words that can only be nouns, so "family" would read as an adverb.
        if (lower.EndsWith("ly", StringComparison.Ordinal) && lower is not ("family" or "assembly" or "monopoly" or "anomaly"))
            return new(PartOfSpeech.Adverb, PartOfSpeech.Adverb);
        if (lower.EndsWith("ed", StringComparison.Ordinal))
            return new(PartOfSpeech.PastParticiple, PartOfSpeech.PastParticiple | PartOfSpeech.PastTense | PartOfSpeech.Adjective);
        if (lower.EndsWith("ing", StringComparison.Ordinal))
            return new(PartOfSpeech.Gerund, PartOfSpeech.Gerund | PartOfSpeech.Noun);
        return new(PartOfSpeech.Noun, PartOfSpeech.Noun);
    }

    private static readonly FrozenDictionary<string, Entry> FunctionWords = BuildFunctionWords();

    private static FrozenDictionary<string, Entry> BuildFunctionWords()
    {
        var table = new Dictionary<string, Entry>(StringComparer.Ordinal);
        void Add(PartOfSpeech pos, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                table[w] = new(pos, pos);
        }
        Add(PartOfSpeech.Determiner, "the a an this that these those each every some any no another both all either neither such");
        Add(PartOfSpeech.PossessivePronoun, "his her its their our my your whose");
        Add(PartOfSpeech.Pronoun, "he she it they him them who whom which we i you himself herself itself themselves one");
        Add(PartOfSpeech.Preposition, "of in on at by for with from to into onto over under against between among within without through during after before since until about across along around behind beyond despite toward towards upon via alongside amid amongst");
        Add(PartOfSpeech.Conjunction, "and or but nor yet so because although though while whereas if unless whether when where as than");
        Add(PartOfSpeech.Modal, "will would can could may might must shall should");
        Add(PartOfSpeech.Verb, "is are am be being");
        Add(PartOfSpeech.PastTense, "was were did had");
        Add(PartOfSpeech.PastParticiple, "been");
        Add(PartOfSpeech.Verb, "has have does do");
        Add(PartOfSpeech.Adverb, "not also still now then later once allegedly reportedly purportedly never already again formerly currently today nowadays");
        // "that" is a determiner before a noun and a subordinator before a clause: the clause reader decides.
        table["that"] = new(PartOfSpeech.Conjunction, PartOfSpeech.Conjunction | PartOfSpeech.Determiner | PartOfSpeech.Pronoun);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, Entry> ReadEnglish()
    {
        var table = new Dictionary<string, Entry>(50_000, StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CrimeArchive.Grammar.english-lexicon.tsv")
            ?? throw new InvalidOperationException("Embedded resource CrimeArchive.Grammar.english-lexicon.tsv is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (line.Length == 0 || line[0] == '#' || tab < 0)
                continue;
            var all = PartOfSpeech.None;
            for (var i = tab + 1; i < line.Length; i++)
                all |= PartsOfSpeech.FromLetter(line[i]);
            table[line[..tab]] = new(PartsOfSpeech.FromLetter(line[tab + 1]), all);
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
