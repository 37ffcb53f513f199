using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>Splits a sentence into tokens (each resolved name one token) and gives each word its
/// part of speech: the lexicon's likeliest, corrected by its neighbours the way a Brill tagger's
/// contextual rules do ("the head" is a noun, "to lead" a verb, "was led" a participle).</summary>
public static class Tagger
{
    public static List<Token> Tag(Sentence sentence, IReadOnlyList<SentenceMention> mentions, bool spanish)
    {
        var tokens = Split(sentence, mentions, spanish);
        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i].Tag = InContext(tokens, i);
            if (spanish && IsSpanishVerbByShape(tokens, i))
                tokens[i].Tag = PartOfSpeech.Verb;
            // "se encarga de", "se reunía con": a word after the reflexive "se" is its verb.
            else if (spanish && i >= 1 && tokens[i - 1].Lower == "se" && tokens[i].Tag == PartOfSpeech.Noun && !char.IsUpper(tokens[i].Text[0]))
                tokens[i].Tag = PartOfSpeech.Verb;
        }
        return tokens;
    }

    private static readonly string[] SpanishVerbEndings = ["aron", "ieron", "aban", "ían", "iene", "ienen", "an", "en", "ó", "ió", "aba", "ía"];

    // Spanish verbs outside the lemma tables: "Los Tilos dominan el puerto", "El grupo mantiene una
    // alianza con". A Spanish noun phrase does not stack nouns, so a word after its head with a verb's
    // ending, before an article, a preposition or a name, is the verb. Singular "-a"/"-e" forms are
    // too like adjectives ("la banda armada en") and are read only before an article.
    private static bool IsSpanishVerbByShape(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Tag != PartOfSpeech.Noun || t.All != PartOfSpeech.Noun || i == 0 || i + 1 >= tokens.Count || char.IsUpper(t.Text[0]))
            return false;
        // "-ó" and "-aron" are a past tense in any place ("huyó", "murió"): no noun ends so.
        var lower = t.Lower;
        if ((lower.EndsWith('ó') && lower.Length > 3 && !lower.EndsWith("ción", StringComparison.Ordinal)) || (lower.EndsWith("aron", StringComparison.Ordinal) && lower.Length > 5)
            || (lower.EndsWith("ieron", StringComparison.Ordinal) && lower.Length > 6))
            return true;
        var prev = tokens[i - 1];
        if (!(prev.IsName || prev.Tag == PartOfSpeech.ProperNoun || (prev.Tag == PartOfSpeech.Noun && i >= 2 && tokens[i - 2].Is(PartOfSpeech.Determiner))))
            return false;
        var next = tokens[i + 1];
        var article = next.Lower is "el" or "la" or "los" or "las" or "un" or "una" or "al";
        if (!article && !next.IsName && !next.Is(PartOfSpeech.Preposition))
            return false;
        // An accented final vowel is a verb's past ("pasó", "huyó"); the other endings need a longer word.
        if ((lower.EndsWith('ó') && lower.Length > 3) || (SpanishVerbEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)) && lower.Length > 4))
            return true;
        return article && lower.Length > 4 && (lower.EndsWith('a') || lower.EndsWith('e'));
    }

    private static List<Token> Split(Sentence sentence, IReadOnlyList<SentenceMention> mentions, bool spanish)
    {
        var tokens = new List<Token>(sentence.Text.Length / 5 + 4);
        var text = sentence.Text;
        var next = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (next < mentions.Count && mentions[next].Start - sentence.Start < i)
                next++;
            if (next < mentions.Count && mentions[next].Start - sentence.Start == i)
            {
                var m = mentions[next++];
                var length = Math.Min(m.End - m.Start, text.Length - i);
                tokens.Add(new Token(text.Substring(i, length), m.Start, PartOfSpeech.Name, PartOfSpeech.Name, m.Entity));
                i += length;
                continue;
            }
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var end = i + 1;
                while (end < text.Length && (char.IsLetterOrDigit(text[end])
                    || (text[end] is '-' or '\'' or '’' or '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]) && !IsPossessiveAt(text, end))))
                    end++;
                tokens.Add(Word(text.AsSpan(i, end - i), sentence.Start + i, i == 0 || tokens.Count == 0 || IsOpening(tokens[^1]), spanish));
                i = end;
                continue;
            }
            if (c is '\'' or '’' && IsPossessiveAt(text, i))
            {
                var length = i + 1 < text.Length && text[i + 1] == 's' ? 2 : 1;
                tokens.Add(new Token(text.Substring(i, length), sentence.Start + i, PartOfSpeech.PossessiveMarker, PartOfSpeech.PossessiveMarker));
                i += length;
                continue;
            }
            var mark = c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();
            tokens.Add(new Token(mark, sentence.Start + i, PartOfSpeech.Punctuation, PartOfSpeech.Punctuation, lower: mark));
            i++;
        }
        return tokens;
    }

    // "the gang's chief", "Los Gavilanes' chief": an apostrophe after a word, then "s" and a word break, or a break after a plural.
    private static bool IsPossessiveAt(string text, int i)
    {
        if (i == 0 || !char.IsLetter(text[i - 1]))
            return false;
        if (i + 1 < text.Length && text[i + 1] == 's')
            return i + 2 >= text.Length || !char.IsLetter(text[i + 2]);
        return text[i - 1] == 's' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));
    }

    private static bool IsOpening(Token t) => t.Text is "\"" or "“" or "(" or "«" or "‘" or "'" or ":" or "—";

    private static Token Word(ReadOnlySpan<char> surface, int start, bool first, bool spanish)
    {
        var (word, lower, entry) = Known(surface, spanish);
        if (char.IsUpper(word[0]) && !first && (entry.All & (PartOfSpeech.Determiner | PartOfSpeech.Pronoun | PartOfSpeech.PossessivePronoun | PartOfSpeech.Preposition | PartOfSpeech.Conjunction)) == 0)
            return new Token(word, start, PartOfSpeech.ProperNoun, PartOfSpeech.ProperNoun | entry.All, lower: lower);
        return new Token(word, start, entry.Likely, entry.All, lower: lower);
    }

    // A text repeats its words and a site its vocabulary: each word is cut, lower-cased and looked up in the
    // lexicon once per thread (per language, which the lexicon's answer depends on).
    [ThreadStatic] private static Dictionary<string, (string Lower, Lexicon.Entry Entry)>? englishWords;
    [ThreadStatic] private static Dictionary<string, (string Lower, Lexicon.Entry Entry)>? spanishWords;

    private static (string Word, string Lower, Lexicon.Entry Entry) Known(ReadOnlySpan<char> surface, bool spanish)
    {
        var store = spanish ? spanishWords ??= new(StringComparer.Ordinal) : englishWords ??= new(StringComparer.Ordinal);
        if (store.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surface, out var word, out var known))
            return (word, known.Lower, known.Entry);
        if (store.Count >= 100_000)
            store.Clear();
        word = surface.ToString();
        var lower = word.ToLowerInvariant();
        var entry = Lexicon.Lookup(lower, spanish);
        store[word] = (lower, entry);
        return (word, lower, entry);
    }

    // Every sentence has its commas and stops: one string each, not one per mark.
    private static readonly string[] AsciiMarks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "es", "son", "era", "eran", "fue", "fueron", "sido", "ser", "sería", "serían", "será", "serán", "get", "got", "gets",
        // "la red quedó encabezada por": "quedar" is Spanish's other passive auxiliary.
        "quedó", "quedaron", "queda", "quedan", "quedaba", "quedaban",
    };

    // "Están dirigidos por X": "estar" with a participle is a passive too, of a state.
    public static bool IsEstar(string lower) =>
        lower is "está" or "están" or "estaba" or "estaban" or "estuvo" or "estuvieron" or "estaría" or "estarían";

    private static PartOfSpeech InContext(List<Token> tokens, int i)
    {
        var t = tokens[i];
        // "has long been", "have since become": "long" or "since" between an auxiliary and its verb is an adverb.
        if (t.Lower is "long" or "since" && i >= 1 && tokens[i - 1].Lower is "has" or "have" or "had" && i + 1 < tokens.Count && tokens[i + 1].Can(PartOfSpeech.PastParticiple))
            return PartOfSpeech.Adverb;
        // "both belong to": "both" before a verb stands alone.
        if (t.Lower is "both" or "ambos" or "ambas" && i + 1 < tokens.Count && tokens[i + 1].Is(PartsOfSpeech.AnyVerb | PartOfSpeech.Modal) && !tokens[i + 1].Can(PartOfSpeech.Noun))
            return PartOfSpeech.Pronoun;
        if (t.IsName || t.All == t.Tag && (t.Tag & PartsOfSpeech.AnyVerb) == 0 && t.Tag != PartOfSpeech.Noun)
            return t.Tag;
        var prev = PreviousWord(tokens, i, skipAdverbs: false);
        var prevSkippingAdverbs = PreviousWord(tokens, i, skipAdverbs: true);
        var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
        if (prev is not null && prev.Is(PartOfSpeech.Determiner | PartOfSpeech.PossessivePronoun | PartOfSpeech.PossessiveMarker | PartOfSpeech.Adjective | PartOfSpeech.Number)
            && t.Can(PartOfSpeech.Noun) && !(prev.Is(PartOfSpeech.Adjective) && t.Is(PartsOfSpeech.AnyVerb) && !t.Can(PartOfSpeech.Adjective) && next?.Lower is "by"))
            return t.Can(PartOfSpeech.Adjective) && next is not null && next.Can(PartOfSpeech.Noun) && !next.Is(PartsOfSpeech.AnyVerb) && next.Tag != PartOfSpeech.Preposition
                ? PartOfSpeech.Adjective
                : PartOfSpeech.Noun;
        // "the security chief of G", "the cartel's finance chief.": after a noun, a word that may be a noun or an
        // adjective (never a verb) heads the phrase when no noun follows it.
        if (prev is { Tag: PartOfSpeech.Noun } && t.Can(PartOfSpeech.Noun) && t.Can(PartOfSpeech.Adjective) && !t.Can(PartsOfSpeech.AnyVerb)
            && (next is null || next.Is(PartOfSpeech.Preposition | PartOfSpeech.Punctuation)))
            return PartOfSpeech.Noun;
        // "its armed wing", "the disbanded EPS": a participle between an article and a noun describes the noun.
        if (prev is not null && prev.Is(PartOfSpeech.Determiner | PartOfSpeech.PossessivePronoun | PartOfSpeech.PossessiveMarker) && t.Can(PartOfSpeech.PastParticiple)
            && next is not null && (next.IsName || next.Can(PartOfSpeech.Noun) && !next.Is(PartsOfSpeech.AnyVerb) && next.Tag != PartOfSpeech.Preposition))
            return PartOfSpeech.Adjective;
        // "before founding his own group", "accused of leading": after a preposition, a relation verb's -ing form is the verb.
        if (prev is not null && prev.Is(PartOfSpeech.Preposition) && t.Lower.EndsWith("ing", StringComparison.Ordinal) && RelationWords.Lemma(t.Lower) is not null
            && next is not null && (next.IsName || next.Is(PartOfSpeech.Determiner | PartOfSpeech.PossessivePronoun)))
            return PartOfSpeech.Gerund;
        // "believed to head Los Pericos": after "to", a relation verb is the verb, though a name follows.
        if (prevSkippingAdverbs?.Lower is "to" && t.Can(PartOfSpeech.Verb) && RelationWords.Lemma(t.Lower) is not null)
            return PartOfSpeech.Verb;
        // "A and B command Los Pericos": after a person's name, a relation verb is the verb, though a name follows.
        if (prev is { IsName: true, Entity.IsPerson: true } && t.Can(PartOfSpeech.Verb) && RelationWords.Lemma(t.Lower) is not null)
            return PartOfSpeech.Verb;
        // An owner: "the Gavilanes gang's chief"; a title before a name: "Los Gavilanes chief Rosendo Mira".
        if (next is not null && next.Is(PartOfSpeech.PossessiveMarker) && t.Can(PartOfSpeech.Noun))
            return PartOfSpeech.Noun;
        if (next is { IsName: true } && t.Can(PartOfSpeech.Noun) && !t.Is(PartsOfSpeech.AnyVerb))
            return PartOfSpeech.Noun;
        // "el detenido", "the accused": a participle after an article, before no noun, is a noun.
        if (prev is not null && prev.Is(PartOfSpeech.Determiner) && t.Is(PartOfSpeech.PastParticiple)
            && (next is null || !(next.Is(PartOfSpeech.Noun | PartOfSpeech.ProperNoun | PartOfSpeech.Adjective) || next.IsName)))
            return PartOfSpeech.Noun;
        // "La Cordillera, aliado de Los Pepes": a Spanish participle used as a relation noun.
        // So is one after a possessive: "sería su aliado el Frente Norte".
        if (t.Is(PartOfSpeech.PastParticiple) && RelationWords.Noun(t.Lower) is not null && (next?.Lower is "de" or "del" || prev?.Lower is "su" or "sus"))
            return PartOfSpeech.Noun;
        // "went to war with": a relation noun, not an infinitive.
        // But "Los Zorzales fight alongside": after a subject it is the verb.
        if (RelationWords.LightNoun(t.Lower) is not null && next is not null && next.Is(PartOfSpeech.Preposition) && t.Can(PartOfSpeech.Noun)
            && !(t.Can(PartOfSpeech.Verb) && prev is not null && (prev.IsName || prev.Lower is "they" or "he" or "she" or "who" or "which" or "that")))
            return PartOfSpeech.Noun;
        if (prevSkippingAdverbs?.Lower is "to" && t.Can(PartOfSpeech.Verb))
            return PartOfSpeech.Verb;
        if (prevSkippingAdverbs is not null && prevSkippingAdverbs.Is(PartOfSpeech.Modal) && t.Can(PartOfSpeech.Verb))
            return PartOfSpeech.Verb;
        if (prevSkippingAdverbs is not null && (BeForms.Contains(prevSkippingAdverbs.Lower) || IsEstar(prevSkippingAdverbs.Lower)) && t.Can(PartOfSpeech.PastParticiple))
            return PartOfSpeech.PastParticiple;
        // "a gang run by X": a participle that is also a bare verb, before its agent.
        if (t.Can(PartOfSpeech.PastParticiple) && next?.Lower is "by" && prev is not null && !prev.Is(PartOfSpeech.Pronoun | PartOfSpeech.Modal) && prev.Lower is not ("to" or "who" or "that" or "which"))
            return PartOfSpeech.PastParticiple;
        // "Founded in the 1990s by X, it …": an English sentence opened by the form is its participle.
        if (t.Can(PartOfSpeech.PastParticiple) && t.Can(PartOfSpeech.PastTense))
            return next?.Lower is "by" or "por" || prev is null ? PartOfSpeech.PastParticiple : PartOfSpeech.PastTense;
        // "the network answers to X", "the gang operates in": a third-person verb after a singular
        // description's head, before a preposition.
        if (t.Can(PartOfSpeech.Verb) && t.Lower.EndsWith('s') && next is not null && next.Is(PartOfSpeech.Preposition) && prev is not null
            && prev.Tag == PartOfSpeech.Noun && !prev.Lower.EndsWith('s') && i >= 2 && tokens[i - 2].Is(PartOfSpeech.Determiner | PartOfSpeech.PossessivePronoun))
            return PartOfSpeech.Verb;
        // "His cousin, X, commands the fighters": after a name set off by commas, a word that may be a
        // verb, before an article or a possessive, is the clause's verb.
        if (t.Can(PartOfSpeech.Verb) && prev?.Lower == "," && i >= 2 && (tokens[i - 2].IsName || tokens[i - 2].Tag == PartOfSpeech.ProperNoun)
            && next is not null && next.Is(PartOfSpeech.Determiner | PartOfSpeech.PossessivePronoun) && !Discourse.IsGroupWord(t.Lower))
            return PartOfSpeech.Verb;
        // "X leads", but "the Los Tilos gang": a group noun after a name is that name's head.
        if (t.Can(PartOfSpeech.Verb) && t.Can(PartOfSpeech.Noun) && prev is not null && !(prev.IsName && Discourse.IsGroupWord(t.Lower))
            && (prev.IsName || prev.Lower is "he" or "she" or "it" or "they" or "who" or "which" or "that"))
            return PartOfSpeech.Verb;
        // "the two founders still share", "X now runs": an adverb after a subject leaves the next word a verb.
        if (t.Can(PartOfSpeech.Verb) && prev is not null && prev != prevSkippingAdverbs && prevSkippingAdverbs is not null
            && (prevSkippingAdverbs.IsName || prevSkippingAdverbs.Tag == PartOfSpeech.ProperNoun || prevSkippingAdverbs.Lower is "he" or "she" or "it" or "they" or "who" or "which" or "that"
                || prevSkippingAdverbs.Tag == PartOfSpeech.Noun && prevSkippingAdverbs.Lower.EndsWith('s') != t.Lower.EndsWith('s')))
            return PartOfSpeech.Verb;
        return t.Tag;
    }

    private static Token? PreviousWord(List<Token> tokens, int i, bool skipAdverbs)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (skipAdverbs && tokens[j].Is(PartOfSpeech.Adverb))
                continue;
            return tokens[j];
        }
        return null;
    }
}
