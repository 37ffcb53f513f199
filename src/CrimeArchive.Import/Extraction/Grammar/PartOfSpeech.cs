namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>The word classes the clause reader needs: a coarse cut of the Penn Treebank tags,
/// enough to tell a verb group from a noun phrase and a participle from a finite verb.</summary>
[Flags]
public enum PartOfSpeech
{
    None = 0,
    Noun = 1 << 0,
    ProperNoun = 1 << 1,
    /// <summary>Base or present form: "lead", "leads".</summary>
    Verb = 1 << 2,
    PastTense = 1 << 3,
    PastParticiple = 1 << 4,
    Gerund = 1 << 5,
    Adjective = 1 << 6,
    Adverb = 1 << 7,
    Determiner = 1 << 8,
    Pronoun = 1 << 9,
    PossessivePronoun = 1 << 10,
    Preposition = 1 << 11,
    Conjunction = 1 << 12,
    Modal = 1 << 13,
    Particle = 1 << 14,
    Number = 1 << 15,
    /// <summary>"'s" after a name.</summary>
    PossessiveMarker = 1 << 16,
    Punctuation = 1 << 17,
    /// <summary>A name the entity finder resolved: a person or a group.</summary>
    Name = 1 << 18,
}

public static class PartsOfSpeech
{
    public const PartOfSpeech AnyVerb = PartOfSpeech.Verb | PartOfSpeech.PastTense | PartOfSpeech.PastParticiple | PartOfSpeech.Gerund;
    public const PartOfSpeech Nominal = PartOfSpeech.Noun | PartOfSpeech.ProperNoun | PartOfSpeech.Name | PartOfSpeech.Number;

    /// <summary>The letters tools/lexicon writes for each class.</summary>
    public static PartOfSpeech FromLetter(char letter) => letter switch
    {
        'N' => PartOfSpeech.Noun,
        'H' => PartOfSpeech.ProperNoun,
        'V' => PartOfSpeech.Verb,
        'D' => PartOfSpeech.PastTense,
        'P' => PartOfSpeech.PastParticiple,
        'G' => PartOfSpeech.Gerund,
        'J' => PartOfSpeech.Adjective,
        'R' => PartOfSpeech.Adverb,
        'T' => PartOfSpeech.Determiner,
        'O' => PartOfSpeech.Pronoun,
        'S' => PartOfSpeech.PossessivePronoun,
        'I' => PartOfSpeech.Preposition,
        'C' => PartOfSpeech.Conjunction,
        'M' => PartOfSpeech.Modal,
        'A' => PartOfSpeech.Particle,
        'X' => PartOfSpeech.Preposition,
        'U' => PartOfSpeech.Number,
        _ => PartOfSpeech.None,
    };
}
