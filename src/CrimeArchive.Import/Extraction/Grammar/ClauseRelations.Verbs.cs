using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

// Verb groups: subjects, objects, passive agents, light nouns and the jobs and parts a verb states.
public sealed partial class ClauseRelations
{

    private void VerbGroup(int k)
    {
        var verb = phrases[k];
        var head = verb.Tokens.LastOrDefault(t => t.Is(PartsOfSpeech.AnyVerb));
        if (head is null)
            return;
        InHandsOf(k);
        PassedTo(k);
        Clash(k);
        ThroughUnit(k);
        SplitInto(k);
        WentToWar(k);
        AtWar(k);
        FormedTogether(k);
        if (PartsComposing(k, head))
            return;
        var lemma = RelationWords.Lemma(head.Lower);
        if (lemma is "spend" or "hold")
        {
            TimeOrPostIn(k);
            return;
        }
        if (lemma is "participar" or "militar" && FrontedMembers(k))
            return;
        if (lemma is null)
        {
            TieByLightNoun(k);
            JobForGroup(k, head);
            PartsIncluded(k, head);
            return;
        }
        JobForGroup(k, head);
        // "built the gang into the region's most feared crew": a group made into something was there before.
        if (lemma == "build" && k + 2 < phrases.Count && phrases[k + 2].Lower == "into")
            return;
        if (CliticObject(k, lemma))
            return;
        var particle = verb.Last.Is(PartOfSpeech.Particle) ? verb.Last.Lower : null;
        // "taking it over": the particle after a pronoun object.
        if (particle is null && lemma == "take" && k + 2 < phrases.Count && phrases[k + 2].Lower == "over" && phrases[k + 1].Kind == PhraseKind.Noun)
        {
            particle = "over";
            if (Subject(k) is { } takers && NameOrMeant(k + 1) is [{ IsPerson: false } taken])
                foreach (var taker in takers.Where(e => e.IsPerson))
                    Add(taker, RelationSense.LeaderOf, taken);
            return;
        }
        var n = k + 1;
        // "he set up, and still directs, Los Cuervos": two verbs share the object after the second.
        if (n + 4 < phrases.Count && phrases[n].Kind == PhraseKind.Comma && phrases[n + 1].Lower is "and" or "y" && phrases[n + 2].Kind == PhraseKind.Verb
            && phrases[n + 3].Kind == PhraseKind.Comma && IsArgument(n + 4))
            n += 4;
        // "directs, Los Cuervos" after ", and": the object set off by the comma that closes the coordination.
        else if (n + 1 < phrases.Count && phrases[n].Kind == PhraseKind.Comma && k >= 2 && phrases[k - 1].Lower is "and" or "y" && phrases[k - 2].Kind == PhraseKind.Comma
            && IsArgument(n + 1))
            n++;
        // "works hand in hand with", "side by side with": the manner passed over.
        if (n + 3 < phrases.Count && phrases[n].Head?.Lower is "hand" or "side" && phrases[n + 1].Lower is "in" or "by" && phrases[n + 2].Head?.Lower == phrases[n].Head?.Lower)
            n += 3;
        // "had worked for years for G", "trabajó durante años para G": a time adjunct before the argument.
        n = PastTimeAdjuncts(n);
        // "allied itself with G": a reflexive object says nothing.
        if (n + 1 < phrases.Count && phrases[n].Lower is "itself" or "themselves" or "himself" or "herself")
            n++;
        string? preposition = particle;
        RelationSense? sense = null;
        // "went to war with", "took the reins of", "formed an alliance with", "forma parte de".
        var light = n;
        if (light < phrases.Count && phrases[light].Kind == PhraseKind.Preposition && phrases[light].Lower is "to" or "a" && light + 1 < phrases.Count && phrases[light + 1].Kind == PhraseKind.Noun)
            light++;
        if (light + 2 < phrases.Count && phrases[light].Kind == PhraseKind.Noun && phrases[light].Entity is null
            && phrases[light].Head is { } lightHead && RelationWords.LightNoun(lightHead.Lower) is { } lightSense
            && phrases[light + 1].Kind == PhraseKind.Preposition && IsArgument(light + 2))
        {
            sense = lightSense;
            n = light + 2;
            if (lightSense == RelationSense.AllyOf && phrases[light + 1].Lower is "against" or "contra" && Subject(k) is { Count: >= 2 } allied)
            {
                AlliedAgainst(allied, n);
                return;
            }
            // "directing the group's war against G": the war is the owner's.
            if (phrases[light].Owner is { } owner)
            {
                var waged = owner.IsName ? owner.Entity : owner.Is(PartOfSpeech.PossessivePronoun) ? discourse.Owner(owner, lightSense)
                    : Discourse.IsGroupWord(owner.Lower) ? discourse.Group : null;
                if (waged is not null)
                    foreach (var obj in NameOrMeant(n))
                        Add(waged, lightSense, obj);
                return;
            }
        }
        // "comandaba desde 2015 la banda": a year before the object is passed over.
        else if (n + 2 < phrases.Count && phrases[n].Lower is "since" or "in" or "desde" or "en" or "durante" && phrases[n + 1].Tokens.All(t => t.Is(PartOfSpeech.Number))
            && phrases[n + 2].Kind == PhraseKind.Noun && IsArgument(n + 2))
            n += 2;
        // "have been allied since 2021 with G": so is one before the preposition.
        else if (n + 3 < phrases.Count && phrases[n].Lower is "since" or "in" or "desde" or "en" or "durante" && phrases[n + 1].Tokens.All(t => t.Is(PartOfSpeech.Number))
            && phrases[n + 2].Kind == PhraseKind.Preposition && IsArgument(n + 3))
        {
            preposition = phrases[n + 2].Lower;
            n += 3;
        }
        // "took over the leadership of G": a light noun of leading after the particle.
        else if (n + 3 < phrases.Count && phrases[n].Lower == "over" && phrases[n + 1].Entity is null && phrases[n + 1].Head is { } led
            && RelationWords.LightNoun(led.Lower) == RelationSense.LeaderOf && phrases[n + 2].Lower is "of" && IsArgument(n + 3))
        {
            preposition = "over";
            n += 3;
        }
        else if (n + 1 < phrases.Count && phrases[n].Kind == PhraseKind.Preposition && IsArgument(n + 1))
        {
            preposition = phrases[n].Lower;
            n++;
        }
        // "Los Cedros y Los Urdaneta son aliados (desde 2015)": the subjects are allied with each other.
        if (lemma is "ally" or "aliar" && IsPassive(k) && !(n < phrases.Count && IsArgument(n)) && Subject(k) is { Count: >= 2 } allies)
        {
            AddAmong(allies, RelationSense.AllyOf);
            return;
        }
        // "Ambas bandas están enfrentadas desde 2019": so are rivals.
        if (lemma is "enfrentar" && verb.Tokens.Any(t => t.Lower is "están" or "estaban" or "estuvieron" or "han" or "son" or "eran") && head.Is(PartOfSpeech.PastParticiple)
            && !(n < phrases.Count && IsArgument(n)) && Subject(k) is { Count: >= 2 } foes)
        {
            AddAmong(foes, RelationSense.RivalOf);
            return;
        }
        // "Ambas bandas se disputan los muelles", "the two fight each other": a reciprocal rivalry among the subjects.
        var eachOther = k + 1 < phrases.Count && phrases[k + 1].Lower is "each other" or "one another" or "each" && RelationWords.Verb(lemma, null) == RelationSense.RivalOf
            // "the two factions have been killing each other's members": violence both ways is a rivalry, unless it stops
            // ("agreed to stop attacking each other's stash houses").
            || k + 1 < phrases.Count && (phrases[k + 1].Lower.StartsWith("each other", StringComparison.Ordinal) || phrases[k + 1].Lower.StartsWith("one another", StringComparison.Ordinal))
                && RelationWords.IsViolence(lemma) && !StoppedOrDenied().IsMatch(sentence.Text);
        // "Los Mochuelos y Los Tejones se enfrentan desde 2019": so is a Spanish rival verb with "se" and no other side.
        var reflexive = verb.First.Lower == "se" && (lemma == "disputar" || RelationWords.Verb(lemma, null) == RelationSense.RivalOf)
            && preposition is not ("con" or "contra" or "a" or "al") && !(n < phrases.Count && IsArgument(n));
        if ((reflexive || eachOther) && Subject(k) is { Count: >= 2 } sides)
        {
            AddAmong(sides, RelationSense.RivalOf);
            return;
        }
        var withWhich = WithWhich(k);
        // "Anselmo and Casilda have been feuding over the tolls": a rival verb with no other side.
        if (!spanish && RelationWords.Verb(lemma, "with") == RelationSense.RivalOf && preposition is not ("with" or "against") && !(n < phrases.Count && IsArgument(n))
            && withWhich is null && !IsPassive(k) && Subject(k) is { Count: >= 2 } feuding)
        {
            AddAmong(feuding, RelationSense.RivalOf);
            return;
        }
        // "H, with which G has been allied": the other side is the relative's antecedent.
        if (withWhich is not null && RelationWords.Verb(lemma, spanish ? "con" : "with") is { } withSense && Subject(k) is { } withSubjects)
        {
            foreach (var side in withSubjects)
                Add(side, withSense, withWhich);
            return;
        }
        List<EntityDraft> objects = [];
        if (n < phrases.Count && IsArgument(n))
            objects = NameOrMeant(n, agent: preposition is not null && ByWords.Contains(preposition));
        else if (ByLater(k) is null)
        {
            ObjectBefore(k, lemma, particle);
            return;
        }
        if ((preposition is null || preposition == particle) && n == k + 1 && ByLater(k) is { } agentAt && (IsPassive(k) || AfterNameOrComma(k)))
        {
            // "was founded in 2009 by X", "Los Toros, formed in 2009 in Cali by X".
            preposition = IsInitiative(agentAt - 2) ? "by" : phrases[agentAt - 1].Lower;
            objects = NameOrMeant(agentAt, agent: true);
        }
        // "founded by X, together with Y": Y is an agent too.
        if (preposition is not null && ByWords.Contains(preposition))
            objects.AddRange(Partners(n).Where(p => !objects.Contains(p)));
        if (preposition is not null && ByWords.Contains(preposition) && (IsPassive(k) || AfterNameOrComma(k)))
        {
            if (RelationWords.Verb(lemma, particle) is not { } passiveSense)
                return;
            foreach (var patient in Patients(k))
                foreach (var agent in objects)
                    Add(agent, passiveSense, patient);
            return;
        }
        sense ??= RelationWords.Verb(lemma, preposition);

        // "is allied to", "son aliados": the participle of a tie between equals is an adjective, no passive.
        var adjectival = lemma is "ally" or "align" or "aliar";
        if (sense is null || (IsPassive(k) && !adjectival) || Subject(k) is not { } subjects)
            return;
        // "allied with X against Y", "teamed up with X to drive Y out", "se unió a X para combatir a Y":
        // both sides are Y's rivals.
        if (sense is RelationSense.AllyOf or RelationSense.MemberOf && objects.Count > 0 && objects.All(o => !o.IsPerson))
            foreach (var enemy in (sense == RelationSense.AllyOf ? Against(n) : []).Concat(PurposeEnemies(n)).Distinct().ToList())
                foreach (var side in subjects.Concat(objects).Where(e => e != enemy))
                    Add(side, RelationSense.RivalOf, enemy);
        // "X co-founded G with Y", "junto a Y": Y founded it too.
        if (sense is RelationSense.Founded or RelationSense.LeaderOf && objects.Count > 0 && subjects.All(e => e.IsPerson))
            subjects = [.. subjects, .. Partners(n).Where(p => !subjects.Contains(p))];
        // "Los Tejones, la red que comanda Irene Salvatierra": Spanish puts a relative clause's subject
        // after its verb, so a group "leading" a person is the person leading the group.
        // "The network answers to X": X leads it.
        if ((sense is RelationSense.LeaderOf or RelationSense.Founded && k > 0 && phrases[k - 1].Lower is "que" || lemma is "answer" or "responder")
            && objects.Count > 0 && objects.All(o => o.IsPerson) && subjects.All(s => !s.IsPerson))
            (subjects, objects) = (objects, subjects);
        // "a former enforcer who split from G": a person was G's member; a group that split from G is
        // its rival now, and was its faction only where the text says so.
        var departure = lemma is "split" or "break" or "splinter" or "defect" or "separar" or "escindir";
        foreach (var subject in subjects.Where(e => !departure || e.IsPerson))
            foreach (var obj in objects)
                Add(subject, sense.Value, obj);
    }

    /// <summary>"La integran A, B y C", "La dirige X", "Lo fundaron A y B": Spanish puts the object first,
    /// as a clitic standing for the group in focus, and the subjects after the verb.</summary>
    private bool CliticObject(int k, string lemma)
    {
        if (!spanish || k < 1 || phrases[k - 1].Tokens.Count != 1 || phrases[k - 1].Lower is not ("la" or "lo" or "las" or "los")
            || (k >= 2 && phrases[k - 2].Kind is PhraseKind.Preposition or PhraseKind.Noun) || k + 1 >= phrases.Count
            || RelationWords.Verb(lemma, null) is not { } sense || sense is RelationSense.RivalOf or RelationSense.AllyOf
            || discourse.Group is not { } whole)
            return false;
        // "La crearon los hermanos A y B", "la encabezan sus hijas, las hermanas A y B": the kin named before the names.
        var first = k + 1;
        while (first < phrases.Count && first <= k + 4 && phrases[first].Entity is null && phrases[first].Kind is PhraseKind.Noun or PhraseKind.Comma
            && (phrases[first].Kind == PhraseKind.Comma || phrases[first].Head is { } kin && KinNouns.Contains(kin.Lower)))
            first++;
        if (first >= phrases.Count || phrases[first].Entity is null)
            return false;
        // Outside a group's profile "la" may be any feminine noun of the sentence before ("La Fiscalía … La dirige X"):
        // people are read only when the group was named in this sentence or the one before; else only a list of
        // groups making up the group in focus.
        var people = profileSubject == whole || discourse.IsJustNamed(whole) && sense is RelationSense.Founded or RelationSense.LeaderOf;
        var doers = PartsListed(first).Where(e => e != whole && (people ? e.IsPerson || sense == RelationSense.MemberOf : !e.IsPerson && sense == RelationSense.MemberOf)).ToList();
        foreach (var doer in doers)
            Add(doer, sense, whole);
        return doers.Count > 0;
    }

    private static readonly HashSet<string> KinNouns = new(StringComparer.Ordinal)
    {
        "hermanos", "hermanas", "hijos", "hijas", "primos", "primas", "sobrinos", "tíos", "socios", "fundadores",
    };

    /// <summary>"Los Pericos, the gang he leads,", "Los Pericos, la banda que lidera,": a verb with no
    /// object after it whose object is the description before its subject (or before "que", the
    /// subject being the person in focus).</summary>
    private void ObjectBefore(int k, string lemma, string? particle)
    {
        if (k < 2 || RelationWords.Verb(lemma, particle) is not (RelationSense.LeaderOf or RelationSense.Founded) and not RelationSense.MemberOf || IsPassive(k))
            return;
        var english = phrases[k - 1].Kind == PhraseKind.Noun && phrases[k - 1].Head?.Lower is "he" or "she" or "they";
        var spanish = this.spanish && phrases[k - 1] is { Kind: PhraseKind.Relative, Lower: "que" };
        if (!english && !spanish || phrases[k - 2] is not { Kind: PhraseKind.Noun, Head: { } head } description || !Discourse.IsGroupWord(head.Lower))
            return;
        var group = description.Entity ?? discourse.Resolve(description);
        var holder = english ? discourse.Resolve(phrases[k - 1]) : discourse.Person;
        if (group is { IsPerson: false } && holder is { IsPerson: true })
            Add(holder, RelationWords.Verb(lemma, particle)!.Value, group);
    }

    // "for years", "spent decades": lengths of time, which are no arguments.
    private static readonly HashSet<string> TimeSpans = new(StringComparer.Ordinal)
    {
        "years", "year", "months", "decades", "decade", "weeks", "años", "meses", "décadas",
    };

    // "two of his brothers, A and B", "two inmates …, A and B": a count the names after it fill.
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal) { "two", "three", "four", "dos", "tres", "cuatro" };

    private int PastTimeAdjuncts(int n)
    {
        while (n + 2 < phrases.Count && phrases[n].Kind == PhraseKind.Preposition && phrases[n].Lower is "for" or "during" or "durante" or "por")
        {
            // "for nearly ten years": an adverb may stand before the length.
            var length = phrases[n + 1].IsAdverbs ? n + 2 : n + 1;
            if (length + 1 >= phrases.Count || phrases[length] is not { Kind: PhraseKind.Noun, Entity: null, Head: { } time } || !TimeSpans.Contains(time.Lower)
                || phrases[length + 1].Kind != PhraseKind.Preposition)
                break;
            n = length + 1;
        }
        return n;
    }

    private List<EntityDraft> Against(int k)
    {
        for (var i = k + 1; i + 1 < phrases.Count && i <= k + 4; i++)
        {
            if (phrases[i].Kind is PhraseKind.Verb or PhraseKind.Boundary or PhraseKind.Relative or PhraseKind.Comma)
                break;
            if (phrases[i].Kind == PhraseKind.Preposition && phrases[i].Lower is "against" or "contra" && phrases[i + 1].Entity is not null)
                return NameList(i + 1, out _);
        }
        return [];
    }

    /// <summary>The groups a purpose clause sets the sides against: "to drive G out", "to hold off G", "para
    /// combatir a G", after the tie (from its argument at k on) or opening the sentence before it
    /// ("To hold off G, A teamed up with B").</summary>
    private List<EntityDraft> PurposeEnemies(int k)
    {
        for (var i = k + 1; i + 1 < phrases.Count && i <= k + 6; i++)
        {
            if (phrases[i].Kind is PhraseKind.Boundary or PhraseKind.Relative)
                break;
            if (IsPurposeVerb(i) && EnemyAfter(i) is { } enemies)
                return enemies;
        }
        // Fronted, the clause ends at the comma before the sides: "To hold off G, A teamed up with B".
        var opening = phrases.Count > 1 && phrases[0].Lower is "to" or "para" ? 1 : 0;
        return IsPurposeVerb(opening) && EnemyAfter(opening) is [var fronted, ..] ? [fronted] : [];
    }

    private bool IsPurposeVerb(int i)
    {
        var p = phrases[i];
        // "to drive" read as "to" and a noun: a word that can be a verb, after "to", is one here.
        if (p.Kind != PhraseKind.Verb && !(p.Kind == PhraseKind.Noun && p.Tokens.Count == 1 && p.First.Can(PartsOfSpeech.AnyVerb)))
            return false;
        var infinitive = p.First.Lower == "to" && p.Tokens.Count > 1 ? p.Tokens[1].Lower
            : i > 0 && phrases[i - 1].Lower is "para" or "to" ? p.First.Lower : null;
        return infinitive is not null && (HostileInfinitives.Contains(infinitive)
            || RelationWords.Lemma(infinitive) is { } lemma && RelationWords.Verb(lemma, null) == RelationSense.RivalOf);
    }

    private List<EntityDraft>? EnemyAfter(int i)
    {
        var at = i + 1;
        // "to hold off G", "para combatir a G".
        if (at < phrases.Count && phrases[at].Lower is "a" or "al" or "off" or "back" or "out")
            at++;
        return at < phrases.Count && phrases[at].Entity is { IsPerson: false } ? NameList(at, out _) : null;
    }

    // Verbs of pushing a foe back, in the infinitive a purpose clause takes.
    private static readonly HashSet<string> HostileInfinitives = new(StringComparer.Ordinal)
    {
        "drive", "push", "oust", "expel", "hold", "keep", "stop", "resist", "counter", "repel", "fend", "defeat", "crush", "fight",
        "expulsar", "frenar", "contener", "detener", "repeler", "desplazar", "sacar", "derrotar", "combatir", "enfrentar", "atacar", "aplastar",
    };

    /// <summary>People named after "with", "together with", "along with" or "junto a/con" further on
    /// in the clause that has its object (or agent) at k.</summary>
    private List<EntityDraft> Partners(int k)
    {
        var partners = new List<EntityDraft>();
        for (var i = k + 1; i + 1 < phrases.Count && i <= k + 6; i++)
        {
            var p = phrases[i];
            if (p.Kind is PhraseKind.Verb or PhraseKind.Boundary or PhraseKind.Relative)
                break;
            // "junto a Y": the Spanish for "together with".
            if (p.Lower is "junto" && i + 2 < phrases.Count && phrases[i + 1].Lower is "a" or "con")
                p = phrases[++i];
            if (p.Kind == PhraseKind.Preposition && p.Lower is "with" or "alongside" or "con" or "a" && (p.Lower != "a" || phrases[i - 1].Lower == "junto")
                && (i == 0 || phrases[i - 1].Lower is not ("war" or "alliance")))
            {
                var at = Named(i + 1, agent: true);
                if (phrases[at].Entity is { IsPerson: true })
                    partners.AddRange(NameList(at, out _).Where(e => e.IsPerson));
                // "with three friends, among them Y and Z", "con tres amigos, entre ellos Y y Z".
                else if (NamedAmong(at) is { } among)
                    partners.AddRange(NameList(among, out _).Where(e => e.IsPerson));
                break;
            }
        }
        return partners;
    }

    /// <summary>The names a plural description at k is said to include: "friends, including Y and Z",
    /// "amigos del barrio, entre ellos Y y Z".</summary>
    private int? NamedAmong(int k, bool person = true)
    {
        for (var i = k + 1; i + 1 < phrases.Count && i <= k + 4; i++)
        {
            var p = phrases[i];
            if (p.Kind == PhraseKind.Comma && i + 2 < phrases.Count)
            {
                var at = phrases[i + 1].Lower is "including" or "incluidos" or "incluidas" ? i + 2
                    : phrases[i + 1].Lower is "among" or "entre" && i + 3 < phrases.Count && phrases[i + 2].Lower is "them" or "whom" or "ellos" or "ellas" ? i + 3 : -1;
                return at > 0 && phrases[at].Entity is { } named && named.IsPerson == person ? at : null;
            }
            if (p.Kind is PhraseKind.Verb or PhraseKind.Boundary or PhraseKind.Relative)
                return null;
        }
        return null;
    }

    /// <summary>"La alianza incluye al Frente A y a Los B", "the coalition groups A, B and C": the
    /// groups a group's verb of inclusion lists are its members.</summary>
    private void PartsIncluded(int k, Token verb)
    {
        if (verb.Lower is not ("includes" or "included" or "include" or "incluye" or "incluyen" or "incluía" or "incluyó" or "groups" or "grouped"
            or "agrupa" or "agrupaba" or "reúne" or "reunía" or "brings" or "comprises" or "comprised" or "encompasses" or "unites" or "united"
            or "aglutina" or "aglutinaba" or "comprende" or "une" or "unía") || IsPassive(k))
            return;
        var n = k + 1;
        if (n < phrases.Count && phrases[n].Kind == PhraseKind.Preposition && phrases[n].Lower is "a" or "al" or "together")
            n++;
        if (n >= phrases.Count || Subject(k) is not { Count: 1 } wholes || wholes[0].IsPerson)
            return;
        foreach (var part in PartsListed(n).Where(e => !e.IsPerson))
            Add(part, RelationshipType.MemberOf, wholes[0]);
    }

    /// <summary>"G is made up of A and B", "consists of", "está compuesta por": the groups after the
    /// preposition are members of the whole.</summary>
    private bool PartsComposing(int k, Token verb)
    {
        // "A, B and C make up the alliance": the subjects are the members.
        // "… make it up": the pronoun stands for the whole.
        var pronoun = verb.Lower is "make" or "makes" or "made" && k + 2 < phrases.Count && phrases[k + 1].Lower is "it" or "them" && phrases[k + 2].Lower == "up";
        if (verb.Lower is "make" or "makes" or "made" && (phrases[k].Last.Lower == "up" || pronoun) && !IsPassive(k))
        {
            if (k + 1 >= phrases.Count || Subject(k) is not { } members)
                return false;
            // The pronoun is none of the members it is made of.
            var made = pronoun ? discourse.GroupBefore(members.ToHashSet()) : IsArgument(k + 1) && NameOrMeant(k + 1) is [{ IsPerson: false } named] ? named : null;
            if (made is null)
                return false;
            foreach (var member in members.Where(e => !e.IsPerson && e != made))
                Add(member, RelationshipType.MemberOf, made);
            return true;
        }
        if (!(verb.Lower is "composed" or "consists" or "consisted" or "compuesta" or "compuesto" or "compuestas" or "compuestos"
            || (verb.Lower == "made" && phrases[k].Last.Lower == "up")))
            return false;
        if (k + 2 < phrases.Count && phrases[k + 1].Lower is "of" or "de" or "por" && Patients(k) is [{ IsPerson: false } whole])
            foreach (var part in PartsListed(k + 2).Where(e => !e.IsPerson && e != whole))
                Add(part, RelationshipType.MemberOf, whole);
        return true;
    }

    // A list whose items may carry an apposition or a participle phrase ("al Frente A, dirigido por P, y a Los B").
    private List<EntityDraft> PartsListed(int k)
    {
        var parts = new List<EntityDraft>();
        for (var i = k; i < phrases.Count && i <= k + 24; i++)
        {
            var p = phrases[i];
            if (p.Kind is PhraseKind.Boundary || (p.Kind == PhraseKind.Verb && phrases[i - 1].Kind != PhraseKind.Comma))
                break;
            if (p.Entity is { } e && !parts.Contains(e) && (i == k || phrases[i - 1].Kind is PhraseKind.Comma or PhraseKind.Conjunction or PhraseKind.Preposition))
                parts.Add(e);
        }
        return parts;
    }

    private bool IsInitiative(int j) =>
        j >= 0 && j + 1 < phrases.Count && phrases[j].Kind == PhraseKind.Noun && phrases[j].Head?.Lower is "initiative" or "iniciativa" && phrases[j].Entity is null
            && phrases[j + 1].Lower is "of" or "de" or "del";

    /// <summary>The agent of a passive a few phrases on, past its time and place: the index of the name after "by".</summary>
    private int? ByLater(int k)
    {
        var head = phrases[k].Tokens.Last(t => t.Is(PartsOfSpeech.AnyVerb));
        if (!head.Can(PartOfSpeech.PastParticiple))
            return null;
        for (var j = k + 1; j + 1 < phrases.Count && j <= k + 8; j++)
        {
            if (phrases[j].Kind is PhraseKind.Verb or PhraseKind.Boundary or PhraseKind.Relative or PhraseKind.Comma)
                return null;
            // "formed in 2016 at the initiative of X", "creada por iniciativa de X": X is the agent.
            if (IsInitiative(j) && IsArgument(j + 2))
                return j + 2;
            if (phrases[j].Kind == PhraseKind.Preposition && ByWords.Contains(phrases[j].Lower) && !IsInitiative(j + 1))
                return IsArgument(j + 1) ? j + 1 : null;
        }
        return null;
    }

    // A participle right after a name or a comma reads as a reduced relative: "G, founded in 2009 by".
    // So does one after a description of a group: "a federation led by".
    private bool AfterNameOrComma(int k) =>
        (phrases[k].Tokens.Count == 1 || IsHedgedParticiple(phrases[k])) && k > 0 && (phrases[k - 1].Kind == PhraseKind.Comma || phrases[k - 1].Entity is not null
            // "the Valle Norte Cartel (CVN) led by X": the name's acronym in brackets between.
            || (phrases[k - 1].Kind == PhraseKind.Close && SkipParenthesis(k - 1) is >= 0 and var bracketed && phrases[bracketed].Entity is not null)
            || (phrases[k - 1].Kind == PhraseKind.Noun && phrases[k - 1].Head is { } head && Discourse.IsGroupWord(head.Lower))
            // "a gang from Puerto Lago run by X", "an alliance of smugglers from the northern ports headed by X".
            || (phrases[k - 1].Kind == PhraseKind.Noun && DescriptionBeforeAdjuncts(k - 1) is var described && described < k - 1
                && phrases[described].Head is { } groupNoun && Discourse.IsGroupWord(groupNoun.Lower)));

    // The noun phrase a chain of prepositional adjuncts hangs on: "a loose alliance" in "a loose alliance of
    // smugglers from the northern ports".
    private int DescriptionBeforeAdjuncts(int at)
    {
        var i = at;
        for (var step = 0; step < 3 && i >= 2 && phrases[i].Kind == PhraseKind.Noun && phrases[i].Entity is null
            && (PlacePrepositions.Contains(phrases[i - 1].Lower) || phrases[i - 1].Lower is "of" or "del")
            && phrases[i - 2].Kind == PhraseKind.Noun; step++)
        {
            i -= 2;
            if (phrases[i].Head is { } head && Discourse.IsGroupWord(head.Lower))
                return i;
        }
        return at;
    }

    private List<EntityDraft> NameOrMeant(int k, bool agent = false)
    {
        k = Named(k, agent);
        return phrases[k].Entity is not null ? NameList(k, out _) : discourse.Resolve(phrases[k]) is { } meant ? [meant] : [];
    }

    /// <summary>A name, or a pronoun or description the discourse resolves ("the group").</summary>
    private bool IsArgument(int k) =>
        k < phrases.Count && phrases[k].Kind == PhraseKind.Noun && (phrases[Named(k, agent: true)].Entity is not null || discourse.Resolve(phrases[k]) is not null);

    /// <summary>A common noun that only introduces the name after it ("trafficker Jairo Benítez",
    /// "la banda Los Pepes") stands for that name: the index of the name, else k.</summary>
    private int Named(int k, bool agent = false)
    {
        if (k + 1 >= phrases.Count || phrases[k].Kind != PhraseKind.Noun || phrases[k].Entity is not null || phrases[k].Head is not { } head)
            return k;
        if (phrases[k + 1].Entity is not null && head.Is(PartOfSpeech.Noun) && phrases[k].Owner is null)
            return k + 1;
        // "founding his own group, Los Gallos": an owned group named in apposition.
        if (k + 2 < phrases.Count && Discourse.IsGroupWord(head.Lower) && phrases[k].Owner is { IsName: false } && phrases[k + 1].Kind == PhraseKind.Comma
            && phrases[k + 2].Entity is { IsPerson: false })
            return k + 2;
        // "allied with the Cobras' main foe, the Hawks": a role someone else's, named in apposition.
        // Not "attacked the Cobras' boss, Ana Ruiz told reporters": there the name opens a clause of its own.
        if (k + 2 < phrases.Count && RelationWords.Noun(head.Lower) is not null && phrases[k].Owner is { IsName: true } && phrases[k + 1].Kind == PhraseKind.Comma
            && phrases[k + 2].Entity is not null && (k + 3 >= phrases.Count || phrases[k + 3].Kind != PhraseKind.Verb))
            return k + 2;
        // "with his brother Tomás": a relative named right after the kin noun.
        if (agent && phrases[k + 1].Entity is { IsPerson: true } && Kinship.Contains(head.Lower))
            return k + 1;
        // "la guerrilla del EPS", "the militia of the EPS": a kind of group and the group's name.
        if (k + 2 < phrases.Count && Discourse.IsGroupWord(head.Lower) && RelationWords.Noun(head.Lower) is null && phrases[k].Owner is null
            && phrases[k + 1].Lower is "del" or "de" or "of" && phrases[k + 2].Entity is { IsPerson: false } && phrases[k + 2].Tokens.Count <= 2)
            return k + 2;
        // "la banda conocida como Los Tejones", "the gang known as X": a description and the name it is given.
        if (k + 2 < phrases.Count && phrases[k].Tokens.Any(t => Discourse.IsGroupWord(t.Lower)) && NamingWords.Contains(phrases[k].Last.Lower)
            && AsWords.Contains(phrases[k + 1].Lower) && phrases[k + 2].Entity is { IsPerson: false })
            return k + 2;
        // "by the siblings' uncle, Ciro Madrigal", "por su sobrino, X": a relative named in apposition.
        // "set up by its leader, X": so is a role holder.
        // "led by a retired army sergeant, X", "by his widow, X": any description of a person.
        if (agent && k + 2 < phrases.Count && phrases[k + 1].Kind == PhraseKind.Comma && phrases[k + 2].Entity is { IsPerson: true }
            && head.Is(PartOfSpeech.Noun) && !Discourse.IsGroupWord(head.Lower))
            return k + 2;
        // "by the Mena brothers — Rafael, Tito and Juan —": the brothers are the names listed after the dash.
        if (agent && k + 2 < phrases.Count && phrases[k + 1].Kind is PhraseKind.Comma or PhraseKind.Boundary && phrases[k + 1].Lower is "," or "—" or "–" or ":"
            && phrases[k + 2].Entity is { IsPerson: true } && head.Lower is "brothers" or "sisters" or "siblings" or "hermanos" or "hermanas")
            return k + 2;
        // "by two of his younger brothers, Lloyd and Clive": the ones counted are the names in apposition.
        if (agent && k + 4 < phrases.Count && (CountWords.Contains(head.Lower) || head.Lower is "one" or "both" or "uno" or "una")
            && phrases[k + 1].Lower is "of" or "de" && phrases[k + 2].Kind == PhraseKind.Noun && phrases[k + 2].Entity is null
            && phrases[k + 3].Lower is "," or "—" or "–" or ":" && phrases[k + 4].Entity is { IsPerson: true })
            return k + 4;
        // "by two prisoners serving long terms for kidnapping, A and B": the ones counted, named after their description.
        if (agent && phrases[k].Tokens.Any(t => CountWords.Contains(t.Lower)) && head.Lower.EndsWith('s'))
            for (var c = k + 1; c + 1 < phrases.Count && c <= k + 8; c++)
            {
                if (phrases[c].Kind is PhraseKind.Boundary or PhraseKind.Relative || phrases[c].Entity is not null)
                    break;
                if (phrases[c].Lower is "," or "—" or "–" or ":")
                    return phrases[c + 1].Entity is { IsPerson: true } ? c + 1 : k;
            }
        return k;
    }

    /// <summary>"brother", "hermana", "son-in-law": a noun that names a relative (lower case, accents kept).</summary>
    public static bool IsKinNoun(string lower) => Kinship.Contains(lower);

    private static readonly HashSet<string> Kinship = new(StringComparer.Ordinal)
    {
        "father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
        "grandfather", "son-in-law", "brother-in-law", "father-in-law", "wife", "husband", "stepson", "stepfather", "widow",
        "half-brother", "half-sister", "brothers", "sisters", "sons", "daughters", "cousins", "nephews", "half-brothers",
        "padre", "madre", "hijo", "hija", "hermano", "hermana", "tío", "tía", "primo", "prima", "sobrino", "sobrina", "nieto", "nieta",
        "abuelo", "yerno", "cuñado", "suegro", "esposa", "esposo", "viuda", "hermanos", "hermanas", "hijos", "hijas", "primos", "sobrinos",
    };

    // "Founded in 1990 by X, the group", "Founded in 1990 and led for years by X, the group": a
    // participle opening the sentence, or a second one joined to it before the comma.
    private bool IsOpeningParticiple(int k)
    {
        if (!phrases[k].Tokens[^1].Can(PartOfSpeech.PastParticiple))
            return false;
        if (k == 0)
            return true;
        return k > 1 && phrases[k - 1].Lower is "and" or "y" && phrases[0].Kind == PhraseKind.Verb && phrases[0].Tokens.Count == 1
            && phrases[0].Tokens[0].Can(PartOfSpeech.PastParticiple) && phrases[k].Tokens.Count(t => !t.Is(PartOfSpeech.Adverb)) == 1
            && Enumerable.Range(1, k - 1).All(i => phrases[i].Kind is not (PhraseKind.Comma or PhraseKind.Boundary or PhraseKind.Verb or PhraseKind.Relative));
    }

    private bool IsPassive(int k)
    {
        var verb = phrases[k];
        if (k > 0 && IsOpeningParticiple(k))
            return true;
        var head = verb.Tokens.Last(t => t.Is(PartsOfSpeech.AnyVerb));
        if (!head.Is(PartOfSpeech.PastParticiple))
            return false;
        // "once run by", "later led by": an adverb before a bare participle leaves it a reduced passive.
        return verb.Tokens.Any(t => t != head && (Copulas.Contains(t.Lower) || Tagger.IsEstar(t.Lower)) && t.Lower is not ("named" or "appointed"))
            || verb.Tokens.First(t => !t.Is(PartOfSpeech.Adverb) || t == head) == head;
    }

    /// <summary>"G, believed to be run by X", "G, said to be led by X": a participle behind a hedge reads as the bare one.</summary>
    private static bool IsHedgedParticiple(Phrase verb) =>
        verb.Tokens is [{ Lower: "believed" or "thought" or "said" or "reported" or "alleged" or "understood" or "suspected" or "presumed" or "rumored" or "rumoured" },
            { Lower: "to" }, { Lower: "be" }, var participle] && participle.Can(PartOfSpeech.PastParticiple);

    /// <summary>Who undergoes a passive: its subject, or the name a participle follows ("G, founded by X", "G liderado por X").</summary>
    private List<EntityDraft> Patients(int k)
    {
        var verb = phrases[k];
        // "Founded in the 1990s by X, it later split", "Creada en 2004 por X, la banda": a participle that
        // opens the sentence describes the subject after its comma.
        if (IsOpeningParticiple(k))
        {
            for (var c = k + 1; c + 1 < phrases.Count && c <= k + 14; c++)
            {
                if (phrases[c].Kind is PhraseKind.Boundary or PhraseKind.Verb or PhraseKind.Relative)
                    break;
                if (phrases[c].Kind == PhraseKind.Comma && phrases[c + 1].Kind == PhraseKind.Noun && !ByWords.Contains(phrases[c - 1].Lower))
                    return IsArgument(c + 1) ? NameOrMeant(c + 1) : [];
            }
        }
        if ((verb.Tokens.Count(t => !t.Is(PartOfSpeech.Adverb)) == 1 || IsHedgedParticiple(verb)) && verb.Tokens[^1].Can(PartOfSpeech.PastParticiple) && AfterNameOrComma(k))
        {
            var before = k - 1;
            if (before >= 0 && phrases[before].Kind == PhraseKind.Comma)
                before--;
            before = SkipParenthesis(before);
            // "the Unión Austral, a federation led by X": the participle describes the name the apposition describes;
            // so it does in "the Ridge Boys, a gang from Villa Cardón led by X".
            var description = DescriptionBeforeAdjuncts(before);
            if (description >= 2 && phrases[description].Kind == PhraseKind.Noun && phrases[description].Entity is null
                && NameBeforeApposition(description) is var describedAt && describedAt >= 0 && phrases[describedAt].Entity is { IsPerson: false } described
                && phrases[description].Head is { } kind && Discourse.IsGroupWord(kind.Lower))
                return [described];
            // The description already stands for the name it is set beside.
            if (description != before && phrases[description] is { Kind: PhraseKind.Noun, Entity: { IsPerson: false } apposed, Head: { } groupKind }
                && Discourse.IsGroupWord(groupKind.Lower))
                return [apposed];
            // "the Topos, a faction of Los Lobos headed by X": the faction the apposition describes, not the whole it is of.
            if (before >= 3 && phrases[before].Entity is { IsPerson: false } && phrases[before - 1].Lower is "of" or "de" or "del"
                && phrases[before - 2] is { Kind: PhraseKind.Noun, Entity: null, Head: { } partNoun } && RelationWords.Noun(partNoun.Lower) == RelationSense.PartOf
                && NameBeforeApposition(before - 2) is var factionAt && factionAt >= 0 && phrases[factionAt].Entity is { IsPerson: false } faction
                && faction != phrases[before].Entity)
                return [faction];
            // "the Pinecrest faction of the Harrow Crew, headed by X": the unit leads the phrase, not the whole it is of.
            if (before >= 2 && phrases[before].Entity is { IsPerson: false } && phrases[before - 1].Lower is "of" or "de" or "del"
                && phrases[before - 2] is { Kind: PhraseKind.Noun, Entity: { IsPerson: false } unit } unitPhrase && unitPhrase.Entity != phrases[before].Entity
                && unitPhrase.Tokens.Any(t => RelationWords.Noun(t.Lower[(t.Lower.LastIndexOf(' ') + 1)..]) == RelationSense.PartOf))
                return [unit];
            // "the Los Tilos gang, headed by X": the name that modifies the group noun.
            if (before >= 0 && phrases[before].Kind == PhraseKind.Noun && phrases[before].Entity is null && phrases[before].Modifier is { IsPerson: false } modifier
                && phrases[before].Head is { } groupNoun && Discourse.IsGroupWord(groupNoun.Lower) && RelationWords.Noun(groupNoun.Lower) != RelationSense.PartOf)
                return [modifier];
            // "a Los Lobos cell led by X": X leads the cell, not the group.
            if (before >= 0 && phrases[before].Kind == PhraseKind.Noun && phrases[before].Entity is null && phrases[before].Modifier is not null)
                return [];
            if (before >= 0 && phrases[before].Kind == PhraseKind.Noun)
                return phrases[before].Entity is { } named ? [named] : discourse.Resolve(phrases[before]) is { } meant ? [meant] : [];
            if (before < 0)
                return discourse.Group is { } g ? [g] : [];
            return [];
        }
        // "Fue creado en 2010 por X": Spanish leaves out the subject the text has just named.
        if (Subject(k) is { } subject)
            return subject;
        return spanish && IsPassive(k) && OpensClause(k) && discourse.Group is { } topic ? [topic] : [];
    }

    // Nothing before the verb but adjuncts: "Después, fue creado…", "En 2010 fue creado…".
    private bool OpensClause(int k)
    {
        for (var i = 0; i < k; i++)
        {
            if (phrases[i].Kind is PhraseKind.Verb or PhraseKind.Relative || phrases[i].Entity is not null)
                return false;
        }
        return true;
    }

    [GeneratedRegex(@"\b(?:not|never|no|stop|stopped|stopping|cease|ceased|quit|halt|halted|end|ended|dejar|dejaron|dej[óo])\b", RegexOptions.IgnoreCase)]
    private static partial Regex StoppedOrDenied();
}
