using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>Relationships read from the grammar of each sentence. A relation is a role noun or a
/// verb (<see cref="RelationWords"/>) tied to its two arguments by a clause role: a role noun by
/// apposition, a copula or "as" to the one who holds it, and by "of", a possessive or a modifier to
/// the group it is held in; a verb by its subject and object, or by its passive agent. A role
/// phrase that is only the object of some other verb ("met the leaders of G") ties nobody to G.
/// Pronouns and descriptions ("the gang", "the trafficker") stand for the names
/// <see cref="Discourse"/> has in focus.</summary>
public sealed class ClauseRelations
{
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "became", "become", "becomes", "remains", "remained", "remain",
        "es", "son", "era", "eran", "fue", "fueron", "sería", "serían", "ser", "sido", "será", "convirtió", "convertido", "sigue", "seguía",
        // Passive naming verbs take the role as complement: "was named the new leader of".
        "named", "appointed", "considered", "identified", "described", "nombrado", "designado", "considerado", "identificado", "señalado",
        // "Its leaders include X and Y".
        "include", "includes", "included", "incluye", "incluyen", "incluía",
    };

    // "manages the group's finances", "maneja el dinero de la banda": a job done for a group.
    private static readonly HashSet<string> JobVerbs = new(StringComparer.Ordinal)
    {
        "manage", "handle", "run", "oversee", "coordinate", "administer", "supervise", "keep", "launder",
        "manejar", "administrar", "coordinar", "supervisar", "llevar", "lavar",
    };

    private static readonly HashSet<string> ByWords = new(StringComparer.Ordinal) { "by", "por" };
    private static readonly HashSet<string> OfWords = new(StringComparer.Ordinal) { "of", "in", "within", "de", "del", "en", "for", "para" };
    private static readonly HashSet<string> AsWords = new(StringComparer.Ordinal) { "as", "como" };

    private readonly List<FoundRelationship> found = [];
    private readonly Discourse discourse;
    private readonly bool spanishDocument;
    // Per sentence: an English brief quotes Spanish, and a Spanish page English.
    private bool spanish;
    private Sentence sentence = null!;
    private List<Phrase> phrases = [];
    private (EntityDraft Leader, int At)? underLeader;
    private readonly Dictionary<int, List<EntityDraft>?> subjects = [];

    private ClauseRelations(EntityDraft? profileSubject, bool spanish)
    {
        discourse = new Discourse(profileSubject);
        spanishDocument = spanish;
    }

    public static List<FoundRelationship> Find(List<SentenceInfo> sentences, List<SentenceMention>[] mentions, EntityDraft? profileSubject, bool spanish)
    {
        var reader = new ClauseRelations(profileSubject, spanish);
        for (var i = 0; i < sentences.Count; i++)
            reader.Read(sentences[i].Sentence, mentions[i].OrderBy(m => m.Start).ToList());
        return reader.found;
    }

    private void Read(Sentence s, List<SentenceMention> mentions)
    {
        sentence = s;
        var lean = Parsing.LanguageDetector.SpanishLean(s.Text);
        spanish = lean > 0 || (lean == 0 && spanishDocument);
        phrases = Chunker.Chunk(Tagger.Tag(s, mentions, spanish));
        subjects.Clear();
        for (var k = 0; k < phrases.Count; k++)
        {
            var p = phrases[k];
            if (p.Kind == PhraseKind.Noun && p.Entity is null && p.Head is { } head && RelationWords.Noun(head.Lower) is { } sense)
                RoleNoun(k, sense);
            // "A and B are rival federations", "son bandas aliadas".
            else if (p.Kind == PhraseKind.Noun && p.Entity is null && p.Head is { } groupHead && Discourse.IsGroupWord(groupHead.Lower.TrimEnd('s'))
                && p.Tokens.FirstOrDefault(t => t != groupHead && RelationWords.Noun(t.Lower.TrimEnd('s')) is RelationSense.RivalOf or RelationSense.AllyOf) is { } tie)
                RoleNoun(k, RelationWords.Noun(tie.Lower.TrimEnd('s'))!.Value);
            // "the brothers A and B": siblings named after the noun.
            if (p.Kind == PhraseKind.Noun && p.Entity is null && p.Head?.Lower is "brothers" or "sisters" or "siblings" or "hermanos" or "hermanas"
                && k + 1 < phrases.Count && phrases[k + 1].Entity is { IsPerson: true })
            {
                var listed = NameList(k + 1, out _).Where(e => e.IsPerson).ToList();
                for (var a = 0; a < listed.Count; a++)
                    for (var b = a + 1; b < listed.Count; b++)
                        Add(listed[a], RelationshipType.SiblingOf, listed[b]);
            }
            // "Under the leadership of X, G expanded".
            if (p.Kind == PhraseKind.Preposition && p.Lower is "under" or "bajo" && k + 3 < phrases.Count && phrases[k + 1].Head?.Lower is "leadership" or "command" or "liderazgo" or "mando"
                && phrases[k + 2].Lower is "of" or "de" or "del" && phrases[Named(k + 3)].Entity is { IsPerson: true } leader)
                underLeader = (leader, k);
            if (underLeader is { } under && p.Kind == PhraseKind.Verb && under.At < k)
            {
                if (Subject(k) is { } led)
                    foreach (var g in led.Where(e => !e.IsPerson))
                        Add(under.Leader, RelationSense.LeaderOf, g);
                underLeader = null;
            }
            // "the JMU's Quenal Front": a group named with its parent's possessive is part of it.
            if (p.Kind == PhraseKind.Noun && p.Entity is { IsPerson: false } part && p.Owner is { IsName: true, Entity: { IsPerson: false } parent })
                Add(part, RelationshipType.MemberOf, parent);
            else if (p.Kind == PhraseKind.Verb)
                VerbGroup(k);
            if (p.Kind == PhraseKind.Noun)
            {
                foreach (var t in p.Tokens.Where(t => t.IsName))
                    discourse.Saw(t.Entity!, asSubject: t == p.Head && IsClauseSubject(k));
                if (p.Entity is null && discourse.Resolve(p) is { } meant)
                    discourse.Saw(meant, IsClauseSubject(k));
            }
        }
        underLeader = null;
        discourse.NextSentence();
    }

    // ---- role nouns -------------------------------------------------------------------------

    private void RoleNoun(int k, RelationSense sense)
    {
        var role = phrases[k];
        var (targets, after) = TargetsOf(k, sense);
        // "Su mayor enemigo: Los Grises", "comparten el enemigo común: X".
        if (sense is RelationSense.RivalOf or RelationSense.AllyOf && k + 2 < phrases.Count && phrases[k + 1].Lower == ":" && phrases[k + 2].Entity is not null)
        {
            var sides = role.Owner is { } o ? (o.IsName ? [o.Entity!] : discourse.Owner(o, sense) is { } owned ? [owned] : [])
                : PreviousVerb(k) is var v && v >= 0 && Subject(v) is { } subjects ? subjects : [];
            foreach (var side in sides)
                foreach (var other in NameList(k + 2, out _))
                    Add(side, sense, other);
            return;
        }
        // "Los Cedros y Los Urdaneta son aliados": equals tied to each other.
        if (targets.Count == 0 && sense is RelationSense.RivalOf or RelationSense.AllyOf && HoldersOf(k, k) is { Count: >= 2 } pair)
        {
            for (var a = 0; a < pair.Count; a++)
                for (var b = a + 1; b < pair.Count; b++)
                    Add(pair[a], sense, pair[b]);
            return;
        }
        if (targets.Count == 0)
            return;
        // "its former allies" fought it: a past tie between equals is no tie now.
        if (sense is RelationSense.AllyOf or RelationSense.RivalOf && role.Tokens.Any(t => t.Lower is "former" or "ex" or "old" or "antiguos" or "antiguo" or "exaliados"))
            return;
        var holders = HoldersOf(k, after);
        if (sense == RelationSense.MadeOf)
        {
            foreach (var whole in holders.Where(h => !h.IsPerson))
            {
                foreach (var part in targets)
                    Add(part, RelationshipType.MemberOf, whole);
            }
            if (holders.Count == 0 && role.Head!.Lower is "alliance" or "alianza" && targets.Count >= 2)
            {
                for (var a = 0; a < targets.Count; a++)
                    for (var b = a + 1; b < targets.Count; b++)
                        Add(targets[a], RelationshipType.AllyOf, targets[b]);
            }
            return;
        }
        foreach (var holder in holders)
        {
            foreach (var target in targets)
                Add(holder, sense, target);
        }
    }

    /// <summary>The groups a role is held in: "of G" after it (a list for a coalition), else the
    /// owner ("G's", "its"), else a name modifying it ("Los Gavilanes chief"). Also where the role
    /// phrase ends.</summary>
    private (List<EntityDraft> Targets, int After) TargetsOf(int k, RelationSense sense)
    {
        var role = phrases[k];
        if (k + 2 < phrases.Count && phrases[k + 1].Kind == PhraseKind.Preposition && OfWords.Contains(phrases[k + 1].Lower))
        {
            var at = Named(k + 2);
            if (sense == RelationSense.MadeOf)
            {
                var parts = ListItems(at, out var last);
                return (parts, last);
            }
            if (phrases[at].Entity is { } target)
                return ([target], at);
            // "el jefe de la banda": a description of the group in focus.
            if (sense != RelationSense.MadeOf && phrases[k + 2].Head is { } described && Discourse.IsGroupWord(described.Lower)
                && discourse.GroupBefore(NamesInSentence()) is { } meant)
                return ([meant], k + 2);
        }
        if (role.Owner is { } owner)
        {
            var byOwner = owner.IsName ? owner.Entity : owner.Is(PartOfSpeech.PossessivePronoun) ? discourse.Owner(owner, sense) : null;
            if (byOwner is not null)
                return ([byOwner], k);
            // "the Gavilanes gang's chief"; "the gang's chief": a description as owner.
            if (owner.Is(PartOfSpeech.Noun) && Discourse.IsGroupWord(owner.Lower))
            {
                var ownerGroup = role.Tokens.TakeWhile(t => t != owner).LastOrDefault(t => t.IsName)?.Entity ?? discourse.Group;
                return (ownerGroup is null ? [] : [ownerGroup], k);
            }
        }
        if (role.Modifier is { } modifier)
            return ([modifier], k);
        return ([], k);
    }

    private HashSet<EntityDraft> NamesInSentence() =>
        phrases.SelectMany(p => p.Tokens).Where(t => t.IsName).Select(t => t.Entity!).ToHashSet();

    /// <summary>Who holds a role phrase that spans phrases k..after.</summary>
    private List<EntityDraft> HoldersOf(int k, int after)
    {
        var holders = new List<EntityDraft>();
        var start = k;
        // "one of the leaders", "uno de los líderes"
        if (start >= 2 && phrases[start - 1].Lower is "of" or "de" && phrases[start - 2].Lower is "one" or "uno" or "una")
            start -= 2;
        var before = start - 1;
        // Apposition after a name: "X, the gang's chief"; "X and Y, leaders of G".
        if (before >= 1 && phrases[before].Kind == PhraseKind.Comma)
        {
            var nameAt = SkipParenthesis(before - 1);
            // "Los Machos and former Cali Cartel member Victor Patiño, both rivals of": a list of any kinds.
            var both = phrases[k].Tokens.Any(t => t.Lower is "both" or "all" or "ambos" or "ambas" or "todos");
            if (nameAt >= 0 && phrases[nameAt].Entity is not null)
                holders.AddRange(NameListEndingAt(nameAt, mixedKinds: both));
        }
        // The name the role introduces: "the gang's chief, X"; "Los Gavilanes chief X"; "its leaders, X and Y".
        var next = after + 1;
        if (next < phrases.Count && phrases[next].Kind == PhraseKind.Comma)
            next++;
        if (next < phrases.Count && phrases[next].Entity is not null && (next == after + 1 || holders.Count == 0))
            holders.AddRange(NameList(next, out _));
        // A copula or "as" before the role: "X is the leader of G", "X became its chief", "succeeded Y as head of G".
        if (holders.Count == 0 && before >= 0)
        {
            var v = before;
            if (AsWords.Contains(phrases[v].Lower))
            {
                var verb = PreviousVerb(v);
                if (verb >= 0 && Subject(verb) is { } subject)
                    holders.AddRange(subject);
            }
            else if (phrases[v].Kind == PhraseKind.Verb && IsCopula(phrases[v]) && Subject(v) is { } subject)
                holders.AddRange(subject);
        }
        // A role as the subject of a copula: "Its leader is X", "El jefe de G es X".
        // "The Pumas' fiercest rival in the north was Los Cardos": a place or time may come between.
        var copula = after + 1;
        if (copula + 2 < phrases.Count && phrases[copula].Kind == PhraseKind.Preposition && phrases[copula].Lower is "in" or "on" or "since" or "for" or "en" or "desde"
            && phrases[copula + 1].Kind == PhraseKind.Noun && phrases[copula + 1].Entity is not { IsPerson: true })
            copula += 2;
        if (holders.Count == 0 && copula + 1 < phrases.Count && phrases[copula].Kind == PhraseKind.Verb && IsCopula(phrases[copula])
            && phrases[copula + 1].Entity is not null && IsClauseSubject(start))
            holders.AddRange(NameList(copula + 1, out _));
        return holders;
    }

    // ---- verbs ------------------------------------------------------------------------------

    private void VerbGroup(int k)
    {
        var verb = phrases[k];
        var head = verb.Tokens.LastOrDefault(t => t.Is(PartsOfSpeech.AnyVerb));
        if (head is null)
            return;
        if (RelationWords.Lemma(head.Lower) is not { } lemma)
        {
            TieByLightNoun(k);
            JobForGroup(k, head);
            PartsIncluded(k, head);
            return;
        }
        JobForGroup(k, head);
        var particle = verb.Last.Is(PartOfSpeech.Particle) ? verb.Last.Lower : null;
        var n = k + 1;
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
        else if (n + 1 < phrases.Count && phrases[n].Kind == PhraseKind.Preposition && IsArgument(n + 1))
        {
            preposition = phrases[n].Lower;
            n++;
        }
        // "Los Cedros y Los Urdaneta son aliados (desde 2015)": the subjects are allied with each other.
        if (lemma is "ally" or "aliar" && IsPassive(k) && !(n < phrases.Count && IsArgument(n)) && Subject(k) is { Count: >= 2 } allies)
        {
            for (var a = 0; a < allies.Count; a++)
                for (var b = a + 1; b < allies.Count; b++)
                    Add(allies[a], RelationSense.AllyOf, allies[b]);
            return;
        }
        List<EntityDraft> objects = [];
        if (n < phrases.Count && IsArgument(n))
            objects = NameOrMeant(n, agent: preposition is not null && ByWords.Contains(preposition));
        else if (ByLater(k) is null)
            return;
        if (preposition is null && n == k + 1 && ByLater(k) is { } agentAt && (IsPassive(k) || AfterNameOrComma(k)))
        {
            // "was founded in 2009 by X", "Los Toros, formed in 2009 in Cali by X".
            preposition = phrases[agentAt - 1].Lower;
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
        // "allied with X against Y": both sides are Y's rivals.
        if (sense == RelationSense.AllyOf && objects.Count > 0)
            foreach (var enemy in Against(n))
                foreach (var side in subjects.Concat(objects))
                    Add(side, RelationSense.RivalOf, enemy);
        // "X co-founded G with Y", "junto a Y": Y founded it too.
        if (sense is RelationSense.Founded or RelationSense.LeaderOf && objects.Count > 0 && subjects.All(e => e.IsPerson))
            subjects = [.. subjects, .. Partners(n).Where(p => !subjects.Contains(p))];
        foreach (var subject in subjects)
            foreach (var obj in objects)
                Add(subject, sense.Value, obj);
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
            if (p.Kind == PhraseKind.Preposition && p.Lower is "with" or "alongside" or "con" && (i == 0 || phrases[i - 1].Lower is not ("war" or "alliance")))
            {
                var at = Named(i + 1, agent: true);
                if (phrases[at].Entity is { IsPerson: true })
                    partners.AddRange(NameList(at, out _).Where(e => e.IsPerson));
                break;
            }
        }
        return partners;
    }

    /// <summary>"La alianza incluye al Frente A y a Los B", "the coalition groups A, B and C": the
    /// groups a group's verb of inclusion lists are its members.</summary>
    private void PartsIncluded(int k, Token verb)
    {
        if (verb.Lower is not ("includes" or "included" or "include" or "incluye" or "incluyen" or "incluía" or "incluyó" or "groups" or "grouped"
            or "agrupa" or "agrupaba" or "reúne" or "reunía" or "brings") || IsPassive(k))
            return;
        var n = k + 1;
        if (n < phrases.Count && phrases[n].Kind == PhraseKind.Preposition && phrases[n].Lower is "a" or "al" or "together")
            n++;
        if (n >= phrases.Count || Subject(k) is not { Count: 1 } wholes || wholes[0].IsPerson)
            return;
        foreach (var part in PartsListed(n).Where(e => !e.IsPerson))
            Add(part, RelationshipType.MemberOf, wholes[0]);
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

    private void JobForGroup(int k, Token verb)
    {
        var lemma = JobLemma(verb.Lower);
        if (lemma is null || k + 1 >= phrases.Count || phrases[k + 1].Kind != PhraseKind.Noun || phrases[k + 1].Entity is not null
            || phrases[k + 1].Head is not { } thing || Discourse.IsGroupWord(thing.Lower) || RelationWords.Noun(thing.Lower) is not null)
            return;
        EntityDraft? group = null;
        // "the group's finances", "Los Tilos' money".
        if (phrases[k + 1].Owner is { } owner)
            group = owner.IsName && owner.Entity is { IsPerson: false } named ? named
                : Discourse.IsGroupWord(owner.Lower) || owner.Lower is "its" or "their" ? discourse.Group : null;
        // "el dinero de la banda".
        else if (k + 3 < phrases.Count && phrases[k + 2].Lower is "of" or "de" or "del" && phrases[k + 3].Kind == PhraseKind.Noun)
            group = phrases[k + 3].Entity is { IsPerson: false } named ? named
                : phrases[k + 3].Head is { } h && Discourse.IsGroupWord(h.Lower) ? discourse.Group : null;
        if (group is null || IsPassive(k) || Subject(k) is not { } workers)
            return;
        foreach (var worker in workers.Where(w => w.IsPerson))
            Add(worker, RelationshipType.MemberOf, group);
    }

    private static string? JobLemma(string lower) =>
        RelationWords.Lemma(lower) is { } known && JobVerbs.Contains(known) ? known
        : lower switch
        {
            "manages" or "managed" or "managing" => "manage",
            "handles" or "handled" or "handling" => "handle",
            "oversees" or "oversaw" or "overseeing" => "oversee",
            "coordinates" or "coordinated" or "coordinating" => "coordinate",
            "administers" or "administered" => "administer",
            "supervises" or "supervised" => "supervise",
            "launders" or "laundered" or "laundering" => "launder",
            "maneja" or "manejaba" or "manejó" or "administra" or "administraba" or "coordina" or "coordinaba" or "lleva" or "llevaba" or "lava" or "lavaba" => "manejar",
            _ => null,
        };

    /// <summary>"are locked in a fierce battle with G", "mantiene una alianza con G": any verb with a
    /// noun of war or alliance ties its subject to the object. Nouns of leadership ("lost control
    /// of") need a verb that says so, and are left to the verb table.</summary>
    private void TieByLightNoun(int k)
    {
        var n = k + 1;
        if (n < phrases.Count && phrases[n].Kind == PhraseKind.Preposition && phrases[n].Lower is "in" or "into" or "en" or "a" && n + 1 < phrases.Count)
            n++;
        if (n + 2 >= phrases.Count || phrases[n].Kind != PhraseKind.Noun || phrases[n].Entity is not null || phrases[n].Head is not { } noun
            || RelationWords.LightNoun(noun.Lower) is not (RelationSense.RivalOf or RelationSense.AllyOf) || phrases[n].Owner is not null
            || phrases[n + 1].Lower is not ("with" or "against" or "con" or "contra") || !IsArgument(n + 2))
            return;
        if (phrases[k].Tokens.Any(t => t.Lower is "not" or "no" or "never" or "nunca") || Subject(k) is not { } subjects)
            return;
        var sense = RelationWords.LightNoun(noun.Lower)!.Value;
        foreach (var subject in subjects)
            foreach (var obj in NameOrMeant(n + 2))
                Add(subject, sense, obj);
    }

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
            if (phrases[j].Kind == PhraseKind.Preposition && ByWords.Contains(phrases[j].Lower))
                return IsArgument(j + 1) ? j + 1 : null;
        }
        return null;
    }

    // A participle right after a name or a comma reads as a reduced relative: "G, founded in 2009 by".
    // So does one after a description of a group: "a federation led by".
    private bool AfterNameOrComma(int k) =>
        phrases[k].Tokens.Count == 1 && k > 0 && (phrases[k - 1].Kind == PhraseKind.Comma || phrases[k - 1].Entity is not null
            || (phrases[k - 1].Kind == PhraseKind.Noun && phrases[k - 1].Head is { } head && Discourse.IsGroupWord(head.Lower)));

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
        // "by the siblings' uncle, Ciro Madrigal", "por su sobrino, X": a relative named in apposition.
        if (agent && k + 2 < phrases.Count && phrases[k + 1].Kind == PhraseKind.Comma && phrases[k + 2].Entity is { IsPerson: true } && Kinship.Contains(head.Lower))
            return k + 2;
        // "by the Mena brothers — Rafael, Tito and Juan —": the brothers are the names listed after the dash.
        if (agent && k + 2 < phrases.Count && phrases[k + 1].Kind is PhraseKind.Comma or PhraseKind.Boundary && phrases[k + 1].Lower is "," or "—" or "–" or ":"
            && phrases[k + 2].Entity is { IsPerson: true } && head.Lower is "brothers" or "sisters" or "siblings" or "hermanos" or "hermanas")
            return k + 2;
        return k;
    }

    private static readonly HashSet<string> Kinship = new(StringComparer.Ordinal)
    {
        "father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
        "grandfather", "son-in-law", "brother-in-law", "father-in-law", "wife", "husband", "stepson", "stepfather",
        "padre", "madre", "hijo", "hija", "hermano", "hermana", "tío", "tía", "primo", "prima", "sobrino", "sobrina", "nieto", "nieta",
        "abuelo", "yerno", "cuñado", "suegro", "esposa", "esposo",
    };

    private bool IsPassive(int k)
    {
        var verb = phrases[k];
        var head = verb.Tokens.Last(t => t.Is(PartsOfSpeech.AnyVerb));
        if (!head.Is(PartOfSpeech.PastParticiple))
            return false;
        return verb.Tokens.Any(t => t != head && Copulas.Contains(t.Lower) && t.Lower is not ("named" or "appointed")) || verb.Tokens[0] == head;
    }

    /// <summary>Who undergoes a passive: its subject, or the name a participle follows ("G, founded by X", "G liderado por X").</summary>
    private List<EntityDraft> Patients(int k)
    {
        var verb = phrases[k];
        if (verb.Tokens.Count == 1 && verb.Tokens[0].Can(PartOfSpeech.PastParticiple) && AfterNameOrComma(k))
        {
            var before = k - 1;
            if (before >= 0 && phrases[before].Kind == PhraseKind.Comma)
                before--;
            before = SkipParenthesis(before);
            // "the Unión Austral, a federation led by X": the participle describes the name the apposition describes.
            if (before >= 2 && phrases[before].Kind == PhraseKind.Noun && phrases[before].Entity is null && phrases[before - 1].Kind == PhraseKind.Comma
                && SkipParenthesis(before - 2) is var describedAt && describedAt >= 0 && phrases[describedAt].Entity is { IsPerson: false } described
                && phrases[before].Head is { } kind && Discourse.IsGroupWord(kind.Lower))
                return [described];
            if (before >= 0 && phrases[before].Kind == PhraseKind.Noun)
                return phrases[before].Entity is { } named ? [named] : discourse.Resolve(phrases[before]) is { } meant ? [meant] : [];
            if (before < 0)
                return discourse.Group is { } g ? [g] : [];
            return [];
        }
        return Subject(k) ?? [];
    }

    // ---- clause structure -------------------------------------------------------------------

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
            if (found is null || found.All(e => phrases.Any(p => p.Kind == PhraseKind.Noun && p.Tokens.Any(t => t.Entity == e))))
                subjects[k] = found;
            return found;
        }
        return FindSubject(k, depth);
    }

    private List<EntityDraft>? FindSubject(int k, int depth)
    {
        // "was a member of G before joining H": the gerund's subject is the main verb's.
        if (depth < 2 && k >= 2 && phrases[k - 1].Kind == PhraseKind.Preposition && phrases[k - 1].Lower is "before" or "after" or "since" or "while" or "despite" or "antes" or "después"
            && phrases[k].First.Lower.EndsWith("ing", StringComparison.Ordinal) && PreviousVerbInClause(k - 1) is { } main)
            return Subject(main, depth + 1);
        var j = k - 1;
        for (var guard = 0; j >= 0 && guard < 12; guard++)
        {
            var p = phrases[j];
            switch (p.Kind)
            {
                case PhraseKind.Noun:
                    if (j > 0 && phrases[j - 1].Kind == PhraseKind.Preposition)
                    {
                        // "The leader of G1 founded G2": the subject is the phrase "of" hangs on; after
                        // another preposition ("handed to buyers working for G") the clause shows none.
                        // "before he joined G": a subordinating word opens a clause whose subject is this phrase.
                        if (j == k - 1 && phrases[j - 1].Lower is "before" or "after" or "since" or "until" or "once" or "because" or "while" or "when" or "although")
                            return p.Entity is not null ? [p.Entity] : discourse.Resolve(p) is { } meantSubject ? [meantSubject] : null;
                        if (phrases[j - 1].Lower is not ("of" or "de" or "del"))
                            return null;
                        j -= 2;
                        continue;
                    }
                    if (p.Entity is not null)
                        return NameListEndingAt(j);
                    return discourse.ResolvePair(p) ?? (discourse.Resolve(p) is { } meant ? [meant] : null);
                case PhraseKind.Relative:
                    var antecedent = j - 1;
                    // "the Vera brothers — A, B and C — who worked for G": the listed names.
                    if (antecedent >= 0 && phrases[antecedent].Kind is PhraseKind.Comma || (phrases[Math.Max(antecedent, 0)].Kind == PhraseKind.Boundary && phrases[Math.Max(antecedent, 0)].Lower is "—" or "–"))
                        antecedent--;
                    antecedent = SkipParenthesis(antecedent);
                    // "X, a group from the south that was founded by": the description, not the place, is what "that" means.
                    if (antecedent >= 3 && phrases[antecedent].Entity is not { IsPerson: false } && phrases[antecedent - 1].Kind == PhraseKind.Preposition
                        && phrases[antecedent - 1].Lower is "from" or "in" or "based" or "de" or "en" && phrases[antecedent - 2].Head is { } described
                        && Discourse.IsGroupWord(described.Lower) && phrases[antecedent - 3].Kind == PhraseKind.Comma
                        && SkipParenthesis(antecedent - 4) is var describedAt && describedAt >= 0 && phrases[describedAt].Entity is { IsPerson: false } describedGroup)
                        return [describedGroup];
                    if (antecedent >= 0 && phrases[antecedent].Kind == PhraseKind.Noun)
                    {
                        if (phrases[antecedent].Entity is { } e && WantsPerson(p) is { } person && e.IsPerson != person)
                            return AntecedentOfKind(antecedent, person) is { } other ? [other] : null;
                        return phrases[antecedent].Entity is not null ? NameListEndingAt(antecedent) : discourse.Resolve(phrases[antecedent]) is { } m ? [m] : null;
                    }
                    return null;
                case PhraseKind.Comma:
                    // "X, alias Y, the leader of Z, heads G": skip back over the set-off part.
                    var open = PreviousComma(j - 1);
                    if (open < 0)
                        return ZeroSubject(k);
                    // "Blanco's brother, Saul Blanco, is": the name in apposition is the subject.
                    if (open == j - 2 && phrases[j - 1].Entity is not null && open > 0 && phrases[open - 1].Kind == PhraseKind.Noun && phrases[open - 1].Entity is null
                        && (open < 2 || phrases[open - 2].Kind != PhraseKind.Preposition))
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
                    if (depth < 2 && Enumerable.Range(j + 1, k - j - 1).All(i => phrases[i].Kind == PhraseKind.Other) && PreviousVerbInClause(j) is { } first)
                        return Subject(first, depth + 1);
                    j--;
                    continue;
                case PhraseKind.Other when p.Tokens.All(t => t.Is(PartOfSpeech.Adverb)):
                    j--;
                    continue;
                default:
                    return ZeroSubject(k);
            }
        }
        return j < 0 ? ZeroSubject(k) : null;
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

    // Spanish drops the subject: "Es el líder de G", "Fundó G en 2009" speak of the person in focus.
    private List<EntityDraft>? ZeroSubject(int k) =>
        spanish && discourse.Person is { } person ? [person] : null;

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
                        : phrases[k].Entity is null && (j == k + 1 || (j == k + 3 && phrases[k + 1].Kind == PhraseKind.Preposition && phrases[k + 2].Kind == PhraseKind.Noun));
                case PhraseKind.Boundary:
                    return false;
            }
        }
        return false;
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
        if (j < 0 || phrases[j].Kind != PhraseKind.Close)
            return j;
        for (var i = j - 1; i >= 0; i--)
        {
            if (phrases[i].Kind == PhraseKind.Open)
                return i - 1;
        }
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
            // "A, a former police officer, and B": an item's apposition is passed over.
            if (phrases[i].Kind == PhraseKind.Comma && i + 2 < phrases.Count && phrases[i + 1].Kind == PhraseKind.Noun && phrases[i + 1].Entity is null
                && phrases[i + 1].First.Lower is "a" or "an" or "un" or "una" && phrases[i + 2].Kind == PhraseKind.Comma)
                i += 2;
            var j = i + 1;
            if (phrases[i].Kind == PhraseKind.Comma && j < phrases.Count && phrases[j].Lower is "and" or "y")
                j++;
            if (j >= phrases.Count || phrases[j].Entity is not { } e || e.IsPerson != list[0].IsPerson)
                break;
            list.Add(e);
            end = j;
            i = j + 1;
        }
        return list;
    }

    /// <summary>The names of a list ending at k: "A and B founded".</summary>
    private List<EntityDraft> NameListEndingAt(int k, bool mixedKinds = false)
    {
        var list = new List<EntityDraft> { phrases[k].Entity! };
        var i = TitleStart(k) - 1;
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
            if (j < 0 || phrases[j].Entity is not { } e || (e.IsPerson != list[0].IsPerson && !mixedKinds))
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
            && head.Is(PartOfSpeech.Noun | PartOfSpeech.Adjective) && !phrases[start - 1].IsDefinite && phrases[start - 1].Owner is null)
            start--;
        return start;
    }

    private static bool IsCopula(Phrase verb)
    {
        var head = verb.Tokens.Last(t => t.Is(PartsOfSpeech.AnyVerb | PartOfSpeech.Modal));
        return Copulas.Contains(head.Lower);
    }

    private void Add(EntityDraft subject, RelationSense sense, EntityDraft obj) => Add(subject, RelationWords.TypeOf(sense), obj, sense);

    private void Add(EntityDraft subject, RelationshipType type, EntityDraft obj, RelationSense? sense = null)
    {
        if (subject == obj)
            return;
        var valid = sense switch
        {
            RelationSense.LeaderOf or RelationSense.Founded => subject.IsPerson && !obj.IsPerson,
            RelationSense.PartOf => !subject.IsPerson && !obj.IsPerson,
            RelationSense.SiblingOf => subject.IsPerson && obj.IsPerson,
            // Rivals and allies may be people or groups on either side.
            _ => type != RelationshipType.MemberOf || !obj.IsPerson,
        };
        if (!valid)
            return;
        if (found.Any(f => f.States(subject, type, obj)))
            return;
        found.Add(new FoundRelationship(subject, type, obj, sentence));
    }
}
