using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

// Leadership and membership in fixed frames around a noun: under someone's command, in someone's
// hands, command passing to someone, time spent or posts held in a group, a fronted "en la organización".
public sealed partial class ClauseRelations
{
    /// <summary>"Los Zancudos de Ildefonso Viveros, alias “El Tábano”", "the Jején Cartel of Ildefonso Viveros, alias …":
    /// a gang named by the man who runs it, his nickname after him (the name split off by NameCandidateFinder).</summary>
    private void GroupOfNamedMan(int k)
    {
        if (k + 2 < phrases.Count && phrases[k].Entity is { IsPerson: false } group && phrases[k].Last.Entity == group
            && phrases[k + 1].Lower is "of" or "de" or "del" && phrases[k + 2].Entity is { IsPerson: true } man && phrases[k + 2].Tokens.All(t => t.Entity == man)
            && NameCandidateFinder.AliasFollows(sentence, phrases[k + 2].Last.End))
            Add(man, RelationSense.LeaderOf, group);
    }

    /// <summary>"Los Tilos quedaron en manos de X", "la jefatura pasó a manos de X": the group, or the
    /// leadership of the group in focus, passed to X.</summary>
    private void InHandsOf(int k)
    {
        if (k + 4 >= phrases.Count || phrases[k + 1].Lower is not ("en" or "a") || phrases[k + 2].Head?.Lower != "manos"
            || phrases[k + 3].Lower is not ("de" or "del") || phrases[Named(k + 4, agent: true)].Entity is not { IsPerson: true } leader)
            return;
        var subject = k > 0 && phrases[k - 1].Head?.Lower is "jefatura" or "liderazgo" or "mando" or "control" ? (discourse.Group is { } g ? [g] : [])
            : Subject(k) ?? [];
        foreach (var group in subject.Where(e => !e.IsPerson))
            Add(leader, RelationSense.LeaderOf, group);
    }

    /// <summary>"The group's command passed to his nephew, X", "its leadership fell to X".</summary>
    private void PassedTo(int k)
    {
        if (k < 1 || k + 2 >= phrases.Count || phrases[k].Last.Lower is not ("passed" or "fell" or "went" or "pasó") || phrases[k + 1].Lower is not ("to" or "a")
            || phrases[k - 1].Head?.Lower is not ("command" or "leadership" or "control" or "reins" or "helm" or "jefatura" or "liderazgo" or "mando" or "riendas")
            || Named(HandsOf(k + 2), agent: true) is var heirAt && phrases[heirAt].Entity is not { IsPerson: true })
            return;
        var owner = phrases[k - 1].Owner;
        var group = owner is null ? discourse.Group
            : owner.IsName ? owner.Entity
            : owner.Is(PartOfSpeech.PossessivePronoun) ? discourse.Owner(owner, RelationSense.LeaderOf)
            : Discourse.IsGroupWord(owner.Lower) ? discourse.GroupBefore(namesHere, owner.Lower) : null;
        // "passed to his two sons, A and B": every heir listed.
        if (group is { IsPerson: false })
            foreach (var heir in NameList(heirAt, out _).Where(e => e.IsPerson))
                Add(heir, RelationSense.LeaderOf, group);
    }

    // "pasó a manos de X", "passed into the hands of X": the hands are X's.
    private int HandsOf(int at) =>
        at + 2 < phrases.Count && phrases[at].Head?.Lower is "manos" or "hands" && phrases[at + 1].Lower is "de" or "of" ? at + 2 : at;

    // "spent six years in Los Cuervos", "hold posts in the gang": time spent or a post held in a group is membership.
    private void TimeOrPostIn(int k)
    {
        if (k + 3 >= phrases.Count || phrases[k + 1] is not { Kind: PhraseKind.Noun, Entity: null, Head: { } what } || phrases[k + 2].Lower is not ("in" or "within" or "with")
            || IsPassive(k))
            return;
        var time = TimeSpans.Contains(what.Lower) || what.Lower == "time";
        var post = what.Lower is "post" or "posts" or "position" or "positions" or "role" or "roles" or "rank" or "ranks";
        if (!(time && RelationWords.Lemma(phrases[k].Last.Lower) == "spend" || post && RelationWords.Lemma(phrases[k].Last.Lower) == "hold")
            || NameOrMeant(k + 3) is not [{ IsPerson: false } group] || Subject(k) is not { } members)
            return;
        foreach (var member in members.Where(e => e.IsPerson))
            Add(member, RelationshipType.MemberOf, group);
    }

    /// <summary>"En la organización participan sus hermanos A y B": the place of membership comes
    /// first, the members after the verb.</summary>
    private bool FrontedMembers(int k)
    {
        if (FrontedGroup(k) is not { } fronted)
            return false;
        var at = Named(k + 1, agent: true);
        if (phrases[at].Entity is { IsPerson: true })
            foreach (var member in NameList(at, out _).Where(e => e.IsPerson))
                Add(member, RelationshipType.MemberOf, fronted);
        return true;
    }

    /// <summary>"G operates through a cell known as H", "actúa a través de una célula llamada H": the unit a
    /// group works through is part of it.</summary>
    private void ThroughUnit(int k)
    {
        var at = k + 1;
        if (at + 1 < phrases.Count && phrases[at].Lower == "through")
            at++;
        else if (at + 3 < phrases.Count && phrases[at].Lower == "a" && phrases[at + 1].Head?.Lower == "través" && phrases[at + 2].Lower == "de")
            at += 3;
        else
            return;
        // "operates through Los Tordos Negros, a cell led by X": the name first, the unit noun in apposition.
        var namedFirst = phrases[at].Entity is { IsPerson: false } && at + 2 < phrases.Count && phrases[at + 1].Kind == PhraseKind.Comma
            && phrases[at + 2].Head is { } apposed && RelationWords.Noun(apposed.Lower) == RelationSense.PartOf;
        if (!namedFirst && (phrases[at].Kind != PhraseKind.Noun || phrases[at].Head is not { } unitNoun || RelationWords.Noun(unitNoun.Lower) != RelationSense.PartOf))
            return;
        if (UnitNamed(at) is not { IsPerson: false } unit || Subject(k) is not { } wholes)
            return;
        foreach (var whole in wholes.Where(w => !w.IsPerson))
            Add(unit, RelationshipType.MemberOf, whole);
    }

    /// <summary>"The Mara Cuarenta has been split into two factions, the Históricos and the Renovadores",
    /// "se dividió en dos facciones: A y B": the factions named are parts of the group split.</summary>
    private void SplitInto(int k)
    {
        if (phrases[k].Last.Lower is not ("split" or "splits" or "divided" or "divides" or "splintered" or "fractured" or "dividió" or "dividieron"
            or "divide" or "dividido" or "dividida" or "fracturó" or "partió" or "escindió"))
            return;
        for (var i = k + 1; i + 3 < phrases.Count && i <= k + 4; i++)
        {
            if (phrases[i].Kind is PhraseKind.Verb or PhraseKind.Relative)
                return;
            if (phrases[i].Lower is not ("into" or "en") || phrases[i + 1].Head is not { } parts || RelationWords.Noun(parts.Lower) != RelationSense.PartOf)
                continue;
            // "dos facciones enfrentadas entre sí: A y B": words about the parts may come before the list.
            var listAt = i + 2;
            var feuding = phrases[i + 1].Tokens.Any(IsFeudWord);
            while (listAt < phrases.Count && listAt <= i + 6 && phrases[listAt].Lower is not ("," or ":" or "—" or "–") && phrases[listAt].Kind != PhraseKind.Boundary)
            {
                feuding |= phrases[listAt].Tokens.Any(IsFeudWord);
                listAt++;
            }
            if (listAt + 1 >= phrases.Count || phrases[listAt].Lower is not ("," or ":" or "—" or "–"))
                return;
            var named = phrases[listAt + 1].Entity is { IsPerson: false } ? NameList(listAt + 1, out _).Where(e => !e.IsPerson).ToList() : [];
            // "dividió a Los Topos en", "split Los Topos into": a named object is what was split.
            var objectAt = k + 1 < i && phrases[k + 1].Lower is "a" or "al" ? k + 2 : k + 1;
            var whole = objectAt < i && phrases[objectAt].Entity is { IsPerson: false } splitObject ? [splitObject]
                : Subject(k) ?? (PreviousVerb(k) is var before && before >= 0 ? Subject(before) : null);
            if (named.Count >= 2 && whole is [{ IsPerson: false } split])
            {
                foreach (var faction in named.Where(f => f != split))
                    Add(faction, RelationshipType.MemberOf, split);
                if (feuding)
                    AddAmong(named.Where(f => f != split).ToList(), RelationSense.RivalOf);
            }
            return;
        }
    }

    private static bool IsFeudWord(Token t) =>
        t.Lower.StartsWith("enfrentad", StringComparison.Ordinal) || t.Lower is "rival" or "rivales" or "warring" or "feuding" or "opposing";

    // The name given to a unit's description: "a cell known as H", "una célula llamada H", "a local cell, H".
    private EntityDraft? UnitNamed(int at)
    {
        if (phrases[at].Entity is { } named)
            return named;
        if (at + 3 < phrases.Count && phrases[at + 1].Kind == PhraseKind.Verb && NamingWords.Contains(phrases[at + 1].Last.Lower) && AsWords.Contains(phrases[at + 2].Lower))
            return phrases[at + 3].Entity;
        if (at + 1 < phrases.Count && NamingWords.Contains(phrases[at].Last.Lower))
            return AsWords.Contains(phrases[at + 1].Lower) && at + 2 < phrases.Count ? phrases[at + 2].Entity : phrases[at + 1].Entity;
        if (at + 2 < phrases.Count && phrases[at + 1].Kind == PhraseKind.Comma)
            return phrases[at + 2].Entity;
        return null;
    }

    /// <summary>"H, with which G has been allied", "H, con la que G mantiene una alianza": the name a relative
    /// clause opened by "with" hangs on, for the verb at k.</summary>
    private EntityDraft? WithWhich(int k)
    {
        for (var i = k - 1; i >= 1 && i >= k - 4; i--)
        {
            if (phrases[i].Kind != PhraseKind.Relative)
                continue;
            var prep = i - 1;
            // "con la que", "con el cual": the article before the relative word.
            if (phrases[prep].Kind == PhraseKind.Noun && phrases[prep].Tokens.All(t => t.Is(PartOfSpeech.Determiner)) && prep >= 1)
                prep--;
            if (phrases[prep].Lower is not ("with" or "con") || prep < 2)
                return null;
            if (phrases[prep - 1].Kind == PhraseKind.Comma)
            {
                var antecedent = SkipParenthesis(prep - 2);
                // "H, una red de cobradores dirigida por X, con la que G": the network, not its leader.
                if (antecedent >= 3 && phrases[antecedent].Entity is { IsPerson: true } && ByWords.Contains(phrases[antecedent - 1].Lower)
                    && phrases[antecedent - 2].Kind == PhraseKind.Verb && DescriptionBeforeAdjuncts(antecedent - 3) is var described
                    && phrases[described] is { Kind: PhraseKind.Noun, Head: { } kind } && Discourse.IsGroupWord(kind.Lower))
                    return DescribedName(described);
                return antecedent >= 0 ? phrases[antecedent].Entity : null;
            }
            // "H, a crew based in Linstead with which G has been allied": the name the description is set beside.
            var description = prep - 1;
            while (description > prep - 6 && description > 0 && phrases[description].Kind is PhraseKind.Preposition or PhraseKind.Verb or PhraseKind.Noun
                && !(phrases[description].Head is { } noun && Discourse.IsGroupWord(noun.Lower)))
                description--;
            if (phrases[description] is not { Kind: PhraseKind.Noun, Head: { } head } || !Discourse.IsGroupWord(head.Lower))
                return null;
            // The description may already stand for the name it is set beside.
            return DescribedName(description);
        }
        return null;
    }

    /// <summary>A group in a prepositional phrase that opens the clause before the verb at k: "En la organización participan".</summary>
    private EntityDraft? FrontedGroup(int k) =>
        k >= 2 && phrases[k - 2].Lower is "en" && (k < 3 || phrases[k - 3].Kind is PhraseKind.Comma or PhraseKind.Boundary)
            && (phrases[k - 1].Entity ?? discourse.Resolve(phrases[k - 1])) is { IsPerson: false } group ? group : null;

    // "Under the leadership of X, G expanded": X leads the subject of the next verb. "G is under the
    // command of X", "el frente está bajo el mando de X": X leads the subject of the verb before.
    private void UnderLeadership(int k)
    {
        var p = phrases[k];
        // "opera en el muelle bajo las órdenes de X": the verb may have its object and place first.
        if (p.Kind == PhraseKind.Preposition && p.Lower is "under" or "bajo" && k >= 1 && PreviousVerb(k) is var governing && governing >= 0 && k + 3 < phrases.Count
            && phrases[k + 1].Head?.Lower is "leadership" or "command" or "control" or "orders" or "liderazgo" or "mando" or "órdenes"
            && phrases[k + 2].Lower is "of" or "de" or "del" && phrases[Named(k + 3)].Entity is { IsPerson: true } boss && Subject(governing) is { } commanded)
        {
            foreach (var g in commanded.Where(e => !e.IsPerson))
                Add(boss, RelationSense.LeaderOf, g);
            return;
        }
        // "The Quarry Kings held the docks under Wendell Okafor": a person, no title, governs the group that acts.
        if (p.Kind == PhraseKind.Preposition && p.Lower is "under" && k >= 1 && PreviousVerb(k) is var verbBefore && verbBefore >= 0 && k + 1 < phrases.Count
            && phrases[k + 1].Tokens.All(t => t.IsName) && phrases[k + 1].Entity is { IsPerson: true } chief && Subject(verbBefore) is { } ruled)
        {
            foreach (var g in ruled.Where(e => !e.IsPerson))
                Add(chief, RelationSense.LeaderOf, g);
            return;
        }
        if (p.Kind == PhraseKind.Preposition && p.Lower is "under" or "bajo" && k + 3 < phrases.Count
            && phrases[k + 1].Head?.Lower is "leadership" or "command" or "liderazgo" or "mando"
            && phrases[k + 2].Lower is "of" or "de" or "del" && phrases[Named(k + 3)].Entity is { IsPerson: true } leader)
            underLeader = (leader, k);
        // "Under Okafor, the gang took the docks."
        if (k == 0 && p.Lower is "under" && phrases.Count > 2 && phrases[1].Tokens.All(t => t.IsName) && phrases[1].Entity is { IsPerson: true } opening
            && phrases[2].Kind == PhraseKind.Comma)
            underLeader = (opening, k);
        if (underLeader is { } under && p.Kind == PhraseKind.Verb && under.At < k)
        {
            if (Subject(k) is { } led)
                foreach (var g in led.Where(e => !e.IsPerson))
                    Add(under.Leader, RelationSense.LeaderOf, g);
            underLeader = null;
        }
    }
}
