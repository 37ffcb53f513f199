using System.Collections.Frozen;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>Spanish for the tagger: the function words, and the third-person forms, infinitive,
/// gerund and participles of the verbs the archive's texts use, generated from their lemmas by the
/// regular conjugations, and the stem change of the few verbs that have one.</summary>
public static class SpanishWords
{
    /// <summary>Regular verbs by lemma: the relation verbs of <see cref="RelationWords"/> and the
    /// common verbs of crime reporting that mark a clause.</summary>
    public static readonly string[] Verbs =
    [
        "liderar", "encabezar", "dirigir", "comandar", "controlar", "manejar", "fundar", "crear", "formar", "conformar",
        "establecer", "integrar", "pertenecer", "unir", "trabajar", "operar", "militar", "enfrentar", "combatir",
        "disputar", "pelear", "aliar", "colaborar", "asumir", "suceder", "heredar", "capturar", "arrestar", "detener",
        "asesinar", "matar", "acusar", "señalar", "considerar", "identificar", "informar", "declarar", "indicar",
        "extraditar", "condenar", "sentenciar", "traficar", "ordenar", "afirmar", "asegurar", "explicar",
        "vincular", "relacionar", "mantener", "buscar", "llegar", "quedar", "nacer", "morir", "huir", "escapar",
        "funcionar", "actuar", "ocupar", "obedecer",
    ];

    private static readonly string[] ParticipleEndings = ["", "a", "os", "as"];

    // The few stem-changing verbs among the lemmas: "competir" gives "compiten", not "competen".
    private static readonly HashSet<string> EToIVerbs = new(StringComparer.Ordinal) { "competir", "servir" };

    public static readonly FrozenDictionary<string, Lexicon.Entry> Table = Build();

    /// <summary>Every form <see cref="Forms"/> generates, mapped back to its lemma.</summary>
    public static readonly FrozenDictionary<string, string> LemmaOf = BuildLemmas();

    /// <summary>The third-person, non-finite and participle forms of a regular verb.</summary>
    public static IEnumerable<(string Form, PartOfSpeech Pos)> Forms(string lemma)
    {
        var reflexive = lemma.EndsWith("se", StringComparison.Ordinal);
        var verb = reflexive ? lemma[..^2] : lemma;
        var stem = verb[..^2];
        var ending = verb[^2..];
        var (finite, past, gerund, participle) = ending switch
        {
            "ar" => (new[] { "a", "an", "aba", "aban", "ará", "arán", "aría", "arían" }, new[] { "ó", "aron" }, "ando", "ado"),
            "er" => (new[] { "e", "en", "ía", "ían", "erá", "erán", "ería", "erían" }, new[] { "ió", "ieron" }, "iendo", "ido"),
            _ => (new[] { "e", "en", "ía", "ían", "irá", "irán", "iría", "irían" }, new[] { "ió", "ieron" }, "iendo", "ido"),
        };
        // "compite", not "compete": a stem-changing verb takes its changed stem where the ending is not a stressed i.
        var changeAt = EToIVerbs.Contains(verb) ? stem.LastIndexOf('e') : -1;
        var changed = changeAt >= 0 ? stem[..changeAt] + "i" + stem[(changeAt + 1)..] : stem;
        yield return (verb, PartOfSpeech.Verb);
        foreach (var e in finite)
            yield return ((e is "e" or "en" ? changed : stem) + e, PartOfSpeech.Verb);
        // "actúa", "alían": verbs in -uar and -iar may stress, and so accent, the stem's last vowel.
        if (ending == "ar" && stem.Length > 1 && stem[^1] is 'u' or 'i')
        {
            var stressed = stem[..^1] + (stem[^1] == 'u' ? "ú" : "í");
            yield return (stressed + "a", PartOfSpeech.Verb);
            yield return (stressed + "an", PartOfSpeech.Verb);
        }
        foreach (var e in past)
            yield return (changed + e, PartOfSpeech.PastTense);
        yield return (changed + gerund, PartOfSpeech.Gerund);
        foreach (var e in ParticipleEndings)
            yield return (stem + participle[..^1] + (e.Length == 0 ? "o" : e), PartOfSpeech.PastParticiple);
    }

    private static FrozenDictionary<string, Lexicon.Entry> Build()
    {
        var table = new Dictionary<string, Lexicon.Entry>(StringComparer.Ordinal);
        void Add(PartOfSpeech pos, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                table[w] = new(pos, pos);
        }
        foreach (var lemma in Verbs.Concat(RelationWords.SpanishVerbLemmas))
        {
            foreach (var (form, pos) in Forms(lemma))
                table.TryAdd(form, new(pos, pos));
        }
        // "una disputa", "la pelea", "los combates": verb forms that are nouns after an article.
        // "su principal aliado", "los integrantes": a participle or verb form that names a role is a noun after one too.
        foreach (var w in "disputa disputas pelea peleas combate combates control mando aliado aliados aliada aliadas integrante integrantes".Split(' '))
            table[w] = table.TryGetValue(w, out var verbForm) ? new(verbForm.Likely, verbForm.All | PartOfSpeech.Noun) : new(PartOfSpeech.Noun, PartOfSpeech.Noun);
        Add(PartOfSpeech.Determiner, "el la los las un una unos unas este esta estos estas ese esa esos esas aquel aquella otro otra otros otras cada ambos ambas");
        Add(PartOfSpeech.PossessivePronoun, "su sus cuyo cuya cuyos cuyas");
        Add(PartOfSpeech.Pronoun, "él ella ellos ellas se lo le les quien quienes cual cuales");
        Add(PartOfSpeech.Preposition, "de del a al en con por para sin sobre entre contra desde hasta hacia tras según durante ante bajo");
        Add(PartOfSpeech.Conjunction, "y e o u pero sino ni aunque porque cuando mientras donde como que si");
        Add(PartOfSpeech.Verb, "es son está están ser estar ha han haber tiene tienen");
        Add(PartOfSpeech.PastTense, "era eran fue fueron estaba estaban estuvo había habían tenía tenían sería serían será serán habría");
        Add(PartOfSpeech.PastParticiple, "sido estado");
        Add(PartOfSpeech.Gerund, "siendo");
        Add(PartOfSpeech.Adjective, "menor menores mayor mayores principal principales máximo máxima antiguo antigua");
        Add(PartOfSpeech.Adverb, "junto también ya no aún todavía luego después antes además presuntamente supuestamente actualmente entonces");
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildLemmas()
    {
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lemma in Verbs.Concat(RelationWords.SpanishVerbLemmas))
        {
            var bare = lemma.EndsWith("se", StringComparison.Ordinal) ? lemma[..^2] : lemma;
            foreach (var (form, _) in Forms(lemma))
                lemmas.TryAdd(form, bare);
        }
        return lemmas.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
