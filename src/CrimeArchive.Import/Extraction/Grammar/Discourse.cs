using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>Who a pronoun or a description stands for, from the names read so far: "he" and "the
/// trafficker" for the person in focus, "it", "its" and "the gang" for the group in focus. A
/// profile's subject keeps a weight of its own throughout its profile.</summary>
public sealed class Discourse(EntityDraft? profileSubject)
{
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "trafficker", "narco", "capo", "kingpin", "suspect", "detainee", "fugitive", "man", "woman", "businessman", "criminal", "leader", "boss",
        "drug lord", "lord", "prisoner", "defendant", "accused", "brother", "politician", "mayor", "official", "founder", "co-founder",
        "detenido", "narcotraficante", "sospechoso", "hombre", "mujer", "empresario", "acusado", "capturado", "prófugo", "líder", "jefe", "fundador",
        "cabecilla", "detenida", "capturada", "acusada",
    };

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "group", "gang", "organization", "organisation", "cartel", "clan", "network", "syndicate", "mafia", "faction", "structure", "militia", "guerrilla", "federation",
        "coalition", "alliance", "family", "crew", "cell", "front", "bloc", "column", "ring", "outfit", "clique", "program",
        "grupo", "columna", "combo", "banda", "organización", "cártel", "cartel", "pandilla", "red", "clan", "estructura", "facción", "mafia", "guerrilla",
        "alianza", "coalición", "federación", "familia", "célula", "frente", "bloque", "sindicato", "clica", "clika", "mara", "programa",
    };

    // "the column", "the ring": also a newspaper's or an army's column, a boxing ring; they stand only for a group
    // the text has named as one. "The clique" and "the program" likewise: never the gang they belong to, and a
    // program may be the state's.
    private static readonly HashSet<string> KindOnlyNouns = new(StringComparer.Ordinal)
    {
        "column", "columna", "ring", "clique", "clica", "clika", "program", "programa",
    };

    public static bool IsGroupWord(string lower) => GroupNouns.Contains(lower);

    /// <summary>"trafficker", "detenido": a noun that describes a person.</summary>
    public static bool IsPersonWord(string lower) => PersonNouns.Contains(lower);

    // Salience: each mention adds to a name's weight (a clause subject twice), and every sentence
    // read fades all weights, so that focus follows what the text keeps talking about rather than
    // whatever was named last.
    private const double Fade = 0.6;
    private const double ProfileWeight = 1.5;
    // "X has led the gang since he founded it": a name earlier in the same sentence is the likelier antecedent.
    private const double SameSentenceWeight = 1;
    // A description's noun picks, among the groups in focus, one of its kind: "the front" the
    // Frente Sur rather than the army it split from, "the clan" the Arriaga clan.
    private const double KindWeight = 3;
    private readonly Dictionary<EntityDraft, double> weights = [];

    // What a sentence has added to each name so far: a name said twice in one sentence ("the
    // Ejército Popular (EPS)") is no more in focus than a name said once.
    private readonly Dictionary<EntityDraft, double> gainedHere = [];

    // The names the sentence before gave or stood for.
    private readonly HashSet<EntityDraft> previous = [];

    // A group the text has just brought in, named for the first time and described in apposition ("Los Grillos, an
    // older band that ran the docks"), with the sentences read since; no other group named after it.
    private EntityDraft? introduced;
    private int sinceIntroduced;
    // The group the text named last, or went back to as a clause's subject: a group brought in is in focus only
    // while nothing has been said of another since.
    private EntityDraft? lastGroup;

    public void NextSentence()
    {
        sinceIntroduced++;
        foreach (var e in weights.Keys)
            weights[e] *= Fade;
        previous.Clear();
        previous.UnionWith(gainedHere.Keys);
        gainedHere.Clear();
    }

    /// <summary>Called before the sentence's names are seen, with a group its first naming describes in apposition.</summary>
    public void Introduce(EntityDraft group)
    {
        if (!weights.ContainsKey(group) && group != profileSubject)
            (introduced, sinceIntroduced) = (group, 0);
    }

    /// <summary>"… pitted it against Los Grillos, an older band that ran the docks. Its leader, X": the group brought
    /// in by the sentence before or the one before that, which a sentence opening on "its leader" or "the group's
    /// leader" goes on about, rather than the group the text is about.</summary>
    public EntityDraft? JustIntroduced(string? noun) =>
        sinceIntroduced is 1 or 2 && introduced == lastGroup && (noun is null || GroupKinds.Of(noun) is not { } kind || KindsOf(introduced!).Count == 0 || IsOfKind(introduced!, kind))
            ? introduced : null;

    /// <summary>Whether this sentence or the one before has named the entity.</summary>
    public bool IsJustNamed(EntityDraft entity) => gainedHere.ContainsKey(entity) || previous.Contains(entity);

    /// <summary>Called with each name, in reading order.</summary>
    public void Saw(EntityDraft entity, bool asSubject)
    {
        if (!entity.IsPerson)
            lastGroup = entity;
        Weigh(entity, asSubject);
    }

    /// <summary>Called with what a pronoun or description was resolved to: it gains focus, but is not named again,
    /// unless it is a clause's subject ("It then moved north"): then the text is back on that group.</summary>
    public void Referred(EntityDraft entity, bool asSubject)
    {
        if (asSubject && !entity.IsPerson)
            lastGroup = entity;
        Weigh(entity, asSubject);
    }

    private void Weigh(EntityDraft entity, bool asSubject)
    {
        var gain = asSubject ? 2.0 : 1.0;
        var before = gainedHere.GetValueOrDefault(entity);
        if (gain <= before)
            return;
        weights[entity] = weights.GetValueOrDefault(entity) + gain - before;
        gainedHere[entity] = gain;
    }

    public EntityDraft? Person => MostSalient(person: true, here: null);

    public EntityDraft? Group => MostSalient(person: false, here: null);

    private EntityDraft? MostSalient(bool person, IReadOnlySet<EntityDraft>? here, string? kind = null)
    {
        EntityDraft? best = null;
        var bestWeight = 0.0;
        foreach (var (e, w) in weights)
        {
            if (e.IsPerson != person || (here is not null && here.Contains(e)) || (kind is not null && !person && IsOtherWorld(e, kind)))
                continue;
            var weight = w + (e == profileSubject ? ProfileWeight : 0) + (kind is not null && IsOfKind(e, kind) ? KindWeight : 0)
                + (gainedHere.ContainsKey(e) ? SameSentenceWeight : 0);
            if (weight > bestWeight)
                (best, bestWeight) = (e, weight);
        }
        if (best is null && profileSubject is not null && profileSubject.IsPerson == person && (here is null || !here.Contains(profileSubject)))
            return profileSubject;
        return best;
    }

    /// <summary>What a pronoun or a definite description without a name stands for, if anything;
    /// decided once per phrase, so that every rule reading the sentence sees the same answer.</summary>
    public EntityDraft? Resolve(Phrase np)
    {
        if (!np.IsResolved)
            np.Resolve(Meant(np));
        return np.Referent;
    }

    private EntityDraft? Meant(Phrase np)
    {
        var head = np.Head;
        if (head is null || head.IsName)
            return null;
        switch (head.Lower)
        {
            case "he" or "she" or "him" or "his" or "her" or "él" or "ella":
                return Person;
            case "it" or "its" or "they" or "their" or "them" or "ellos":
                return Group;
        }
        // "the group's leadership, which is headed by X", "its leadership": a group's leaders stand for the group.
        if (head.Lower is "leadership" or "liderazgo" or "cúpula" && np.Owner is { } owner)
            return owner.IsName ? owner.Entity is { IsPerson: false } named ? named : null
                : owner.Is(PartOfSpeech.PossessivePronoun) ? Owner(owner, RelationSense.LeaderOf) is { IsPerson: false } owning ? owning : null
                : IsGroupWord(owner.Lower) ? GroupCalled(owner.Lower, here: null) : null;
        // A capitalised head is a name the finder missed ("the Cartel of the Coast"), not a description.
        if (!np.IsDefinite || np.Tokens.Any(t => t.IsName) || char.IsUpper(head.Text[0]))
            return null;
        // "la célula andina", "the northern faction": a unit set apart by an adjective is one the text has
        // called by that kind, or none; never the group it is part of.
        if (GroupNouns.Contains(head.Lower) && RelationWords.Noun(head.Lower) == RelationSense.PartOf
            && np.Tokens.Any(t => t != head && !t.Is(PartOfSpeech.Determiner | PartOfSpeech.PossessivePronoun | PartOfSpeech.PossessiveMarker | PartOfSpeech.Number)
                && t.Lower is not ("armed" or "armado" or "urban" or "urbano" or "military" or "militar" or "political" or "político" or "other" or "otra" or "otro")) && GroupKinds.Of(head.Lower) is { } unitKind)
            return GroupCalled(head.Lower, here: null) is { } unit && IsOfKind(unit, unitKind) ? unit : null;
        if (KindOnlyNouns.Contains(head.Lower))
            return GroupCalled(head.Lower, here: null) is { } named && GroupKinds.Of(head.Lower) is { } kind && KindsOf(named).Contains(kind) ? named : null;
        if (GroupNouns.Contains(head.Lower))
            return GroupCalled(head.Lower, here: null);
        if (PersonNouns.Contains(head.Lower) || head.Lower.EndsWith("-old", StringComparison.Ordinal))
            return Person;
        return null;
    }

    /// <summary>"Both gangs", "the two men", "ambas bandas": the two names of that kind most in focus.</summary>
    public List<EntityDraft>? ResolvePair(Phrase np)
    {
        if (np.Head is not { } head || head.IsName || !np.Tokens.Any(t => t.Lower is "both" or "two" or "ambas" or "ambos" or "dos"))
            return null;
        // "both belong to the clique": "both" alone stands for the two people most in focus.
        if (np.Tokens.Count == 1)
            return np.First.Lower is "both" or "ambos" ? TopTwo(person: true) : null;
        var noun = head.Lower.EndsWith("es", StringComparison.Ordinal) && GroupNouns.Contains(head.Lower[..^2]) ? head.Lower[..^2] : head.Lower.TrimEnd('s');
        bool? person = GroupNouns.Contains(noun) || noun is "banda" or "grupo" or "organizacione" ? false
            : PersonNouns.Contains(noun) || noun is "men" or "hombre" or "brother" or "hermano" ? true : null;
        if (person is null)
            return null;
        return TopTwo(person.Value, person.Value ? null : GroupKinds.Of(noun));
    }

    // "the two factions": the two groups most in focus, those of the noun's kind first.
    private List<EntityDraft>? TopTwo(bool person, string? kind = null)
    {
        var pair = weights.Where(w => w.Key.IsPerson == person)
            .OrderByDescending(w => w.Value + (kind is not null && IsOfKind(w.Key, kind) ? KindWeight : 0)).Take(2).Select(w => w.Key).ToList();
        return pair.Count == 2 ? pair : null;
    }

    /// <summary>Whose a possessive pronoun before a relation word means: "its leader" and "su jefe"
    /// the group's; "his rivals" the person's; "sus enemigos" the person's in a person's profile.</summary>
    public EntityDraft? Owner(Token owner, RelationSense sense) => owner.Lower switch
    {
        // "su hermano menor", "his brother": kin are a person's.
        "his" or "her" or "su" or "sus" when sense is RelationSense.SiblingOf => Person,
        "its" or "their" => Group,
        // "his lieutenants": members of the group in focus, the one he serves or leads.
        "his" or "her" => sense is RelationSense.RivalOf or RelationSense.AllyOf ? Person : sense is RelationSense.MemberOf ? Group : null,
        "su" or "sus" => sense is RelationSense.RivalOf or RelationSense.AllyOf && profileSubject is { IsPerson: true } ? Person : Group,
        _ => null,
    };

    /// <summary>The group in focus that is none of <paramref name="here"/>: "the gang" in "X split
    /// from Y, the other faction of the gang" is neither X nor Y.</summary>
    public EntityDraft? GroupBefore(IReadOnlySet<EntityDraft> here, string? noun = null) => GroupCalled(noun, here);

    /// <summary>The person in focus that is none of <paramref name="here"/>: "el hermano de este, X" is not X's own brother.</summary>
    public EntityDraft? PersonBefore(IReadOnlySet<EntityDraft> here) => MostSalient(person: true, here);

    // The kinds each group was said to be, by its name's words ("Frente Sur") or by a description.
    private readonly Dictionary<EntityDraft, HashSet<string>> kindsSaid = [];

    private EntityDraft? GroupCalled(string? noun, IReadOnlySet<EntityDraft>? here) =>
        MostSalient(person: false, here, noun is null ? null : GroupKinds.Of(noun));

    /// <summary>"Los Tejones, a gang from the port": the noun a name was described with.</summary>
    public void Described(EntityDraft group, string noun)
    {
        if (GroupKinds.Of(noun) is { } kind)
            KindsOf(group).Add(kind);
    }

    /// <summary>"the family's money": whether a group may be the family a noun speaks of, for a
    /// family is as often a household as a clan; other nouns fit any group.</summary>
    public bool FitsFamilyWord(EntityDraft group, string noun) => GroupKinds.Of(noun) != "family" || IsOfKind(group, "family");

    // Street crime and armed insurgency are two worlds: "the gang" is no front or guerrilla the text has
    // named, nor is "the front" a cartel or a gang; a faction, a cell or a coalition may belong to either.
    private enum World { Either, StreetCrime, Insurgency }

    private static readonly Dictionary<string, World> Worlds = new(StringComparer.Ordinal)
    {
        ["gang"] = World.StreetCrime, ["clique"] = World.StreetCrime, ["cartel"] = World.StreetCrime, ["syndicate"] = World.StreetCrime,
        ["guerrilla"] = World.Insurgency, ["front"] = World.Insurgency, ["bloc"] = World.Insurgency, ["column"] = World.Insurgency, ["army"] = World.Insurgency,
    };

    private bool IsOtherWorld(EntityDraft group, string kind) =>
        Worlds.GetValueOrDefault(kind) is var world && world != World.Either && KindsOf(group) is { Count: > 0 } kinds
        && !kinds.Any(k => Worlds.GetValueOrDefault(k) == world) && kinds.Any(k => Worlds.GetValueOrDefault(k) is var other && other != World.Either && other != world);

    // "the gang" may be any group whose kind the text never said ("Los Pericos"), as well as one named a gang.
    private bool IsOfKind(EntityDraft group, string kind) =>
        KindsOf(group) is var kinds && (kinds.Contains(kind) || (kind == "gang" && kinds.Count == 0));

    private HashSet<string> KindsOf(EntityDraft group)
    {
        if (!kindsSaid.TryGetValue(group, out var kinds))
            kindsSaid[group] = kinds = GroupKinds.InName(group.Name);
        return kinds;
    }
}
