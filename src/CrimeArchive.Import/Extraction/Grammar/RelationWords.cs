using System.Collections.Frozen;
using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>What a relation phrase's head means. A role held by a person or a group in a group
/// (<see cref="LeaderOf"/>, <see cref="Founded"/>, <see cref="MemberOf"/>), a part of a group
/// (a faction, a front: <see cref="PartOf"/>), a whole made of groups (a coalition:
/// <see cref="MadeOf"/>), or a tie between equals (rivals, allies, siblings).</summary>
public enum RelationSense { LeaderOf, Founded, MemberOf, PartOf, MadeOf, RivalOf, AllyOf, SiblingOf }

/// <summary>The relation words: role nouns and verb lemmas, English and Spanish. A verb's sense may
/// depend on the preposition that follows it ("work for" a group, "work with" an ally) or on the
/// light noun it takes ("take the reins of", "go to war with", "formar parte de").</summary>
public static class RelationWords
{
    private static readonly FrozenDictionary<string, RelationSense> Nouns = Table(new()
    {
        [RelationSense.LeaderOf] = "leader leaders head heads chief chiefs boss bosses commander commanders kingpin kingpins capo capos ringleader ringleaders chieftain "
            + "líder líderes lider lideres jefe jefes jefa cabecilla cabecillas comandante comandantes dirigente dirigentes capo capos "
            // A post once held, the prefix glued on: "exjefe de finanzas de la columna".
            + "exjefe exjefes exjefa exlíder exlíderes excabecilla "
            // A street gang's own rank for a clique's leader ("palabrero" is also a Wayuu mediator, "corredor" a broker).
            + "ranflero ranfleros "
            // A family clan's head: "its patriarch, X".
            + "patriarch matriarch patriarca matriarca",
        [RelationSense.Founded] = "founder founders co-founder co-founders cofounder cofounders fundador fundadores fundadora cofundador cofundadores",
        [RelationSense.MemberOf] = "member members operative operatives lieutenant lieutenants hitman hitmen enforcer enforcers emissary emissaries envoy envoys "
            + "operator operators figure figures militant militants financier financiers associate associates affiliate affiliates soldier soldiers "
            + "part second-in-command deputy deputies collector collectors accountant accountants treasurer bookkeeper recruiter recruiters courier couriers "
            + "gunman gunmen bodyguard bodyguards spokesman spokesmen spokesperson spokespeople negotiator negotiators "
            + "miembro miembros integrante integrantes sicario sicarios operador operadores lugarteniente lugartenientes emisario emisarios militante militantes "
            + "encargado encargada responsable contador tesorero cobrador cobradores financista escolta vocero voceros negociador negociadores "
            + "lookout lookouts exmiembro exmiembros exintegrante exintegrantes recruit recruits "
            // The trades a group's own people ply for it: "the clan's forger", "the gang's smugglers". Those that outside
            // helpers ply too (launderers, transporters, traffickers) stay out: the annotations make such helpers allies.
            + "forger forgers smuggler smugglers kidnapper kidnappers extortionist extortionists shooter shooters sniper snipers "
            + "fighter fighters coordinator coordinators organizer organizers supervisor supervisors dispatcher dispatchers chemist chemists "
            + "hacker hackers falsificador falsificadores coordinador coordinadores gatillero gatilleros extorsionador extorsionadores halcón halcones",
        [RelationSense.PartOf] = "faction factions wing wings cell cells front fronts bloc blocs block branch branches splinter splinters offshoot offshoots clique cliques "
            + "unit units subgroup subgroups arm franchise franchises "
            + "substructure substructures structure structures column columns "
            + "facción facciones frente frentes bloque bloques célula células brazo ala estructura estructuras subestructura subestructuras columna columnas escisión disidencia clica clicas clika clikas",
        [RelationSense.MadeOf] = "coalition federation fusion merger union confederation umbrella alliance "
            + "coalición federación fusión unión confederación alianza",
        [RelationSense.RivalOf] = "rival rivals enemy enemies foe foes nemesis adversary adversaries competitor competitors archenemy archenemies arch-enemy "
            + "archrival archrivals arch-rival rivales enemigo enemigos adversario adversarios archirrival archirrivales archienemigo archienemigos contrincante",
        [RelationSense.AllyOf] = "ally allies partner partners aliado aliados aliada aliadas socio socios",
        [RelationSense.SiblingOf] = "brother sister hermano hermana",
    });

    /// <summary>"kill", "attack": verbs of violence, which make rivals only when both sides do them to each other.</summary>
    public static bool IsViolence(string lemma) => lemma is "kill" or "murder" or "attack" or "shoot" or "ambush" or "target" or "hunt" or "fight" or "battle";

    /// <summary>Nouns that turn a verb into a relation phrase: "took the reins of", "went to war with".</summary>
    private static readonly FrozenDictionary<string, RelationSense> LightNouns = Table(new()
    {
        [RelationSense.LeaderOf] = "reins control command leadership helm charge mando liderazgo riendas control frente",
        [RelationSense.RivalOf] = "war wars battle battles fight feud dispute turf guerra guerras pugna disputa clash clashes conflict enfrentamiento enfrentamientos "
            + "confrontation confrontación conflicto shootout shootouts gunfight gunfights tiroteo tiroteos balacera balaceras",
        [RelationSense.AllyOf] = "alliance alliances pact partnership deal forces lot alianza alianzas pacto fuerzas backing support respaldo apoyo",
        [RelationSense.MemberOf] = "part parte",
    });

    private sealed record VerbSense(RelationSense Sense, string? Preposition);

    // lemma → senses by the word after it (null: a direct object). English forms are listed, Spanish ones generated.
    private static readonly FrozenDictionary<string, VerbSense[]> Verbs = new Dictionary<string, VerbSense[]>
    {
        ["lead"] = [new(RelationSense.LeaderOf, null)],
        ["head"] = [new(RelationSense.LeaderOf, null)],
        ["run"] = [new(RelationSense.LeaderOf, null)],
        ["command"] = [new(RelationSense.LeaderOf, null)],
        ["direct"] = [new(RelationSense.LeaderOf, null)],
        ["helm"] = [new(RelationSense.LeaderOf, null)],
        ["take"] = [new(RelationSense.LeaderOf, "over")],
        ["found"] = [new(RelationSense.Founded, null)],
        ["co-found"] = [new(RelationSense.Founded, null)],
        ["create"] = [new(RelationSense.Founded, null)],
        ["establish"] = [new(RelationSense.Founded, null)],
        ["form"] = [new(RelationSense.Founded, null)],
        ["set"] = [new(RelationSense.Founded, "up")],
        ["build"] = [new(RelationSense.Founded, null)],
        ["join"] = [new(RelationSense.MemberOf, null)],
        // "A y B conforman la alianza": each is a member.
        ["conformar"] = [new(RelationSense.MemberOf, null)],
        ["belong"] = [new(RelationSense.MemberOf, "to")],
        ["work"] = [new(RelationSense.MemberOf, "for"), new(RelationSense.AllyOf, "with"), new(RelationSense.AllyOf, "alongside")],
        ["serve"] = [new(RelationSense.MemberOf, "in")],
        ["fight"] = [new(RelationSense.RivalOf, null), new(RelationSense.RivalOf, "against"), new(RelationSense.RivalOf, "with"), new(RelationSense.MemberOf, "for"), new(RelationSense.AllyOf, "alongside")],
        ["battle"] = [new(RelationSense.RivalOf, null), new(RelationSense.RivalOf, "with"), new(RelationSense.RivalOf, "against")],
        ["clash"] = [new(RelationSense.RivalOf, "with")],
        ["confront"] = [new(RelationSense.RivalOf, null)],
        ["face"] = [new(RelationSense.RivalOf, null), new(RelationSense.RivalOf, "off")],
        ["attack"] = [new(RelationSense.RivalOf, null)],
        ["feud"] = [new(RelationSense.RivalOf, "with")],
        ["compete"] = [new(RelationSense.RivalOf, "with"), new(RelationSense.RivalOf, "against")],
        ["ally"] = [new(RelationSense.AllyOf, "with"), new(RelationSense.AllyOf, "to")],
        ["partner"] = [new(RelationSense.AllyOf, "with")],
        ["align"] = [new(RelationSense.AllyOf, "with")],
        ["collaborate"] = [new(RelationSense.AllyOf, "with")],
        ["cooperate"] = [new(RelationSense.AllyOf, "with")],
        ["team"] = [new(RelationSense.AllyOf, "with")],
        // "has lined up with", "sided with": took a side beside an ally.
        ["line"] = [new(RelationSense.AllyOf, "with")],
        ["side"] = [new(RelationSense.AllyOf, "with")],
        ["liderar"] = [new(RelationSense.LeaderOf, null)],
        ["encabezar"] = [new(RelationSense.LeaderOf, null)],
        ["dirigir"] = [new(RelationSense.LeaderOf, null)],
        ["comandar"] = [new(RelationSense.LeaderOf, null)],
        ["fundar"] = [new(RelationSense.Founded, null)],
        ["crear"] = [new(RelationSense.Founded, null)],
        ["integrar"] = [new(RelationSense.MemberOf, null)],
        ["pertenecer"] = [new(RelationSense.MemberOf, "a"), new(RelationSense.MemberOf, "al")],
        ["unir"] = [new(RelationSense.MemberOf, "a"), new(RelationSense.MemberOf, "al")],
        ["ingresar"] = [new(RelationSense.MemberOf, "a"), new(RelationSense.MemberOf, "al"), new(RelationSense.MemberOf, "en")],
        ["sumar"] = [new(RelationSense.MemberOf, "a"), new(RelationSense.MemberOf, "al")],
        ["incorporar"] = [new(RelationSense.MemberOf, "a"), new(RelationSense.MemberOf, "al")],
        ["trabajar"] = [new(RelationSense.MemberOf, "para"), new(RelationSense.AllyOf, "con")],
        ["militar"] = [new(RelationSense.MemberOf, "en")],
        ["participar"] = [new(RelationSense.MemberOf, "en")],
        // "manda en el clan Arcaya": who commands in a group leads it.
        ["mandar"] = [new(RelationSense.LeaderOf, "en")],
        ["enfrentar"] = [new(RelationSense.RivalOf, null), new(RelationSense.RivalOf, "a"), new(RelationSense.RivalOf, "al"), new(RelationSense.RivalOf, "con")],
        ["combatir"] = [new(RelationSense.RivalOf, null), new(RelationSense.RivalOf, "a"), new(RelationSense.RivalOf, "al"), new(RelationSense.RivalOf, "contra")],
        ["pelear"] = [new(RelationSense.RivalOf, "con"), new(RelationSense.RivalOf, "contra")],
        ["aliar"] = [new(RelationSense.AllyOf, "con"), new(RelationSense.AllyOf, "a")],
        ["colaborar"] = [new(RelationSense.AllyOf, "con")],
        // "the network answers to X": the group's leader is the object (see ClauseRelations.VerbGroup).
        ["answer"] = [new(RelationSense.LeaderOf, "to")],
        ["responder"] = [new(RelationSense.LeaderOf, "a"), new(RelationSense.LeaderOf, "al")],
        // "a former enforcer who split from G", "broke away from G", "se separó de G": once part of G.
        ["split"] = [new(RelationSense.MemberOf, "from"), new(RelationSense.MemberOf, "off")],
        ["break"] = [new(RelationSense.MemberOf, "from"), new(RelationSense.MemberOf, "away"), new(RelationSense.MemberOf, "off")],
        ["splinter"] = [new(RelationSense.MemberOf, "from"), new(RelationSense.MemberOf, "off")],
        ["defect"] = [new(RelationSense.MemberOf, "from")],
        ["separar"] = [new(RelationSense.MemberOf, "de"), new(RelationSense.MemberOf, "del")],
        ["escindir"] = [new(RelationSense.MemberOf, "de"), new(RelationSense.MemberOf, "del")],
        // "se disputa con G el control": a rival; "ambas bandas se disputan": rivals among themselves.
        ["disputar"] = [new(RelationSense.RivalOf, "con")],
        ["competir"] = [new(RelationSense.RivalOf, "con"), new(RelationSense.RivalOf, "contra")],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly string[] SpanishVerbLemmas = ["liderar", "encabezar", "dirigir", "comandar", "fundar", "crear", "integrar", "pertenecer", "unir", "trabajar", "militar", "enfrentar", "combatir", "pelear", "aliar", "colaborar", "disputar", "responder", "participar", "mandar", "ingresar", "sumar", "incorporar", "separar", "escindir", "competir",
        // Jobs done for a group ("maneja el dinero de la banda"): verbs with no relation sense of their own.
        "manejar", "administrar", "coordinar", "supervisar", "llevar", "lavar", "asumir", "tomar", "formar", "ir", "entrar"];

    // English forms of the verbs above: base, -s, past, participle, -ing.
    private static readonly FrozenDictionary<string, string> EnglishLemmas = Forms(
        "lead leads led leading", "head heads headed heading", "run runs ran running", "command commands commanded commanding",
        "direct directs directed directing", "helm helms helmed helming", "take takes took taken taking",
        "found founds founded founding", "co-found co-founds co-founded co-founding", "cofound cofounded", "create creates created creating",
        "establish establishes established establishing", "build builds built building", "form forms formed forming", "set sets setting",
        "join joins joined joining", "belong belongs belonged belonging", "work works worked working", "serve serves served serving",
        "fight fights fought fighting", "battle battles battled battling", "clash clashes clashed clashing", "confront confronts confronted confronting", "face faces faced facing", "attack attacks attacked attacking",
        "feud feuds feuded feuding", "compete competes competed competing", "ally allies allied allying", "partner partners partnered partnering",
        "align aligns aligned aligning", "collaborate collaborates collaborated collaborating", "cooperate cooperates cooperated cooperating",
        "team teams teamed teaming", "line lines lined lining", "side sides sided siding", "answer answers answered answering", "spend spends spent spending", "hold holds held holding", "go goes went gone going", "wage wages waged waging", "assume assumes assumed assuming",
        "strike strikes struck striking", "forge forges forged forging", "seize seizes seized seizing", "become becomes became becoming",
        "manage manages managed managing", "handle handles handled handling", "oversee oversees oversaw overseen overseeing",
        "coordinate coordinates coordinated coordinating", "administer administers administered administering",
        "supervise supervises supervised supervising", "keep keeps kept keeping", "launder launders laundered laundering",
        "split splits splitting", "break breaks broke broken breaking", "splinter splinters splintered splintering", "defect defects defected defecting");

    private static FrozenDictionary<string, string> Forms(params string[] lines)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var forms = line.Split(' ');
            foreach (var f in forms)
                table.TryAdd(f, forms[0] == "cofound" ? "co-found" : forms[0]);
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, RelationSense> Table(Dictionary<RelationSense, string> words)
    {
        var table = new Dictionary<string, RelationSense>(StringComparer.Ordinal);
        foreach (var (sense, list) in words)
        {
            foreach (var w in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                table.TryAdd(w, sense);
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static RelationSense? Noun(string lower) => Nouns.TryGetValue(lower, out var s) ? s : null;

    /// <summary>The sense of a role noun written singular or plural ("leader", "rivals").</summary>
    public static RelationSense? NounOrPlural(string lower) => Noun(lower) ?? Noun(lower.TrimEnd('s'));

    /// <summary>"mid-level", "junior": a rank below the top, which makes a commander a member.</summary>
    public static bool IsLowerRank(string lower) => LowerRanks.Contains(lower);

    private static readonly FrozenSet<string> LowerRanks = new[]
    {
        "mid-level", "middle-level", "mid-ranking", "middle-ranking", "low-level", "lower-level", "low-ranking", "junior", "local",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static RelationSense? LightNoun(string lower) => LightNouns.TryGetValue(lower, out var s) ? s : null;

    public static string? Lemma(string lower) =>
        EnglishLemmas.TryGetValue(lower, out var en) ? en : SpanishWords.LemmaOf.TryGetValue(lower, out var es) ? es : null;

    public static bool IsRelationVerb(string lemma) => Verbs.ContainsKey(lemma);

    /// <summary>The sense of a verb followed by <paramref name="preposition"/> (null: by its object).</summary>
    public static RelationSense? Verb(string lemma, string? preposition)
    {
        if (!Verbs.TryGetValue(lemma, out var senses))
            return null;
        foreach (var s in senses)
        {
            if (s.Preposition == preposition)
                return s.Sense;
        }
        return null;
    }

    public static RelationshipType TypeOf(RelationSense sense) => sense switch
    {
        RelationSense.LeaderOf => RelationshipType.LeaderOf,
        RelationSense.Founded => RelationshipType.Founded,
        RelationSense.RivalOf => RelationshipType.RivalOf,
        RelationSense.AllyOf => RelationshipType.AllyOf,
        RelationSense.SiblingOf => RelationshipType.SiblingOf,
        _ => RelationshipType.MemberOf,
    };
}
