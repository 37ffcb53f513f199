using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

// Clause structure: subjects, relative antecedents and lists of names.
public sealed partial class ClauseRelations
{

    /// <summary>The subject of the verb group at k: the noun phrase that opens its clause, passing
    /// over appositions and relative clauses set off by commas; for a relative clause its
    /// antecedent; for "accused of running" the subject of "accused"; a pronoun or a description
    /// stands for what the discourse has in focus. Null when the clause shows none.</summary>
    private List<EntityDraft>? Subject(int k, int depth = 0)
    {
        // Every noun phrase asks whether it is its clause's subject, so the same verb is asked many
        // times a sentence; the answer is kept for the sentence.
        // Only names are kept: what a pronoun stands for changes as the sentence is read.
        if (depth == 0)
        {
            if (subjects.TryGetValue(k, out var known))
                return known;
            var found = FindSubject(k, 0);
            if (found is null || found.All(namesHere.Contains))
                subjects[k] = found;
            return found;
        }
        return FindSubject(k, depth);
    }

    private List<EntityDraft>? FindSubject(int k, int depth)
    {
        // "was a member of G before joining H": the gerund's subject is the main verb's.
        if (depth < 2 && k >= 2 && phrases[k - 1].Kind is PhraseKind.Preposition or PhraseKind.Conjunction
            && phrases[k - 1].Lower is "before" or "after" or "since" or "while" or "despite" or "antes" or "después" or "mientras"
            && phrases[k].First.Lower.EndsWith("ing", StringComparison.Ordinal) && PreviousVerbInClause(k - 1) is { } main)
            return Subject(main, depth + 1);
        var j = k - 1;
        for (var guard = 0; j >= 0 && guard < 12; guard++)
        {
            var p = phrases[j];
            switch (p.Kind)
            {
                case PhraseKind.Noun:
                    // "Osvaldo y Ramiro Arrieta son": the surnames shared by a list trail its last name.
                    if (p.Entity is null && j > 0 && phrases[j - 1].Entity is { IsPerson: true } && p.Tokens.All(t => t.Tag == PartOfSpeech.ProperNoun))
                    {
                        j--;
                        continue;
                    }
                    // "quien según la fiscalía administraba", "who according to prosecutors laundered": the source of a statement is no subject.
                    if (p.Entity is null && SourceOpening(j) is var opening and >= 0)
                    {
                        j = opening - 1;
                        continue;
                    }
                    // "X, whom prosecutors accuse of leading G", "X, a quien la Policía acusa de dirigir G": the one accused
                    // is the relative's antecedent, not the accuser.
                    if (j == k - 3 && j >= 1 && p.Entity is null && phrases[j - 1].Kind == PhraseKind.Relative && phrases[j - 1].Lower is "whom" or "quien" or "quienes"
                        && phrases[k - 1].Lower is "of" or "de" or "to" && phrases[k - 2].Kind == PhraseKind.Verb
                        && phrases[k - 2].Tokens.Any(t => AccusingVerbs.Contains(t.Lower)) && !phrases[k - 2].Tokens.Any(IsNegation))
                    {
                        j--;
                        continue;
                    }
                    // "was accused by prosecutors of running", "fue acusado por el fiscal X de lavar": a passive's
                    // agent, a title before it or not, between the verb and a gerund's or infinitive's preposition.
                    if (j == k - 2 && phrases[k - 1].Kind == PhraseKind.Preposition && phrases[k - 1].Lower is "of" or "de" or "for" or "with" or "con"
                        && (j >= 1 && phrases[j - 1] is { Kind: PhraseKind.Noun, Entity: null } ? j - 1 : j) is var agent
                        && agent >= 2 && phrases[agent - 1].Lower is "by" or "por" && phrases[agent - 2].Kind == PhraseKind.Verb && IsPassive(agent - 2))
                    {
                        j = agent - 2;
                        continue;
                    }
                    // "was held on suspicion of working with G", "detenido bajo sospecha de": the suspect is the one held
                    // ("acquitted on charges of" says the opposite, so only a verb of arrest or accusation).
                    if (j == k - 2 && j >= 2 && p.Entity is null && p.Head?.Lower is "suspicion" or "charges" or "charge" or "allegations" or "sospecha" or "sospechas" or "cargos"
                        && phrases[k - 1].Lower is "of" or "de" && phrases[j - 1].Kind == PhraseKind.Preposition && phrases[j - 1].Lower is "on" or "under" or "bajo" or "por"
                        && phrases[j - 2].Kind == PhraseKind.Verb && phrases[j - 2].Tokens.Any(t => ArrestVerbs.Contains(t.Lower)))
                    {
                        j -= 2;
                        continue;
                    }
                    if (j > 0 && phrases[j - 1].Kind == PhraseKind.Preposition)
                    {
                        // "The leader of G1 founded G2": the subject is the phrase "of" hangs on; after
                        // another preposition ("handed to buyers working for G") the clause shows none.
                        // "before he joined G": a subordinating word opens a clause whose subject is this phrase.
                        if (j == k - 1 && phrases[j - 1].Lower is "before" or "after" or "since" or "until" or "once" or "because" or "while" or "when" or "although")
                            return p.Entity is not null ? [p.Entity] : discourse.Resolve(p) is { } meantSubject ? [meantSubject] : null;
                        // "A finales de los noventa ingresó a G", "En 1996 ingresó": a phrase of time opening a Spanish sentence
                        // is no subject; but "Desde la cárcel dirigía G su hermano" names its subject after the verb.
                        if (j == 1 && spanish && p.Entity is null && IsTimePhrase(p) && !SubjectAfterVerb(k))
                            return ZeroSubject(k);
                        if (phrases[j - 1].Lower is not ("of" or "de" or "del"))
                            return null;
                        j -= 2;
                        continue;
                    }
                    if (p.Entity is not null)
                        return NameListEndingAt(j);
                    // "spent years fighting G": the time spent is no subject; the spender is.
                    if (depth < 2 && j == k - 1 && j >= 1 && p.Head is { } spent && TimeSpans.Contains(spent.Lower)
                        && phrases[j - 1].Kind == PhraseKind.Verb)
                        return Subject(j - 1, depth + 1);
                    return discourse.ResolvePair(p) ?? (discourse.Resolve(p) is { } meant ? [meant] : null);
                case PhraseKind.Relative:
                    // "a lieutenant who had run the shops and who set up G": a second relative shares the first one's antecedent.
                    if (j >= 2 && phrases[j - 1].Kind == PhraseKind.Conjunction && phrases[j - 1].Lower is "and" or "y" && PreviousRelative(j - 1) is { } firstRelative)
                    {
                        j = firstRelative;
                        continue;
                    }
                    var antecedent = j - 1;
                    // "a quien": the antecedent stands before the preposition.
                    if (antecedent >= 1 && phrases[antecedent].Kind == PhraseKind.Preposition && phrases[antecedent].Lower == "a" && phrases[j].Lower is "quien" or "quienes")
                        antecedent--;
                    // "Zacarías Lanza, uno de los tres socios que dirigen": the one named before "one of".
                    if (antecedent >= 3 && phrases[antecedent].Kind == PhraseKind.Noun && phrases[antecedent].Entity is null
                        && phrases[antecedent - 1].Lower is "of" or "de" && phrases[antecedent - 2].Lower is "one" or "uno" or "una"
                        && NameBeforeApposition(antecedent - 2) is var oneOf && oneOf >= 0 && phrases[oneOf].Entity is { IsPerson: true } one)
                        return [one];
                    // "A and B, both of whom are members": the names before "both of".
                    if (antecedent >= 2 && phrases[antecedent].Lower is "of" or "de" && phrases[antecedent - 1].Lower is "both" or "all" or "each" or "ambos" or "ambas" or "todos" or "todas")
                        antecedent -= 2;
                    // "the Vera brothers — A, B and C — who worked for G": the listed names.
                    if (antecedent >= 0 && phrases[antecedent].Kind is PhraseKind.Comma || (phrases[Math.Max(antecedent, 0)].Kind == PhraseKind.Boundary && phrases[Math.Max(antecedent, 0)].Lower is "—" or "–"))
                        antecedent--;
                    antecedent = SkipParenthesis(antecedent);
                    // "los hermanos Gildardo y Efrén Díaz, quienes": the shared surname closes the last name.
                    if (antecedent >= 1 && phrases[antecedent] is { Kind: PhraseKind.Noun, Entity: null } surname
                        && phrases[antecedent - 1] is { Kind: PhraseKind.Noun, Entity: { IsPerson: true } last }
                        && last.Name.EndsWith(" " + string.Join(' ', surname.Tokens.Select(t => t.Text)), StringComparison.Ordinal))
                        antecedent--;
                    // "X, a group from the south that was founded by": the description, not the place, is what "that" means.
                    // "X, the faction of the cartel that": a unit's description, not its parent.
                    if (antecedent >= 3 && phrases[antecedent - 1].Kind == PhraseKind.Preposition && phrases[antecedent - 2].Head is { } described
                        && (phrases[antecedent].Entity is not { IsPerson: false } && PlacePrepositions.Contains(phrases[antecedent - 1].Lower)
                            || phrases[antecedent - 1].Lower is "of" or "de" or "del" && RelationWords.Noun(described.Lower) == RelationSense.PartOf
                                && (phrases[antecedent - 2].IsDefinite || phrases[antecedent - 2].First.Lower is "a" or "an" or "una" or "un"))
                        && Discourse.IsGroupWord(described.Lower)
                        && NameBeforeApposition(antecedent - 2) is var describedAt && describedAt >= 0 && phrases[describedAt].Entity is { IsPerson: false } describedGroup)
                        return [describedGroup];
                    // "X, a former soldier who spent", "X, the man who created": a description in apposition is the name before it.
                    if (antecedent >= 2 && phrases[antecedent] is { Kind: PhraseKind.Noun, Entity: null } description
                        && description.First.Lower is "a" or "an" or "un" or "una" or "the" or "el" or "la"
                        && NameBeforeApposition(antecedent) is var namedAt && namedAt >= 0
                        && phrases[namedAt].Entity is { } appositive && (WantsPerson(p) is not { } wantsPerson || wantsPerson == appositive.IsPerson))
                        return [appositive];
                    if (antecedent >= 0 && phrases[antecedent].Kind == PhraseKind.Noun)
                    {
                        if (phrases[antecedent].Entity is { } e && WantsPerson(p) is { } person && e.IsPerson != person)
                            return AntecedentOfKind(antecedent, person) is { } other ? [other] : null;
                        return phrases[antecedent].Entity is not null ? NameListEndingAt(antecedent) : discourse.Resolve(phrases[antecedent]) is { } m ? [m] : null;
                    }
                    return null;
                case PhraseKind.Comma:
                    // "X, accused of heading G, was held": a participle set off after a name says it of the name.
                    if (j >= 1 && j + 1 < k && phrases[j + 1].Kind == PhraseKind.Verb && SetOffParticiples.Contains(phrases[j + 1].First.Lower)
                        && phrases[j - 1].Entity is { IsPerson: true } participleHolder)
                        return [participleHolder];
                    // "X, alias Y, the leader of Z, heads G": skip back over the set-off part.
                    var open = PreviousComma(j - 1);
                    if (open < 0)
                        return ZeroSubject(k);
                    // "Blanco's brother, Saul Blanco, is": the name in apposition is the subject.
                    if (open == j - 2 && phrases[j - 1].Entity is not null && open > 0 && phrases[open - 1].Kind == PhraseKind.Noun && phrases[open - 1].Entity is null
                        && (open < 2 || phrases[open - 2].Kind != PhraseKind.Preposition))
                        return [phrases[j - 1].Entity!];
                    // "The brothers, Luis, Omar and Raúl Cano, are accused of": the names set off after a plural
                    // noun are the subject, every one of them.
                    if (NamesSetOffAfterPlural(j) is { Count: > 1 } listed)
                        return listed;
                    // "One of them, the Ridge Boys, is now led by": the name says which one.
                    if (open == j - 2 && phrases[j - 1].Entity is not null && open > 0 && phrases[open - 1].Lower is "them" or "ellos" or "ellas" or "those" or "these")
                        return [phrases[j - 1].Entity!];
                    j = open - 1;
                    continue;
                case PhraseKind.Close:
                    j = SkipParenthesis(j);
                    continue;
                case PhraseKind.Preposition or PhraseKind.Verb:
                    // "accused of running", "believed to have founded", "arrested and charged with leading".
                    j--;
                    continue;
                case PhraseKind.Conjunction when p.Lower is "and" or "y":
                    // "joined G in 2001 and later worked for H": a second verb shares the first one's subject.
                    if (depth < 2 && Enumerable.Range(j + 1, k - j - 1).All(i => phrases[i].Kind == PhraseKind.Other)
                        && (VerbBeforeRelativeAside(j) ?? PreviousVerbInClause(j)) is { } first)
                        return Subject(first, depth + 1);
                    j--;
                    continue;
                // A closing quote after the comma: "known as “Los Berrío,” is led by".
                case PhraseKind.Other when p.IsAdverbs || IsQuote(p):
                    j--;
                    continue;
                default:
                    return ZeroSubject(k);
            }
        }
        return j < 0 ? ZeroSubject(k) : null;
    }

    private static readonly HashSet<string> AccusingVerbs = new(StringComparer.Ordinal)
    {
        "accuse", "accuses", "accused", "suspect", "suspects", "suspected", "believe", "believes", "believed",
        "acusa", "acusan", "acusaba", "acusaban", "acusó", "acusaron", "señala", "señalan", "señaló", "señalaron", "sindica", "sindican",
        "sindicó", "responsabiliza", "responsabilizan",
    };

    // Participles that open a clause set off after a person's name and say what he is thought to do or did.
    private static readonly HashSet<string> SetOffParticiples = new(StringComparer.Ordinal)
    {
        "accused", "suspected", "believed", "alleged", "said", "thought", "charged", "convicted", "wanted", "acusado", "acusada",
        "señalado", "señalada", "sindicado", "sindicada",
    };

    private static readonly HashSet<string> ArrestVerbs = new(StringComparer.Ordinal)
    {
        "held", "arrested", "detained", "jailed", "charged", "indicted", "captured", "investigated", "imprisoned", "extradited",
        "detenido", "detenida", "arrestado", "arrestada", "capturado", "capturada", "procesado", "procesada", "investigado",
        "investigada", "encarcelado", "encarcelada",
    };

    /// <summary>"The brothers, A, B and C, …", "Two smaller gangs, G and H, …" with <paramref name="comma"/> the
    /// comma closing the list: the names listed, all people or all groups, when a plural noun with no name of
    /// its own opens it; else null.</summary>
    private List<EntityDraft>? NamesSetOffAfterPlural(int comma)
    {
        var names = new List<EntityDraft>();
        var i = comma - 1;
        for (; i >= 0; i--)
        {
            if (phrases[i] is { Kind: PhraseKind.Noun, Entity: { } named } && (names.Count == 0 || named.Kind == names[0].Kind))
                names.Insert(0, named);
            // "Raúl Cano" closing the list is mentioned by its first name: the surname after it is all the names'.
            else if (i == comma - 1 && i > 0 && phrases[i] is { Kind: PhraseKind.Noun, Entity: null } && phrases[i - 1] is { Kind: PhraseKind.Noun, Entity.IsPerson: true })
                continue;
            else if (phrases[i].Kind != PhraseKind.Comma && phrases[i].Lower is not ("and" or "y" or "e"))
                break;
        }
        // i stops on the noun before the list's opening comma.
        return names.Count > 1 && i >= 0 && i + 1 < comma && phrases[i + 1].Kind == PhraseKind.Comma
            && phrases[i] is { Kind: PhraseKind.Noun, Entity: null } plural && plural.Last.Lower.EndsWith('s') && names.Distinct().Count() == names.Count
            ? names : null;
    }

    /// <summary>The name that the description at <paramref name="at"/> is set beside by a comma
    /// ("X, a gang", "X (Y), once the strongest gang"), or -1.</summary>
    private int NameBeforeApposition(int at)
    {
        var i = at - 1;
        if (i >= 0 && phrases[i].IsAdverbs)
            i--;
        if (i < 1 || phrases[i].Kind != PhraseKind.Comma)
            return -1;
        i = SkipParenthesis(i - 1);
        return i >= 0 && phrases[i].Entity is not null ? i : -1;
    }

    /// <summary>The name a description stands for: its own, once the apposition has named it, or the
    /// name it is set beside ("Los Teros, a smaller gang from Artigas").</summary>
    private EntityDraft? DescribedName(int description) =>
        phrases[description].Entity ?? (NameBeforeApposition(description) is var named && named >= 0 ? phrases[named].Entity : null);

    private int? PreviousRelative(int j)
    {
        for (var i = j - 1; i >= 0 && i >= j - 10; i--)
        {
            if (phrases[i].Kind == PhraseKind.Relative)
                return phrases[i].Lower == phrases[j + 1].Lower ? i : null;
            if (phrases[i].Kind is PhraseKind.Boundary or PhraseKind.Comma)
                return null;
        }
        return null;
    }

    /// <summary>"A has an alliance with B, which sells them rifles, and has clashed with C": after a relative
    /// clause set off by commas, ", and" joins the main clause's verb, not the relative's.</summary>
    private int? VerbBeforeRelativeAside(int conjunction)
    {
        if (conjunction < 1 || phrases[conjunction - 1].Kind != PhraseKind.Comma)
            return null;
        for (var i = conjunction - 2; i >= 1; i--)
        {
            if (phrases[i].Kind == PhraseKind.Relative)
                return phrases[i - 1].Kind == PhraseKind.Comma ? PreviousVerbInClause(i - 1) : null;
            if (phrases[i].Kind is PhraseKind.Comma or PhraseKind.Boundary)
                return null;
        }
        return null;
    }

    private int? PreviousVerbInClause(int j)
    {
        for (var i = j - 1; i >= 0; i--)
        {
            if (phrases[i].Kind == PhraseKind.Verb)
                return i;
            if (phrases[i].Kind is PhraseKind.Boundary or PhraseKind.Relative)
                return null;
        }
        return null;
    }

    // "who" and "quien" stand for people, "which" for things; "que" for either.
    private static bool? WantsPerson(Phrase relative) => relative.Lower switch
    {
        "who" or "whom" or "quien" or "quienes" => true,
        "which" => false,
        _ => null,
    };

    /// <summary>"X, a former commander of G, who fought Y": the relative passes over the nearer name of
    /// the wrong kind to the one its apposition describes.</summary>
    private EntityDraft? AntecedentOfKind(int from, bool person)
    {
        for (var i = from - 1; i >= 0 && i >= from - 8; i--)
        {
            if (phrases[i].Kind is PhraseKind.Boundary or PhraseKind.Relative)
                return null;
            if (phrases[i].Entity is { } e && e.IsPerson == person)
                return e;
        }
        return null;
    }

    // Spanish drops the subject: "Es el líder de G", "Fundó G en 2009" speak of the person in focus;
    // "Están dirigidos por X", "Controlan el puerto" (a plural verb) of the group in focus, whose
    // names ("Los Tilos") are plural where a person is not.
    private List<EntityDraft>? ZeroSubject(int k)
    {
        if (!spanish)
            return null;
        if (IsPluralVerb(phrases[k]) && discourse.Group is { } group)
            return [group];
        return discourse.Person is { } person ? [person] : null;
    }

    private static readonly string[] PluralEndings = ["an", "án", "en", "on"];

    /// <summary>"not", "never", "no", "nunca", "tampoco": a word that denies what its verb group says.</summary>
    private static bool IsNegation(Token t) => t.Lower is "not" or "no" or "never" or "nunca" or "tampoco";

    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "finales", "principios", "comienzos", "mediados", "inicios", "año", "años", "década", "mes", "meses", "semana", "entonces",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    };

    private static bool IsTimePhrase(Phrase p) => p.Head is { } head && (head.Is(PartOfSpeech.Number) || TimeNouns.Contains(head.Lower));

    // "dirigía Los Grillos su hermano menor", "se sumó a Los Grillos un joven contador": a noun phrase after the
    // verb's argument, with no preposition before it, is the clause's own subject.
    private bool SubjectAfterVerb(int k)
    {
        for (var i = k + 2; i < phrases.Count && phrases[i].Kind is not (PhraseKind.Comma or PhraseKind.Boundary or PhraseKind.Relative); i++)
        {
            if (phrases[i].Kind == PhraseKind.Noun && phrases[i - 1].Kind != PhraseKind.Preposition)
                return true;
        }
        return false;
    }

    // The verb group's first finite word in the third person plural: "están", "controlan", "surgieron", "son", "han".
    private static bool IsPluralVerb(Phrase verb)
    {
        var first = verb.Tokens.FirstOrDefault(t => t.Lower is not ("se" or "no" or "ya" or "también"));
        if (first is null || first.Lower.Length < 3)
            return false;
        foreach (var ending in PluralEndings)
        {
            if (first.Lower.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private bool IsClauseSubject(int k)
    {
        // The antecedent of "which supplies" is no subject of the sentence's main clause.
        if (k + 2 < phrases.Count && phrases[k + 1].Kind == PhraseKind.Comma && phrases[k + 2].Kind == PhraseKind.Relative)
            return false;
        for (var j = k + 1; j < phrases.Count && j <= k + 8; j++)
        {
            switch (phrases[j].Kind)
            {
                case PhraseKind.Verb:
                    return Subject(j) is { } s && phrases[k].Entity is { } e ? s.Contains(e)
                        : phrases[k].Entity is null && OnlyPrepositionalPhrases(k + 1, j);
                case PhraseKind.Boundary:
                    return false;
            }
        }
        return false;
    }

    // "Members of the gang at home include …": between a description and its verb, only phrases a preposition opens.
    private bool OnlyPrepositionalPhrases(int from, int to)
    {
        for (var i = from; i < to; i += 2)
        {
            if (i + 1 >= to || phrases[i].Kind != PhraseKind.Preposition || phrases[i + 1].Kind != PhraseKind.Noun)
                return false;
        }
        return true;
    }

    private int PreviousVerb(int j)
    {
        for (var i = j - 1; i >= 0 && i >= j - 4; i--)
        {
            if (phrases[i].Kind == PhraseKind.Verb)
                return i;
            if (phrases[i].Kind is PhraseKind.Boundary or PhraseKind.Relative)
                return -1;
        }
        return -1;
    }

    private int PreviousComma(int j)
    {
        for (var i = j; i >= 0; i--)
        {
            if (phrases[i].Kind is PhraseKind.Comma)
                return i;
            if (phrases[i].Kind is PhraseKind.Boundary)
                return -1;
        }
        return -1;
    }

    /// <summary>From a closing parenthesis (or a quote) back to before its opening; any other phrase stays.</summary>
    private int SkipParenthesis(int j)
    {
        if (QuotedNameBefore(j) is var quoted and >= 0)
            return quoted;
        if (j < 0 || phrases[j].Kind != PhraseKind.Close)
            return j;
        for (var i = j - 1; i >= 0; i--)
        {
            // "X, known as “el Toro” (the Bull), and Y": the quoted nickname before the gloss is X's own name too.
            if (phrases[i].Kind == PhraseKind.Open)
                return QuotedNameBefore(i - 1) is var glossed and >= 0 ? glossed : i - 1;
        }
        return -1;
    }

    // "X, conocido como “el Tigre”, máximo comandante": a closing quote at j after a nickname, X's own name; "X, alias
    // “Chuy,” and Y", with the comma the English style sets inside the quotes. -1 where j closes no quoted name.
    private int QuotedNameBefore(int j)
    {
        if (j >= 1 && IsQuote(phrases[j]) && phrases[j - 1].Entity is not null)
            return j - 1;
        if (j >= 2 && IsQuote(phrases[j]) && phrases[j - 1].Kind == PhraseKind.Comma && phrases[j - 2].Entity is not null)
            return j - 2;
        return -1;
    }

    /// <summary>The names among the items of a list starting at k, passing over items that are no
    /// names ("a fusion of the Tigres, Los Reyes and the Cuervo Clan" when one went unrecognised).</summary>
    private List<EntityDraft> ListItems(int k, out int end)
    {
        var names = new List<EntityDraft>();
        end = k;
        for (var i = k; i < phrases.Count; i++)
        {
            var p = phrases[i];
            if (p.Kind == PhraseKind.Noun)
            {
                if (p.Entity is { } e && !names.Contains(e))
                    names.Add(e);
                end = i;
            }
            else if (!(p.Kind == PhraseKind.Comma || p.Lower is "and" or "y" or "e"))
                break;
        }
        return names;
    }

    /// <summary>The names of a list starting at k: "A, B and C", "A y B".</summary>
    private List<EntityDraft> NameList(int k, out int end)
    {
        var list = new List<EntityDraft> { phrases[k].Entity! };
        end = k;
        var i = k + 1;
        while (i + 1 < phrases.Count && (phrases[i].Kind == PhraseKind.Comma || phrases[i].Lower is "and" or "y" or "e" or "or" or "o"))
        {
            // "A, known as “El Zurdo,” and B": the item's own nickname is passed over.
            var aside = phrases[i].Kind == PhraseKind.Comma ? NicknameAsideEnd(i, list[^1]) : null;
            if (aside is { } asideEnd)
                i = asideEnd;
            // "A, a former police officer, and B": an item's apposition is passed over.
            else if (phrases[i].Kind == PhraseKind.Comma && i + 2 < phrases.Count && phrases[i + 1].Kind == PhraseKind.Noun && phrases[i + 1].Entity is null
                && phrases[i + 1].First.Lower is "a" or "an" or "un" or "una" && phrases[i + 2].Kind == PhraseKind.Comma)
                i += 2;
            // "A, a former bus driver known as “El Maestro” (the Schoolmaster), and B": a longer one, up to the ", and";
            // "A, who owned three trawlers, and his half-brother, B": so is a relative clause.
            else if (phrases[i].Kind == PhraseKind.Comma && i + 1 < phrases.Count
                && (phrases[i + 1].Kind == PhraseKind.Noun && phrases[i + 1].Entity is null && phrases[i + 1].First.Lower is "a" or "an" or "un" or "una"
                    || phrases[i + 1].Kind == PhraseKind.Relative && phrases[i + 1].Lower is "who" or "que" or "quien")
                && ListGoesOnAfterApposition(i + 1) is { } resumed)
                i = resumed;
            var j = i + 1;
            // The quote that closes the nickname after its comma: “El Zurdo,” and B.
            if (aside is not null && j < phrases.Count && IsClosingQuote(phrases[j]))
                j++;
            if (phrases[i].Kind == PhraseKind.Comma && j < phrases.Count && phrases[j].Lower is "and" or "y")
                j++;
            // "por X y por sus hermanas E y M", "for A, for B and for C": the preposition said again.
            if (j + 1 < phrases.Count && phrases[j].Kind == PhraseKind.Preposition && k >= 1 && phrases[k - 1].Lower == phrases[j].Lower)
                j++;
            // "and his half-brother, B", "and their two sons, M and V": an item given by a description.
            if (j < phrases.Count && list[0].IsPerson && phrases[j].Entity is null)
                j = Named(j, agent: true);
            if (j >= phrases.Count || phrases[j].Entity is not { } e || e.IsPerson != list[0].IsPerson)
                break;
            list.Add(e);
            end = j;
            i = j + 1;
        }
        return list;
    }

    private static bool IsClosingQuote(Phrase p) => p.Kind == PhraseKind.Other && p.Lower is "\"" or "”" or "»" or "’" or "'";

    /// <summary>The comma that closes an aside giving <paramref name="item"/> another name (", known as
    /// “El Zurdo”,", ", alias Chucho,", ", conocido como el Flaco,"), the aside opening at the comma k.</summary>
    private int? NicknameAsideEnd(int k, EntityDraft item)
    {
        for (var c = k + 1; c + 1 < phrases.Count && c <= k + 4; c++)
        {
            var p = phrases[c];
            if (p.Entity == item)
            {
                var close = IsClosingQuote(phrases[c + 1]) && c + 2 < phrases.Count ? c + 2 : c + 1;
                return phrases[close].Kind == PhraseKind.Comma ? close : null;
            }
            if (!(p.Kind == PhraseKind.Other && p.Lower is "\"" or "“" or "«" or "‘" or "'") && !(p.Tokens.All(t => NamingWords.Contains(t.Lower) || t.Lower is "as" or "como" or "alias" or "also" or "better" or "más" or "mejor")))
                return null;
        }
        return null;
    }

    /// <summary>Where a list resumes after an item's apposition that starts at k: the comma before
    /// ", and B" with B a name of the same kind as the item; null if the clause ends first.</summary>
    private int? ListGoesOnAfterApposition(int k)
    {
        var item = phrases[k - 2].Entity;
        for (var c = k + 1; c + 2 < phrases.Count && c <= k + 14; c++)
        {
            if (phrases[c].Kind is PhraseKind.Boundary or PhraseKind.Relative)
                return null;
            if (phrases[c].Kind == PhraseKind.Comma)
                return phrases[c + 1].Lower is "and" or "y" && phrases[item?.IsPerson == true ? Named(c + 2, agent: true) : c + 2].Entity is { } next
                    && next.IsPerson == item?.IsPerson ? c : null;
        }
        return null;
    }

    /// <summary>The names of a list ending at k: "A and B founded".</summary>
    private List<EntityDraft> NameListEndingAt(int k, bool mixedKinds = false)
    {
        var list = new List<EntityDraft> { phrases[k].Entity! };
        // "B, conocido como “Lemitas”, ambos …": past the clause that gives the last name its nickname.
        for (var b = k - 1; b >= 1 && b >= k - 5; b--)
        {
            if (phrases[b].Entity == phrases[k].Entity && phrases[b + 1].Kind == PhraseKind.Comma)
            {
                k = b;
                break;
            }
        }
        var i = TitleStart(k) - 1;
        // "A, y una contadora, B, ambos …": a description set before the last name.
        if (i >= 2 && phrases[i].Kind == PhraseKind.Comma && phrases[i - 1] is { Kind: PhraseKind.Noun, Entity: null, Head.IsName: false }
            && phrases[i - 2].Lower is "and" or "y" or "e")
            i -= 2;
        // "To fend off A, B joined": a comma alone joins no list; "A, B and C" has its "and" last.
        var sawAnd = false;
        while (i - 1 >= 0 && (phrases[i].Kind == PhraseKind.Comma || phrases[i].Lower is "and" or "y" or "e"))
        {
            if (phrases[i].Kind == PhraseKind.Comma && !sawAnd)
                break;
            sawAnd = true;
            var j = i - 1;
            if (phrases[j].Kind == PhraseKind.Comma)
                j--;
            // "A, alias “Tucán” (The Toucan), and B": past a gloss in parentheses.
            j = SkipParenthesis(j);
            // "According to prosecutor X, A and B have been feuding": the source heads no list.
            if (j < 0 || phrases[j].Entity is not { } e || (e.IsPerson != list[0].IsPerson && !mixedKinds) || IsSource(TitleStart(j)))
                break;
            list.Add(e);
            i = TitleStart(j) - 1;
            if (phrases[i + 1].Kind == PhraseKind.Comma && phrases[i + 2].Lower is not ("and" or "y"))
                break;
        }
        return list;
    }

    /// <summary>Where the title words before the name at k begin: "former | Cali Cartel member | Victor Patiño".</summary>
    private int TitleStart(int k)
    {
        var start = k;
        while (start - 1 >= 0 && k - start < 2 && phrases[start - 1].Kind == PhraseKind.Noun && phrases[start - 1].Head is { IsName: false } head
            && head.Is(PartOfSpeech.Noun | PartOfSpeech.Adjective) && !phrases[start - 1].IsDefinite
            // "A and his brother B lead G": a kin noun with its possessive is a title too.
            && (phrases[start - 1].Owner is null || phrases[start - 1].Owner!.Is(PartOfSpeech.PossessivePronoun) && Kinship.Contains(head.Lower)))
            start--;
        return start;
    }

    private static bool IsQuote(Phrase p) => p.Tokens.Count == 1 && p.First.Text is "\"" or "“" or "”" or "«" or "»" or "'" or "‘" or "’";
}
