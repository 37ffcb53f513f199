using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

// Role nouns: who holds a role and in which group.
public sealed partial class ClauseRelations
{

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
        // But "Sus enemigos son A y B", "tiene dos enemigos: A y B" name someone's enemies, not a feud between them.
        if (targets.Count == 0 && sense is RelationSense.RivalOf or RelationSense.AllyOf && role.Owner is null && !role.Tokens.Any(t => t.Is(PartOfSpeech.Number) || t.Lower is "dos" or "tres" or "two" or "three")
            && HoldersOf(k, k) is { Count: >= 2 } pair)
        {
            AddAmong(pair, sense);
            return;
        }
        if (targets.Count == 0)
            return;
        // "their main rival trafficker, X": a rival's trade says he is not one of them.
        if (sense == RelationSense.MemberOf && role.Tokens.Any(t => t != role.Head && (RelationWords.Noun(t.Lower) == RelationSense.RivalOf || t.Lower == "competing")))
            return;
        // "a mid-level commander of G": a rank below the top is a member's.
        if (sense == RelationSense.LeaderOf && role.Tokens.Any(t => RelationWords.IsLowerRank(t.Lower)))
            sense = RelationSense.MemberOf;
        // "its former allies" fought it: a past tie between equals is no tie now.
        if (sense is RelationSense.AllyOf or RelationSense.RivalOf && role.Tokens.Any(t => t.Lower is "former" or "ex" or "old" or "antiguos" or "antiguo" or "exaliados"))
            return;
        var holders = HoldersOf(k, after);
        // "Los Lobos … have since become their main rivals": a possessive in the predicate is not its own subject's.
        if (targets is [var ownedBy] && holders.Contains(ownedBy) && role.Owner is { } pronounOwner && pronounOwner.Is(PartOfSpeech.PossessivePronoun)
            && !ownedBy.IsPerson && discourse.GroupBefore(holders.ToHashSet()) is { } notSubject)
            targets = [notSubject];
        // "his brother Javier and Diego Pérez": one brother, whatever the list goes on to name.
        if (sense == RelationSense.SiblingOf && role.Head!.Lower is "brother" or "sister" or "hermano" or "hermana" && holders.Count > 1)
            holders = holders.Take(1).ToList();
        if (sense == RelationSense.MadeOf)
        {
            foreach (var whole in holders.Where(h => !h.IsPerson))
            {
                foreach (var part in targets)
                    Add(part, RelationshipType.MemberOf, whole);
            }
            if (holders.Count == 0 && role.Head!.Lower is "alliance" or "alianza" && targets.Count >= 2)
            {
                AddAmong(targets, RelationSense.AllyOf);
            }
            return;
        }
        // "Okafor's lieutenants, A and B": a leader's lieutenants are members of what he leads, which the
        // text may say only later; the boss's group is looked up when the whole text has been read.
        if (sense == RelationSense.MemberOf && targets is [{ IsPerson: true } boss] && role.Head!.Lower is "lieutenant" or "lieutenants"
            or "deputy" or "deputies" or "enforcer" or "enforcers" or "lugarteniente" or "lugartenientes" or "escolta" or "sicario" or "sicarios" or "bodyguard")
        {
            foreach (var holder in holders.Where(h => h.IsPerson && h != boss))
                lieutenants.Add((holder, boss, sentence));
            return;
        }
        // "Salcedo's partner": between two people a partner is a companion, not an ally.
        var companion = role.Head!.Lower is "partner" or "partners" or "socio" or "socia";
        foreach (var holder in holders)
        {
            foreach (var target in targets.Where(t => !(companion && t.IsPerson && holder.IsPerson)))
                Add(holder, sense, target);
        }
    }

    /// <summary>"His predecessor, X", "su sucesor, X": the one before or after a person in the post
    /// that person holds led it too; which post it is, the text may say later.</summary>
    private void Succession(int k)
    {
        var p = phrases[k];
        if (p.Entity is not null || p.Head?.Lower is not ("predecessor" or "successor" or "predecesor" or "antecesor" or "sucesor")
            || p.Owner is not { } owner || !owner.Is(PartOfSpeech.PossessivePronoun) || discourse.Person is not { } holder
            || k + 2 >= phrases.Count || phrases[k + 1].Kind != PhraseKind.Comma || phrases[k + 2].Entity is not { IsPerson: true } other || other == holder)
            return;
        successions.Add((other, holder, sentence));
    }

    /// <summary>The groups a role is held in: "of G" after it (a list for a coalition), else the
    /// owner ("G's", "its"), else a name modifying it ("Los Gavilanes chief"). Also where the role
    /// phrase ends.</summary>
    // What a group's member may be put in charge of: a town's drug market, its gunmen, its money.
    private static readonly HashSet<string> Departments = new(StringComparer.Ordinal)
    {
        "plaza", "plazas", "security", "finances", "finance", "logistics", "operations", "hitmen", "enforcers", "assassins",
        "intelligence", "seguridad", "finanzas", "logística", "operaciones", "sicarios", "escoltas", "zona", "cobros", "inteligencia",
    };

    /// <summary>"jefe de plaza de G", "the cartel's security chief": the head of one of a group's
    /// departments is its member, not its leader.</summary>
    private bool HeadsADepartment(int k)
    {
        var role = phrases[k];
        if (role.Tokens.Any(t => t != role.Head && Departments.Contains(t.Lower)))
            return true;
        // "jefe de plaza de G", and "the cartel's head of operations", where the owner is the group.
        return k + 2 < phrases.Count && OfWords.Contains(phrases[k + 1].Lower) && phrases[k + 2] is { Kind: PhraseKind.Noun, Entity: null, Head: { } area }
            && Departments.Contains(area.Lower) && (k + 3 < phrases.Count && OfWords.Contains(phrases[k + 3].Lower) || role.Owner is not null);
    }

    private (List<EntityDraft> Targets, int After) TargetsOf(int k, RelationSense sense)
    {
        // "el fundador y jefe de G", "fue el fundador y todavía es el cabecilla de G": two roles share the group after the second;
        // "the crew's founder and leader", the group before the first.
        if (SecondRoleAfter(k) is var second and >= 0 && RelationWords.Noun(phrases[second].Head!.Lower) is { } secondSense
            && !IsTieBetweenEquals(secondSense) && !IsTieBetweenEquals(sense) && OwnTargetsOf(second, secondSense) is { Targets.Count: > 0 } ofSecond)
            return ofSecond;
        var own = OwnTargetsOf(k, sense);
        return own.Targets.Count == 0 && FirstRoleBefore(k) is var first and >= 0
            ? (OwnTargetsOf(first, RelationWords.Noun(phrases[first].Head!.Lower)!.Value).Targets, own.After)
            : own;
    }

    private (List<EntityDraft> Targets, int After) OwnTargetsOf(int k, RelationSense sense)
    {
        var role = phrases[k];
        // "Los Tilos, whose leader X …", "Los Tilos, cuyo líder es X": the role is held in the name before.
        if (IsWhose(role) && k >= 2 && phrases[k - 1].Kind == PhraseKind.Comma
            && SkipParenthesis(k - 2) is var ownerAt && ownerAt >= 0 && phrases[ownerAt].Entity is { IsPerson: false } antecedent)
            return ([antecedent], k);
        // "Los Teros, a smaller gang from Artigas whose leader, X": the group the description is set beside.
        if (IsWhose(role) && k >= 3 && DescriptionBeforeAdjuncts(k - 1) is var description && phrases[description] is { Kind: PhraseKind.Noun, Head: { } groupNoun }
            && Discourse.IsGroupWord(groupNoun.Lower)
            && DescribedName(description) is { IsPerson: false } describedGroup)
            return ([describedGroup], k);
        if (k + 2 < phrases.Count && phrases[k + 1].Kind == PhraseKind.Preposition && OfWords.Contains(phrases[k + 1].Lower))
        {
            // "jefe de plaza de G": the group comes after the department.
            var at = HeadsADepartment(k) && k + 4 < phrases.Count && phrases[k + 2].Head is { } area && Departments.Contains(area.Lower) ? Named(k + 4) : Named(k + 2);
            if (sense == RelationSense.MadeOf)
            {
                // "a coalition of local gangs, including A and B": the members are the names listed.
                if (phrases[at].Entity is null && NamedAmong(at, person: false) is { } among)
                    at = among;
                var parts = ListItems(at, out var last);
                return (parts, last);
            }
            // "el hermano de este, X", "hermana del cabecilla", "a brother of the detainee": kin of the person in focus.
            if (sense == RelationSense.SiblingOf && IsPersonInFocus(at) && discourse.PersonBefore(namesHere) is { } kin)
                return ([kin], at);
            // "el encargado de las armas de la organización": a member's charge, then the group.
            var charged = at == k + 2 && sense == RelationSense.MemberOf && k + 4 < phrases.Count && IsCharge(k + 2) && phrases[k + 3].Lower is "of" or "de" or "del";
            if (charged)
                at = Named(k + 4);
            if (phrases[at].Entity is { } target)
                return ([target], at);
            // "el jefe de sicarios de la organización", "la encargada de las armas del grupo": the group described after the charge.
            if (at > k + 2 && GroupNamedOrDescribed(k + 4) is { } charging)
                return ([charging], k + 4);
            // "el jefe de la banda": a description of the group in focus.
            if (sense != RelationSense.MadeOf && phrases[k + 2].Head is { } described && Discourse.IsGroupWord(described.Lower)
                && discourse.GroupBefore(namesHere, described.Lower) is { } meant)
                return ([meant], k + 2);
        }
        if (role.Owner is { } owner)
        {
            // "Its leader, X, …" opening the sentence after a group was brought in; but "Its main enemy is …" in a
            // profile's section on its foes is still the profiled group's.
            if (k == 0 && sense is RelationSense.LeaderOf or RelationSense.Founded or RelationSense.MemberOf && (owner.Lower is "its" or "their" || owner.Is(PartOfSpeech.Noun) && Discourse.IsGroupWord(owner.Lower))
                && discourse.JustIntroduced(owner.Is(PartOfSpeech.Noun) ? owner.Lower : null) is { } introduced)
                return ([introduced], k);
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
        // "Other members include …", "Otros integrantes relevantes son …": members of the group in focus. "Another member, X,
        // fled" only once the text has named one of its members: "three members of a family" are no group's.
        if (sense == RelationSense.MemberOf && role.Owner is null && discourse.Group is { } inFocus
            && (role.First.Lower is "other" or "otros" or "otras"
                || role.First.Lower is "another" or "otro" or "otra" && found.Any(f => f.Type == RelationshipType.MemberOf && f.Object == inFocus)))
            return ([inFocus], k);
        return ([], k);
    }

    // "known only as", "alias", "apodado": a verb group that names.
    private static bool IsNaming(Phrase phrase) => phrase.Kind == PhraseKind.Verb && phrase.Tokens.Any(t => NamingWords.Contains(t.Lower));

    // "de este", "del cabecilla", "of the detainee": a demonstrative alone, or a definite noun for a person.
    private bool IsPersonInFocus(int k) =>
        phrases[k] is { Kind: PhraseKind.Noun, Entity: null } np
        && (np.Tokens.Count == 1 && np.First.Lower is "este" or "esta" or "éste" or "ésta"
            || (np.IsDefinite || k >= 1 && phrases[k - 1].Lower is "del") && Discourse.IsPersonWord(np.Last.Lower));

    private static bool IsTieBetweenEquals(RelationSense sense) => sense is RelationSense.RivalOf or RelationSense.AllyOf or RelationSense.SiblingOf;

    // The role noun coordinated after the one at k, past a copula and adverbs of its own ("y todavía es el
    // cabecilla"), or -1.
    private int SecondRoleAfter(int k)
    {
        if (k + 2 >= phrases.Count || phrases[k + 1].Lower is not ("and" or "y"))
            return -1;
        var at = k + 2;
        while (at + 1 < phrases.Count && (phrases[at].IsAdverbs || phrases[at].Kind == PhraseKind.Verb && IsCopula(phrases[at])))
            at++;
        return phrases[at] is { Kind: PhraseKind.Noun, Entity: null, Head: { } head } && RelationWords.Noun(head.Lower) is not null ? at : -1;
    }

    // The role noun coordinated before the one at k ("fundador y jefe del grupo"), whose holders it shares, or -1.
    private int FirstRoleBefore(int k)
    {
        if (k < 2 || phrases[k - 1].Lower is not ("and" or "y") || phrases[k - 2] is not { Kind: PhraseKind.Noun, Entity: null, Head: { } head }
            || RelationWords.Noun(head.Lower) is not { } first || IsTieBetweenEquals(first) || RelationWords.Noun(phrases[k].Head?.Lower ?? "") is not { } second
            || IsTieBetweenEquals(second))
            return -1;
        return k - 2;
    }

    /// <summary>Who holds a role phrase that spans phrases k..after.</summary>
    private List<EntityDraft> HoldersOf(int k, int after)
    {
        if (FirstRoleBefore(k) is var first and >= 0)
            return HoldersOf(first, after);
        var holders = new List<EntityDraft>();
        var start = k;
        // "one of the leaders", "uno de los líderes"
        if (start >= 2 && phrases[start - 1].Lower is "of" or "de" && phrases[start - 2].Lower is "one" or "uno" or "una")
            start -= 2;
        var before = start - 1;
        // "G was formed in 2018 through the merger of A and B", "nació de la fusión de A y B": what the whole became.
        if (before >= 1 && RelationWords.Noun(phrases[k].Head?.Lower ?? "") == RelationSense.MadeOf
            && phrases[before].Lower is "through" or "from" or "by" or "de" or "tras" or "mediante" or "con" && PreviousVerb(before) is var formed && formed >= 0
            && RelationWords.Lemma(phrases[formed].Tokens[^1].Lower) is "form" or "create" or "found" or "establish" or "crear" or "fundar" or "formar" or "nacer" or "surgir" or "emerge" or "bear" or "born"
            && Subject(formed) is { } whole)
            return whole.Where(e => !e.IsPerson).ToList();
        // Apposition after a name: "X, the gang's chief"; "X and Y, leaders of G"; "X, then the gang's chief".
        // Not a negation ("X, not the gang's leader"), nor "ya", which opens a clause of its own ("…, ya el jefe había huido").
        if (before >= 2 && phrases[before].IsAdverbs && !phrases[before].Tokens.Any(t => IsNegation(t) || t.Lower == "ya")
            && phrases[before - 1].Kind == PhraseKind.Comma)
            before--;
        // "Y, known as “Toro,” both members of G": the comma the English style sets inside the quotes.
        var comma = before >= 2 && IsQuote(phrases[before]) && phrases[before - 1].Kind == PhraseKind.Comma ? before - 1 : before;
        if (comma >= 1 && phrases[comma].Kind == PhraseKind.Comma && !IsWhose(phrases[k]))
        {
            var nameAt = SkipParenthesis(comma - 1);
            // "Los Machos and former Cali Cartel member Victor Patiño, both rivals of": a list of any kinds.
            var both = phrases[k].Tokens.Any(t => t.Lower is "both" or "all" or "ambos" or "ambas" or "todos");
            // "A and B, the leader of G": a singular role in apposition is the last name's alone.
            var singular = phrases[k].First.Lower is "the" or "a" or "an" or "el" or "la" or "un" or "una" && phrases[k].Head is { } roleHead
                && !roleHead.Lower.EndsWith('s') && start == k;
            if (nameAt >= 0 && phrases[nameAt].Entity is not null)
                holders.AddRange(singular ? [phrases[nameAt].Entity!] : NameListEndingAt(nameAt, mixedKinds: both));
        }
        // The name the role introduces: "the gang's chief, X"; "Los Gavilanes chief X"; "its leaders, X and Y";
        // "its commander, known only as X".
        var next = after + 1;
        if (next < phrases.Count && phrases[next].Kind == PhraseKind.Comma)
            next++;
        // "their chief, a figure known only as X": a person's noun before the naming participle.
        if (next + 2 < phrases.Count && next == after + 2 && phrases[next] is { Kind: PhraseKind.Noun, Entity: null, Head: { } described }
            && phrases[next].First.Lower is "a" or "an" or "un" or "una" && Entities.AliasPatterns.IsPersonNoun(described.Lower) && IsNaming(phrases[next + 1]))
            next++;
        if (next + 1 < phrases.Count && next >= after + 2 && next <= after + 3 && IsNaming(phrases[next]))
        {
            var named = next + 1;
            while (named < phrases.Count && named <= next + 3 && phrases[named].Entity is null && phrases[named].Kind is not (PhraseKind.Comma or PhraseKind.Boundary))
                named++;
            if (named < phrases.Count && phrases[named].Entity is { IsPerson: true })
                next = named;
        }
        // "su archirrival, la pandilla Los Grillos": a common noun introducing the name.
        if (next < phrases.Count && phrases[next].Entity is null && next > after + 1)
            next = Named(next);
        // "fundador de Los Cárabos, la banda de …": a description set beside the group names the group again, no holder.
        if (next < phrases.Count && phrases[next].Entity is not null && (next == after + 1 || holders.Count == 0)
            && !(phrases[next].Tokens.All(t => !t.IsName) && after < phrases.Count && phrases[after].Entity == phrases[next].Entity))
            holders.AddRange(NameList(next, out _));
        // A copula or "as" before the role: "X is the leader of G", "X became its chief", "succeeded Y as head of G".
        if (holders.Count == 0 && before >= 0)
        {
            var v = before;
            // "is, according to the police, a member of", "was, reportedly, its treasurer": the source or hedge set off
            // between the copula and the role.
            var setOff = v >= 3 && phrases[v].Kind == PhraseKind.Comma
                ? SourceOpening(v) is var source and >= 1 ? source - 1 : phrases[v - 1].IsAdverbs ? v - 2 : -1
                : -1;
            if (setOff >= 1 && phrases[setOff].Kind == PhraseKind.Comma && phrases[setOff - 1].Kind == PhraseKind.Verb)
                v = setOff - 1;
            // "son desde 2015 socios de", "is now the leader of": a time or an adverb between the copula and the role.
            if (v >= 2 && phrases[v].Kind == PhraseKind.Noun && phrases[v].Tokens.All(t => t.Is(PartOfSpeech.Number)) && phrases[v - 1].Lower is "desde" or "since" or "en" or "in")
                v -= 2;
            // "fue durante años el encargado", "was for years the gang's accountant": a span of time.
            else if (v >= 2 && phrases[v].Kind == PhraseKind.Noun && phrases[v].Head?.Lower is "años" or "years" or "décadas" or "decades" or "meses" or "months"
                && phrases[v - 1].Lower is "durante" or "for")
                v -= 2;
            else if (v >= 1 && phrases[v].IsAdverbs)
                v--;
            // "son desde 2015 socios": the year was read into the role's phrase.
            else if (v >= 1 && phrases[v].Lower is "desde" or "since" && phrases[k].First.Is(PartOfSpeech.Number))
                v--;
            var judging = AsWords.Contains(phrases[v].Lower) ? PreviousVerb(v) : phrases[v].Kind == PhraseKind.Verb ? v : -1;
            if (judging >= 0 && IsJudging(phrases[judging]) && Judged(judging, v) is { } judged)
                holders.Add(judged);
            else if (AsWords.Contains(phrases[v].Lower))
            {
                var verb = PreviousVerb(v);
                if (verb >= 0 && Subject(verb) is { } subject)
                    holders.AddRange(subject);
                // "Funcionan como una clica de G": a Spanish verb with no subject, as a unit of a group, speaks of the group in focus.
                else if (verb >= 0 && spanish && RelationWords.Noun(phrases[k].Head!.Lower) == RelationSense.PartOf && discourse.Group is { } inFocus)
                    holders.Add(inFocus);
            }
            else if (phrases[v].Kind == PhraseKind.Verb && IsCopula(phrases[v]) && Subject(v) is { } subject)
                holders.AddRange(subject);
        }
        // A role as the subject of a copula: "Its leader is X", "El jefe de G es X".
        // "The Pumas' fiercest rival in the north was Los Cardos": a place or time may come between.
        var copula = after + 1;
        // "His closest ally outside the cartel is X": so may the circle the role is held in.
        if (copula + 2 < phrases.Count && phrases[copula].Kind == PhraseKind.Preposition
            && phrases[copula].Lower is "in" or "on" or "at" or "since" or "for" or "en" or "desde" or "outside" or "beyond" or "within" or "inside" or "among" or "fuera" or "dentro"
            && (phrases[copula + 1].Kind == PhraseKind.Noun || phrases[copula + 1].IsAdverbs) && phrases[copula + 1].Entity is not { IsPerson: true })
            copula += 2;
        // "Su principal enemigo es la banda de Los Cometas": the group noun only introduces the name after "de".
        var complement = copula + 1;
        if (complement + 2 < phrases.Count && phrases[complement] is { Kind: PhraseKind.Noun, Entity: null, Head: { } kind } && Discourse.IsGroupWord(kind.Lower)
            && phrases[complement + 1].Lower is "de" or "of" && phrases[complement + 2].Entity is { IsPerson: false })
            complement += 2;
        // "Other members include Ruiz's girlfriend, Ana Pino, …", "Otros integrantes son los primos A y B": the names may come
        // after a description of the first.
        if (RelationWords.Noun(phrases[start].Head?.Lower ?? "") == RelationSense.MemberOf)
            complement = PersonAfterDescription(complement);
        if (holders.Count == 0 && complement < phrases.Count && phrases[copula].Kind == PhraseKind.Verb && IsCopula(phrases[copula])
            && phrases[complement].Entity is not null && IsClauseSubject(start))
            holders.AddRange(NameList(complement, out _));
        return holders;
    }

    // "Ruiz's girlfriend, Ana Pino", "los primos A y B": the first person a description at k introduces, or k.
    private int PersonAfterDescription(int k)
    {
        if (k + 2 >= phrases.Count || phrases[k] is not { Kind: PhraseKind.Noun, Entity: null })
            return k;
        if (Named(k, agent: true) is var kin && kin > k)
            return kin;
        return phrases[k + 1].Kind == PhraseKind.Comma && phrases[k + 2].Entity is { IsPerson: true } ? k + 2 : k;
    }

    private static bool IsWhose(Phrase role) => role.First.Lower is "whose" or "cuyo" or "cuya" or "cuyos" or "cuyas";

    // Verbs by which someone else calls a person what they are: "prosecutors describe X as the leader".
    private static readonly HashSet<string> JudgingVerbs = new(StringComparer.Ordinal)
    {
        "consider", "considers", "considered", "describe", "describes", "described", "call", "calls", "called", "identify", "identifies",
        "identified", "name", "names", "label", "labels", "labelled", "labeled", "brand", "brands", "branded", "regard", "regards", "list", "lists", "listed",
        "considera", "consideran", "consideraba", "describen", "califica", "califican", "señala", "señalan", "señaló", "identifica",
        "identifican", "identificó", "llama", "llaman", "tilda", "tildan", "cataloga", "catalogan", "sindica", "sindican", "apunta", "apuntan",
    };

    private static bool IsJudging(Phrase verb) => JudgingVerbs.Contains(verb.Tokens[^1].Lower);

    /// <summary>Whom a judging verb at <paramref name="verb"/> judges: its object before "as"
    /// ("describe Arteaga as"), or the antecedent of an object relative ("X, whom police describe as",
    /// "X, a quien la fiscalía considera").</summary>
    private EntityDraft? Judged(int verb, int roleBefore)
    {
        if (verb + 1 < roleBefore && phrases[verb + 1].Entity is { IsPerson: true } named)
            return named;
        // "lo consideran el jefe de G": a clitic before the verb is the person in focus.
        if (spanish && verb >= 1 && phrases[verb - 1].Lower is "lo" or "la" && phrases[verb - 1].Tokens.Count == 1)
            return discourse.Person;
        for (var i = verb - 1; i >= 0 && i >= verb - 4; i--)
        {
            var p = phrases[i];
            if (p.Kind == PhraseKind.Relative)
            {
                var objectRelative = p.Lower is "whom" || (i >= 1 && phrases[i - 1].Lower is "a" or "al");
                var at = i - (p.Lower is "whom" ? 1 : 2);
                if (!objectRelative || at < 1 || phrases[at].Kind != PhraseKind.Comma)
                    return null;
                return phrases[SkipParenthesis(at - 1)].Entity is { IsPerson: true } antecedent ? antecedent : null;
            }
            if (p.Kind is not (PhraseKind.Noun or PhraseKind.Other))
                return null;
        }
        return null;
    }
}
