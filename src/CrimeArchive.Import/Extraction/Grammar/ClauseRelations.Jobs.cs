using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

// Jobs done for a group: who runs its money, heads its gunmen or one of its units, or works as its hand
// in any trade is one of its members. The text implies the membership rather than states it, so it gives
// way to a leadership of the same group; and it is never read of officials, who do such things to a group.
public sealed partial class ClauseRelations
{
    // "manages the group's finances", "maneja el dinero de la banda": a job done for a group.
    private static readonly HashSet<string> JobVerbs = new(StringComparer.Ordinal)
    {
        "manage", "handle", "run", "oversee", "coordinate", "administer", "supervise", "keep", "launder",
        "manejar", "administrar", "coordinar", "supervisar", "llevar", "lavar",
    };

    // Job verbs kept out of the lemma tables, where a lemma would send the verb down the relation verbs'
    // path: "controls the gang's finances", "se encarga de las finanzas". Participles are left out:
    // "el encargado" is a role noun, "controlado por" a passive.
    private static readonly Dictionary<string, string> OtherJobVerbs = FormsOf(
        ["controlar", "encargar", "ocupar"], ["control controls controlled controlling"], participles: false);

    // "worked as", "acted as", "fungía como": verbs that take the trade someone plies for a group.
    private static readonly Dictionary<string, string> WorkingVerbs = FormsOf(
        ["trabajar", "actuar", "operar", "fungir", "desempeñar", "servir"],
        ["work works worked working", "serve serves served serving", "act acts acted acting", "operate operates operated operating"], participles: true);

    private static Dictionary<string, string> FormsOf(string[] spanishLemmas, string[] otherForms, bool participles)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lemma in spanishLemmas)
            foreach (var (form, pos) in SpanishWords.Forms(lemma))
                if (participles || pos != PartOfSpeech.PastParticiple)
                    forms.TryAdd(form, lemma);
        foreach (var line in otherForms)
        {
            var words = line.Split(' ');
            foreach (var w in words)
                forms.TryAdd(w, words[0]);
        }
        return forms;
    }

    // Who does things to a group rather than for it: "El fiscal X coordina la investigación de la banda",
    // "General X commands its troops". Gang ranks ("commander", "lieutenant") are not among them, nor "father"
    // and "padre", which are kin before a name as often as priests.
    private static readonly HashSet<string> OfficialTitles = new(StringComparer.Ordinal)
    {
        "judge", "prosecutor", "detective", "general", "colonel", "captain", "sergeant", "agent", "officer", "commissioner", "inspector",
        "superintendent", "sheriff", "warden", "minister", "governor", "mayor", "senator", "bishop", "priest", "police",
        "attorney", "investigator", "president",
        "juez", "jueza", "fiscal", "fiscala", "coronel", "capitán", "sargento", "agente", "comisario", "subcomisario", "comisionado",
        "ministro", "ministra", "gobernador", "alcalde", "alcaldesa", "senador", "obispo", "sacerdote", "policía", "procurador",
        "investigador", "investigadora", "presidente", "director", "directora",
    };

    // What is done to a group, not for it: "la investigación de las finanzas de la banda", "the hunt for the gang", "its downfall".
    private static readonly HashSet<string> ActionsOnAGroup = new(StringComparer.Ordinal)
    {
        "investigation", "investigations", "inquiry", "probe", "case", "hunt", "pursuit", "search", "seizure", "seizures", "dismantling",
        "arrest", "arrests", "capture", "trial", "prosecution", "indictment", "killing", "killings", "attack", "attacks", "war", "fight",
        "raid", "raids", "surveillance", "infiltration", "extradition", "victims", "victim", "coverage", "report", "study", "defense", "defence",
        "investigación", "investigaciones", "caso", "persecución", "búsqueda", "incautación", "incautaciones", "desarticulación", "captura",
        "detención", "juicio", "acusación", "asesinato", "asesinatos", "ataque", "ataques", "guerra", "lucha", "combate", "operativo",
        "vigilancia", "infiltración", "extradición", "víctimas", "víctima", "expediente", "informe", "defensa", "revisión", "cobertura",
        // What someone is "responsible for" when it is blame: "the collapse of the gang", "la muerte de su jefe".
        "collapse", "downfall", "fall", "death", "deaths", "murder", "murders", "massacre", "violence", "disappearance", "split", "defeat",
        "caída", "muerte", "muertes", "masacre", "violencia", "desaparición", "derrota", "ruptura",
    };

    // Trades plied for a group by outsiders: a lawyer, a mediator or a reporter works for it without being one of it.
    private static readonly HashSet<string> OutsidersTrades = new(StringComparer.Ordinal)
    {
        "lawyer", "lawyers", "attorney", "mediator", "go-between", "producer", "reporter", "journalist",
        "abogado", "abogada", "abogados", "mediador", "mediadora", "productor", "periodista", "reportero",
    };

    // "X belongs to Los Tordos and handles the group's money": a group named in the sentence may be the one a description means.
    private static readonly IReadOnlySet<EntityDraft> ExcludeNone = new HashSet<EntityDraft>();

    private void JobForGroup(int k, Token verb)
    {
        var lemma = JobLemma(verb.Lower);
        // "commands the gang's gunmen", "dirige a los hombres armados de la banda", "leads its armed wing":
        // who leads a group's men, one of its units or departments serves the group; he does not lead it.
        var leadsAPart = lemma is null && RelationWords.Lemma(verb.Lower) is "lead" or "head" or "command" or "direct" or "dirigir" or "comandar" or "encabezar" or "liderar";
        var charge = ChargeHeld(k);
        if (lemma is null && !leadsAPart && charge < 0)
            return;
        // "no está a cargo de", "was never in charge of", "no maneja las finanzas": a job denied is none.
        if (phrases[k].Tokens.Any(IsNegation) || k >= 1 && phrases[k - 1].Tokens is [var only] && IsNegation(only))
            return;
        if (charge >= 0)
        {
            // "responsible for the collapse of G": blame, which IsCharge tells from a charge.
            if (IsCharge(charge) && GroupTheJobIsFor(charge) is { } chargedBy && !SubjectIsADescription(k) && Subject(k) is { } holders)
                foreach (var holder in holders.Where(w => w.IsPerson && !IsOfficial(w)))
                    AddJob(holder, chargedBy);
            return;
        }
        var o = k + 1;
        // "controla todavía las finanzas", "dirige hoy a los sicarios": an adverb before the object.
        if (o + 1 < phrases.Count && phrases[o].Tokens.Count == 1 && (phrases[o].First.Is(PartOfSpeech.Adverb) || phrases[o].Lower is "hoy" or "ahora" or "today" or "now"))
            o++;
        // "dirige a los sicarios": the personal "a" before a Spanish object; "se encarga de las finanzas".
        if (o + 1 < phrases.Count && phrases[o].Kind == PhraseKind.Preposition
            && (leadsAPart && spanish && phrases[o].Lower is "a" or "al" || lemma is "encargar" or "ocupar" && phrases[o].Lower is "de" or "del"))
            o++;
        // "ocupó las casas de la banda" took them; only "se ocupa de" is a job.
        else if (lemma == "ocupar")
            return;
        if (o >= phrases.Count || phrases[o].Kind != PhraseKind.Noun || phrases[o].Entity is not null
            || phrases[o].Head is not { } thing || Discourse.IsGroupWord(thing.Lower) || ActionsOnAGroup.Contains(thing.Lower))
            return;
        // "oversaw the clan's hitmen": who manages a group's men is one of it; so is who leads them
        // ("los hombres armados": a Spanish adjective may close the phrase).
        // "runs the clan's armed wing": as "leads" it.
        var fitting = leadsAPart || lemma == "run" && RelationWords.Noun(thing.Lower) == RelationSense.PartOf
            ? phrases[o].Tokens.Any(t => t.Is(PartOfSpeech.Noun) && IsGroupsUnitOrMen(t.Lower))
            : RelationWords.Noun(thing.Lower) is not { } role || role == RelationSense.MemberOf && lemma != "run";
        if (!fitting || GroupTheJobIsFor(o) is not { } group || IsPassive(k) || SubjectIsADescription(k) || Subject(k) is not { } workers)
            return;
        foreach (var worker in workers.Where(w => w.IsPerson && !IsOfficial(w)))
            AddJob(worker, group);
    }

    /// <summary>Where the thing a charge is held or taken of stands after the verb at <paramref name="k"/>, or -1:
    /// "está a cargo de los depósitos", "is in charge of the money", "took charge of its trucks", "is responsible for
    /// its stash houses".</summary>
    private int ChargeHeld(int k)
    {
        if (k + 4 < phrases.Count && (phrases[k + 1].Lower, phrases[k + 2].Lower, phrases[k + 3].Lower) is ("a", "cargo", "de" or "del") or ("in", "charge", "of"))
            return k + 4;
        if (k + 3 < phrases.Count && (phrases[k + 1].Lower, phrases[k + 2].Lower) is ("charge", "of") && phrases[k].Last.Lower is "took" or "take" or "takes" or "taken" or "taking"
            || k + 3 < phrases.Count && (phrases[k + 1].Lower, phrases[k + 2].Lower) is ("responsible", "for") or ("responsable", "de" or "del"))
            return k + 3;
        return -1;
    }

    /// <summary>The group whose thing the phrase at <paramref name="o"/> is: its owner ("the group's
    /// finances", "Los Tilos' money", "its gunmen"), the group at the end of one or two of-phrases
    /// ("el cobro de las extorsiones de la banda"), or the group it is done for ("lavar dinero para la banda").</summary>
    private EntityDraft? GroupTheJobIsFor(int o)
    {
        if (phrases[o].Owner is { } owner)
            return GroupOwning(owner);
        for (var i = o + 1; i + 1 < phrases.Count && i <= o + 3; i += 2)
        {
            if (phrases[i].Lower is not ("of" or "de" or "del" or "for" or "para") || phrases[i + 1].Kind != PhraseKind.Noun)
                return null;
            if (phrases[Named(i + 1)].Entity is not null || phrases[i + 1].Head is { } h && Discourse.IsGroupWord(h.Lower))
                return GroupNamedOrDescribed(i + 1);
            // Only a thing's thing: "the collection of the extortion payments of the gang", not a person's.
            if (phrases[i].Lower is "for" or "para" || !IsCharge(i + 1))
                return null;
        }
        return null;
    }

    /// <summary>"las finanzas", "the collection": a thing a member may be in charge of, before the group it
    /// is the group's ("el encargado de las armas de la organización"); not a person, a role or an action on the group.</summary>
    private bool IsCharge(int at) =>
        phrases[at] is { Kind: PhraseKind.Noun, Entity: null, Head: { } charge } && !Discourse.IsGroupWord(charge.Lower) && RelationWords.Noun(charge.Lower) is null
        && !Discourse.IsPersonWord(charge.Lower) && !IsKinNoun(charge.Lower) && !ActionsOnAGroup.Contains(charge.Lower);

    // What a group's member may be put at the head of: its men, one of its units, one of its departments.
    private static bool IsGroupsUnitOrMen(string lower) =>
        lower is "men" or "hombres" or "fighters" or "combatientes" or "gunmen" or "pistoleros" or "troops" or "tropas" or "guerrilleros" or "guerrillas"
        || RelationWords.Noun(lower) is RelationSense.MemberOf or RelationSense.PartOf || Departments.Contains(lower);

    private static string? JobLemma(string lower) =>
        RelationWords.Lemma(lower) is { } lemma && JobVerbs.Contains(lemma) ? lemma : OtherJobVerbs.GetValueOrDefault(lower);

    /// <summary>"worked as one of the clan's drivers", "acted as the group's contact in Miami", "trabajaba como
    /// chofer de la banda": whoever works as a group's hand, whatever the trade, is one of its members.</summary>
    private void WorkedAsGroupsHand(int k)
    {
        if (k < 2)
            return;
        var asAt = k - 1;
        // "as one of the clan's drivers".
        if (asAt >= 2 && phrases[asAt].Lower is "of" or "de" && phrases[asAt - 1].Lower is "one" or "uno" or "una")
            asAt -= 2;
        if (asAt < 1 || !AsWords.Contains(phrases[asAt].Lower) || phrases[asAt - 1].Kind != PhraseKind.Verb
            || !WorkingVerbs.ContainsKey(phrases[asAt - 1].Tokens[^1].Lower))
            return;
        var p = phrases[k];
        if (p.Entity is not null || p.Head is not { } trade || RelationWords.Noun(trade.Lower) is not null || Discourse.IsGroupWord(trade.Lower)
            || OutsidersTrades.Contains(trade.Lower))
            return;
        var group = p.Owner is { } owner ? GroupOwning(owner)
            : k + 2 < phrases.Count && phrases[k + 1].Lower is "of" or "for" or "de" or "del" or "para" ? GroupNamedOrDescribed(k + 2) : null;
        if (group is null || SubjectIsADescription(asAt - 1) || Subject(asAt - 1) is not { } workers)
            return;
        foreach (var worker in workers.Where(w => w.IsPerson && !IsOfficial(w)))
            AddJob(worker, group);
    }

    /// <summary>The group an owner stands for: a group's name, "its", or a description ("the clan's").</summary>
    private EntityDraft? GroupOwning(Token owner) =>
        owner.IsName ? owner.Entity is { IsPerson: false } named ? named : null
        : owner.Lower is "its" or "their" ? discourse.Group
        : owner.Is(PartOfSpeech.Noun) && Discourse.IsGroupWord(owner.Lower) && discourse.GroupBefore(ExcludeNone, owner.Lower) is { } meant
            && discourse.FitsFamilyWord(meant, owner.Lower) ? meant : null;

    /// <summary>The group named at <paramref name="at"/>, or the one in focus that a definite description
    /// there means ("de la banda", "the gang"); not a group word that is someone's ("la familia del alcalde").</summary>
    private EntityDraft? GroupNamedOrDescribed(int at) =>
        phrases[Named(at)].Entity is { } named ? named.IsPerson ? null : named
        : phrases[at].Head is { } head && Discourse.IsGroupWord(head.Lower) && (phrases[at].IsDefinite || at >= 1 && phrases[at - 1].Lower == "del")
            && !(at + 2 < phrases.Count && phrases[at + 1].Lower is "of" or "de" or "del" && phrases[at + 2].Kind == PhraseKind.Noun)
            && discourse.GroupBefore(ExcludeNone, head.Lower) is { } meant && discourse.FitsFamilyWord(meant, head.Lower) ? meant : null;

    // "the man who commanded the gang's gunmen": a description as the subject may be anyone the
    // sentence is about, the doer's victim as well as the doer; only a name or a pronoun gives the worker.
    private bool SubjectIsADescription(int verb)
    {
        var j = verb - 1;
        while (j >= 0 && phrases[j].IsAdverbs)
            j--;
        // "quien según la fiscalía administraba", "who according to prosecutors ran": the source is no subject.
        if (j >= 1 && phrases[j] is { Kind: PhraseKind.Noun, Entity: null } && SourceOpening(j) is var opening and >= 0)
            j = opening - 1;
        if (j >= 1 && phrases[j].Kind == PhraseKind.Relative)
            j = phrases[j - 1].Kind == PhraseKind.Comma ? j - 2 : j - 1;
        return j >= 0 && phrases[j] is { Kind: PhraseKind.Noun, Entity: null, Head: { } head } && !head.IsName
            && !head.Is(PartOfSpeech.Pronoun | PartOfSpeech.PossessivePronoun);
    }

    // An official's title before the name, in its phrase or just before it: "El fiscal X", "Detective X".
    private bool IsOfficial(EntityDraft person)
    {
        // "Warden X": a title the name finder kept in the name.
        if (OfficialTitles.Contains(person.Name.Split(' ')[0].ToLowerInvariant()))
            return true;
        for (var i = 0; i < phrases.Count; i++)
        {
            var p = phrases[i];
            if (p.Entity != person)
                continue;
            if (p.Tokens.TakeWhile(t => t.Entity != person).Any(t => OfficialTitles.Contains(t.Lower))
                || i >= 1 && phrases[i - 1] is { Kind: PhraseKind.Noun, Entity: null, Head: { } title } && OfficialTitles.Contains(title.Lower))
                return true;
        }
        return false;
    }

    /// <summary>A membership implied by a job done for the group; one the text states as well stays stated.</summary>
    private void AddJob(EntityDraft worker, EntityDraft group)
    {
        var before = found.Count;
        Add(worker, RelationshipType.MemberOf, group, implying: true);
        if (found.Count > before)
            implied.Add(found[^1]);
    }
}
