using CrimeArchive.Data;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Reads every sentence for the entities a text introduces: alias statements first (so
/// that nicknames are not taken for new names), then group names, then full person names, then
/// folds shortened forms ("Luis Enrique") into the full names they shorten.</summary>
public sealed partial class EntityDiscovery(EntityRegistry registry, List<SentenceInfo> sentences, KnownNames? known = null)
{
    public List<(EntityDraft A, EntityDraft B, SentenceInfo Info)> Siblings { get; } = [];

    /// <summary>Units named with the group they belong to ("Frente 41 de las FRU"): the unit is a member of it.</summary>
    public List<(EntityDraft Unit, EntityDraft Parent, SentenceInfo Info)> Parts { get; } = [];

    private readonly List<(AliasStatement Statement, SentenceInfo Info)> pendingAliases = [];
    private SiblingListRule? siblingLists;

    public void Run()
    {
        siblingLists = new SiblingListRule(registry, Siblings);
        foreach (var info in sentences)
            ReadAliases(info);
        foreach (var info in sentences)
            ReadGroups(info);
        foreach (var info in sentences)
            ReadCoordinatedGroups(info);
        foreach (var info in sentences)
            ReadAcronyms(info);
        foreach (var info in sentences)
            ReadGlossedNames(info);
        foreach (var info in sentences)
            BrothersRule.SurnamesFirst(info, registry, Siblings);
        foreach (var info in sentences)
            ReadPeople(info);
        foreach (var (statement, info) in pendingAliases)
        {
            var owner = OwnerOfTranslation(statement.Nickname) ?? registry.FindOne(statement.Owner.Surface)
                ?? Consolidation.PersonByPart(registry, statement.Owner.Surface, statement.Owner.Start)
                ?? FirstNameWithNickname(statement, info);
            if (owner is not null)
            {
                MergeNicknameReadAsPerson(owner, statement.Nickname, statement.NicknameStart);
                AddNickname(owner, statement.Nickname);
            }
        }
        // "US prosecutors know him as “The Doctor”": the nickname is the person last named.
        // The nickname is a mention of the person too, everyday words and all ("The Pilot").
        for (var k = 0; k < sentences.Count; k++)
            foreach (var (nickname, start, at) in AliasPatterns.NicknamesOfPronoun(sentences[k]))
                if (OwnerOfPronounsNickname(nickname, k, at, start) is { } person)
                {
                    MergeNicknameReadAsPerson(person, nickname, start);
                    AddNickname(person, nickname);
                    // "know him as “El Alcalde”": a Spanish article written with a capital is part of the name as the
                    // text gives it, and the newsroom's lists keep it so.
                    if (!(nickname.Split(' ', 2) is [var article, _] && char.IsUpper(article[0]) && NameWords.Key(article) is "el" or "la")
                        || !sentences[k].Spans.Any(s => s.Start == start && s.End == start + nickname.Length))
                        SpanPastArticle(sentences[k], nickname, start);
                }
        foreach (var info in sentences)
            ReadTranslatedNicknames(info);
        for (var k = 0; k < sentences.Count; k++)
            ReadNicknameEquations(sentences[k], k);
        Consolidation.Run(registry);
        DropRivers(sentences);
        TranslatedGroupNames.Run(registry, sentences);
        foreach (var info in sentences)
            FamilyMembersRule.Apply(info, registry, Siblings);
    }

    // "pushing west along the Solimões" where the text also says "the Solimões River" or "el río Solimões": the
    // name is the river's, not a group's, whatever the article before it made of it.
    private void DropRivers(List<SentenceInfo> sentences)
    {
        foreach (var group in registry.Entities.Where(e => e.Kind == EntityKind.Group).ToList())
        {
            var name = group.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? group.Name[4..] : group.Name;
            if (name.Contains(' ') || NameWords.IsGroupHead(name))
                continue;
            // "The Lempa is a gang …; its name comes from the Lempa River": the text says which it is.
            string[] riverForms = [name + " River", "río " + name, "rio " + name, "Río " + name, "Rio " + name];
            string[] groupForms = [name + " is a", name + " es un"];
            if (sentences.Any(s => HoldsWholeForm(s.Sentence.Text, riverForms))
                && !sentences.Any(s => groupForms.Any(f => s.Sentence.Text.Contains(f, StringComparison.Ordinal))))
                registry.Remove(group);
        }
    }

    // "the Tapajós River", "el río Tapajós", each a whole word: not "Mario Tapajós".
    private static bool HoldsWholeForm(string text, string[] forms)
    {
        foreach (var form in forms)
        {
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                var end = at + form.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                    return true;
            }
        }
        return false;
    }

    // "Locals call him “Uncle Hilario”" after his brother was named: a nickname made of a title and a first
    // name is the one person's of that family with that first name, rather than the relative named last.
    private EntityDraft? PersonCalledByFirstName(string nickname, EntityDraft? namedLast)
    {
        if (namedLast is null || namedLast.NameWords.Length < 2)
            return null;
        var words = nickname.Split(' ');
        if (words.Length < 2)
            return null;
        var given = words.Skip(1).Select(NameNormalizer.Normalize).ToHashSet();
        var named = registry.Entities.Where(e => e.IsPerson && e.NameWords.Length >= 2 && given.Contains(e.NameWords[0])).ToList();
        // "Hilario Quispe" and "Hilario Quispe Huamán", not yet folded together, are one person.
        return named.Count > 0 && named.All(e => e.NameWords[1] == named[0].NameWords[1]) && named[0].NameWords[^1] == namedLast.NameWords[^1]
            ? named.MaxBy(e => e.NameWords.Length) : null;
    }

    // A name read from the text where no span starts gets one, so that it is mentioned.
    private static void SpanUnlessSpanned(SentenceInfo info, int start, int end)
    {
        if (!info.Spans.Any(s => s.Start == start))
            NameCandidateFinder.SpanOver(info, start, end);
    }

    private void ReadTranslatedNicknames(SentenceInfo info)
    {
        // SpanOver replaces spans of the list: read a copy.
        foreach (var span in info.Spans.ToList())
            if (AliasPatterns.TranslationAfter(info, span) is var (nickname, start)
                && registry.FindOne(span.Surface, EntityKind.Person) is { } person && person.Nicknames.Contains(NameNormalizer.Normalize(span.Surface)))
            {
                AddNickname(person, nickname);
                SpanUnlessSpanned(info, start, start + nickname.Length);
            }
    }

    // The nearest person named before a position, in its sentence or the two before; a surname is the
    // one person it shortens ("Ramos" before "Jorge Ramos Ibáñez" is named).
    // The nickname itself, shaped like a name and read as a person of its own ("Better known as “Niño Yonai,” he"),
    // names no one before it; a nickname someone already answers to names him.
    private EntityDraft? PersonNamedBefore(int sentence, int at, int nicknameStart = -1)
    {
        for (var k = sentence; k >= 0 && k >= sentence - 2; k--)
            for (var i = sentences[k].Spans.Count - 1; i >= 0; i--)
                if (sentences[k].Spans[i] is { } span && span.End <= at
                    && (registry.FindOne(span.Surface, EntityKind.Person) ?? Consolidation.PersonByPart(registry, span.Surface, span.Start)) is { } person
                    && !(span.Start == nicknameStart && person.Name == span.Surface))
                    return person;
        return null;
    }

    // "El Tanque" is also "Tanque" later in the text.
    // "he was known as “Pisco Nutria”", "alias “Mono Ramón”": a quoted nickname shaped like a full name was read as a
    // person of its own; it is this person's name. Named so elsewhere in the text with a given name first ("Pablo
    // Escobar … better known as “Pablo Escobar,” he"), it is someone else's.
    private void MergeNicknameReadAsPerson(EntityDraft person, string nickname, int start)
    {
        var givenNameFirst = GivenNames.Contains(nickname.Split(' ')[0]);
        foreach (var other in registry.Find(nickname).Where(e => e.IsPerson && e != person && (e.FirstStart == start || !givenNameFirst && e.Name == nickname)).ToList())
            registry.Merge(other, person, keepName: true);
    }

    private void AddNickname(EntityDraft person, string nickname)
    {
        registry.AddKey(person, nickname);
        var words = nickname.Split(' ', 2);
        var withArticle = words.Length == 2 && NameWords.Key(words[0]) is "el" or "la" or "the";
        person.Nicknames.Add(NameNormalizer.Normalize(withArticle ? words[1] : nickname));
        if (withArticle && !NameWords.IsEveryday(words[1]))
            registry.AddKey(person, words[1]);
        // "alias “Beto de la Loma”" is "Beto" later, "El Gallo de Yoro" "El Gallo": a nickname's head before its "de".
        var of = nickname.IndexOf(" de", StringComparison.Ordinal);
        if (of > 0 && (nickname.AsSpan(of).StartsWith(" de ") || nickname.AsSpan(of).StartsWith(" del ")))
        {
            var head = nickname[..of];
            var bare = withArticle ? head[(head.IndexOf(' ') + 1)..] : head;
            if (bare.Length > 2 && !bare.Contains(' ') && !NameWords.IsEveryday(bare) && !NameWords.IsPlace(bare))
            {
                registry.AddKey(person, head);
                registry.AddKey(person, bare);
            }
        }
    }

    // "while Nery, known as “El Toro,” manages the airstrips": a lone first name with a quoted nickname is a person.
    private EntityDraft? FirstNameWithNickname(AliasStatement statement, SentenceInfo info)
    {
        if (statement.Owner is not { Count: 1 } owner || registry.Find(owner.Surface).Count > 0 || !GivenNames.Contains(owner.Surface)
            || statement.NicknameStart <= info.Sentence.Start || info.Sentence.Text[statement.NicknameStart - info.Sentence.Start - 1] is not ('"' or '“' or '«'))
            return null;
        return registry.Add(EntityKind.Person, owner.Surface, owner.Start);
    }

    private static bool IsWhereSomeoneIs(NameSpan owner, SentenceInfo info) =>
        NameWords.IsPlace(owner.Surface) && PersonNameRules.WordBefore(info, owner) is "in" or "en" or "from" or "desde" or "at";

    private void ReadAliases(SentenceInfo info)
    {
        var stated = AliasPatterns.Find(info);
        foreach (var (nickname, start) in AliasPatterns.NicknameOnly(info))
        {
            // "Arley Quiñones, a former commander known as “Mordisco Negro”": the nickname has its owner; where a man is
            // is none ("his deputy in Loja, a 31-year-old known as “Tizón”").
            if (registry.Find(nickname).Count > 0 || stated.Any(f => f.NicknameStart == start && !IsWhereSomeoneIs(f.Owner, info)))
                continue;
            var nicknamed = registry.Add(EntityKind.Person, nickname, start);
            AddNickname(nicknamed, nickname);
            if (AliasPatterns.TranslationAfterQuote(info, start, nickname.Length) is var (translation, translationStart))
            {
                AddNickname(nicknamed, translation);
                SpanUnlessSpanned(info, translationStart, translationStart + translation.Length);
            }
            // "“Mano de Piedra”": a nickname that is no single capitalized run gets a span of its own, as a stated one does.
            if (!StartsWithArticle(nickname) && !info.Spans.Any(s => s.Start == start && s.End == start + nickname.Length))
                NameCandidateFinder.SpanOver(info, start, start + nickname.Length);
            foreach (var span in info.Spans.Where(s => s.Start == start))
                registry.Consumed.Add(span.Start);
        }
        foreach (var found in stated)
        {
            // "Minor Fallas": an owner wider than the sentence's spans becomes one, so that it is mentioned.
            if (!info.Spans.Any(s => s.Start == found.Owner.Start && s.End == found.Owner.End))
                NameCandidateFinder.SpanOver(info, found.Owner.Start, found.Owner.End);
            // "alias “comandante Rita”", "alias “614”", "(Fermin the Tailor)": a nickname that is no single
            // capitalized run gets a span of its own, so it is mentioned, and kept as a name, like any other.
            var statement = (found.NicknameSpan is null || found.NicknameSpan.End != found.NicknameStart + found.Nickname.Length)
                && !StartsWithArticle(found.Nickname) && NameCandidateFinder.SpanOver(info, found.NicknameStart, found.NicknameStart + found.Nickname.Length) is { } made
                ? found with { NicknameSpan = made }
                : found;
            if (statement.NicknameSpan is not null)
                registry.Consumed.Add(statement.NicknameSpan.Start);
            // "apodaba “el Rey del Cobre”": the words past the article are the nickname, not a new person.
            else if (StartsWithArticle(statement.Nickname) && SpanPastArticle(info, statement.Nickname, statement.NicknameStart) is { } bareSpan)
                registry.Consumed.Add(bareSpan.Start);
            var fullName = statement.FullName;
            if (fullName is null && IsMembersNickname(statement, info) && GroupNameRules.Classify(statement.Owner, info) is { } ownerGroup)
            {
                registry.Add(EntityKind.Group, ownerGroup.Name, ownerGroup.Start);
                AddNickname(registry.Add(EntityKind.Person, statement.Nickname, statement.NicknameStart), statement.Nickname);
                continue;
            }
            // "un enviado de la pandilla Los Zorros conocido como "el Güero"": the nickname is the envoy's.
            if (fullName is null && PersonNameRules.IsFullName(statement.Owner, info))
                fullName = statement.Owner.Surface;
            // "La Unión Costera, better known as Los Tordos": a group's other name.
            if (fullName is null && statement.NicknameSpan is { } nicknameSpan && !PersonNameRules.IsFullName(statement.Owner, info)
                && GroupNameRules.Classify(nicknameSpan, info) is { } nicknameGroup && GroupNameRules.Classify(statement.Owner, info) is null)
            {
                // "In Costa Brava, a cell known as Los Tejones", "a band in Valle Hondo known as Los Grillos": the name is
                // the described group's, the place only where it is.
                if (GroupNameRules.IsPlaceOfNamedGroup(statement.Owner, info))
                    registry.Add(EntityKind.Group, nicknameGroup.Name, nicknameGroup.Start);
                else
                    registry.AddKey(registry.Add(EntityKind.Group, statement.Owner.Surface, statement.Owner.Start), nicknameGroup.Name);
                continue;
            }
            if (fullName is null)
            {
                var group = GroupNameRules.Classify(statement.Owner, info);
                if (group is not null)
                {
                    var g = registry.Add(EntityKind.Group, group.Name, group.Start);
                    registry.AddKey(g, statement.Nickname);
                }
                else
                {
                    pendingAliases.Add((statement, info));
                }
                continue;
            }
            // "Carlos Ruiz, alias “The Engineer”" keeps his own, whoever is El Ingeniero; a surname alone
            // ("identifican a Aguirre Llamas como “The Engineer”") may be a relative's.
            var person = (statement.FullName is null && !statement.Owner.Words.Any(w => GivenNames.Contains(w.Text)) ? OwnerOfTranslation(statement.Nickname) : null)
                ?? registry.Add(EntityKind.Person, fullName, statement.Owner.Start);
            MergeNicknameReadAsPerson(person, statement.Nickname, statement.NicknameStart);
            AddNickname(person, statement.Nickname);
        }
    }

    // "“The Engineer”" is El Ingeniero's, whomever the clause gives it to: English reporting and US files
    // put nicknames into English, and two people of one text seldom share one.
    private EntityDraft? OwnerOfTranslation(string nickname) =>
        nickname.Split(' ', 2) is [var article, var rest] && NameWords.Key(article) == "the" ? registry.PersonByTranslatedNickname(NameWords.Key(rest)) : null;

    // "alias «el Mono»" is "Mono" where the text uses it again; the article is no part of it.
    /// <summary>The span of a nickname's words past its article ("el Rey del Cobre": "Rey del Cobre"),
    /// made one when the sentence has none.</summary>
    private static NameSpan? SpanPastArticle(SentenceInfo info, string nickname, int start)
    {
        var bare = start + (StartsWithArticle(nickname) ? nickname.IndexOf(' ') + 1 : 0);
        var end = start + nickname.Length;
        return info.Spans.FirstOrDefault(s => s.Start == bare && s.End == end) ?? NameCandidateFinder.SpanOver(info, bare, end);
    }

    private static bool StartsWithArticle(string nickname) =>
        nickname.Split(' ', 2) is [var first, _] && NameWords.Key(first) is "el" or "la" or "los" or "las" or "the";

    private static bool IsMembersNickname(AliasStatement statement, SentenceInfo info)
    {
        var before = info.Sentence.Text[..(statement.Owner.Start - info.Sentence.Start)];
        // "A member of Grupo Sombra known as “El Cartero”", "the commander of the Frente Sur, alias “Julio Ruiz”": a
        // nickname shaped like one person's (capitalized words, no plural article, no acronym, no outfit's word).
        var words = statement.Nickname.Split(' ');
        var personShaped = words.Length <= 3 && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && !w.All(char.IsUpper))
            && NameWords.Key(words[0]) is not ("los" or "las" or "the" or "os" or "as")
            && !words.Any(w => NameWords.IsGroupHead(w) || NameWords.IsInstitutionWord(w) || NameWords.IsStateBody(NameWords.Key(w)));
        return statement.Nickname.Length > 3 && (statement.Nickname[..3] is "el " or "la " || personShaped)
            && RelationshipPatterns.RoleOfBefore.IsMatch(before.Length > 80 ? before[^80..] : before);
    }

    // The group last named, in this sentence or before it.
    private EntityDraft? groupInFocus;

    private void ReadGroups(SentenceInfo info)
    {
        var unspanned = new List<(int Start, int End)>();
        foreach (var span in info.Spans)
        {
            if (registry.Consumed.Contains(span.Start))
                continue;
            // "the Ruiseñor Front of the Highland Liberation Army": a unit and the group it belongs to.
            if (GroupNameRules.UnitOfParent(span, info) is var (unitSpan, parentSpan))
            {
                // The shape says both are groups, whatever each looks like alone.
                var unit = ReadGroup(info, unitSpan, unspanned) ?? NamedGroup(unitSpan);
                var parent = ReadGroup(info, parentSpan, unspanned) ?? NamedGroup(parentSpan);
                if (unit != parent)
                    Parts.Add((unit, parent, info));
                continue;
            }
            // "Barrio 9 Los Viejos" after "Barrio 9": a clique named after its gang is a group of its own.
            if (CliqueOfKnownGang(span) is var (clique, gang))
            {
                Parts.Add((clique, gang, info));
                continue;
            }
            var read = ReadGroup(info, span, unspanned);
            if (!ReadGlossedName(info, span, read))
                ReadTranslatedName(span, read);
        }
        // "Los Tumbapuertas, …, as its name, “Door Kickers,” suggests": the English of the name of the
        // group the sentence is about, the first it names.
        if (GroupNameRules.NameItsNameSuggests(info) is { } said
            && info.Spans.Select(s => registry.FindOne(s.Surface, EntityKind.Group)).FirstOrDefault(g => g is not null) is { } subject)
        {
            registry.AddKey(subject, said.Name);
            unspanned.Add((said.Start, said.Start + said.Name.Length));
        }
        foreach (var (start, end) in unspanned)
            NameCandidateFinder.SpanOver(info, start, end);
    }

    // The whole name, where the rules read a part of it ("the Guardians"), is the group's, and so is its gloss.
    private bool ReadGlossedName(SentenceInfo info, NameSpan span, EntityDraft? read)
    {
        if (GlossedTranslation(info, span) is not { } translation || (read is null && registry.FindOne(span.Surface, EntityKind.Group) is not null))
            return false;
        var name = PersonNameRules.TrimLeading(span, keepArticles: false) ?? span;
        var group = read ?? registry.FindOne(translation.Surface, EntityKind.Group) ?? registry.Add(EntityKind.Group, name.Surface, name.Start);
        if (name.Surface.StartsWith(group.Name + " ", StringComparison.Ordinal))
            group.Name = name.Surface;
        if (registry.FindOne(translation.Surface, EntityKind.Group) is { } glossed && glossed != group)
            registry.Merge(glossed, group);
        registry.AddKey(group, name.Surface);
        registry.AddKey(group, translation.Surface);
        registry.Consumed.Add(translation.Start);
        groupInFocus = group;
        return true;
    }

    // "the Carabobo Train" after "Tren de Carabobo": a name that puts one group's into English word for word.
    private void ReadTranslatedName(NameSpan span, EntityDraft? read)
    {
        if ((read is null || read.Name.Length < span.Surface.Length) && PersonNameRules.TrimLeading(span, keepArticles: false) is { Count: >= 2 } english
            && registry.FindOne(english.Surface) is null
            && registry.Entities.Where(g => g.Kind == EntityKind.Group && TranslatedGroupNames.Translates(english.Surface, g.Name)).Take(2).ToList() is [var translated])
        {
            registry.AddKey(translated, english.Surface);
            registry.Consumed.Add(english.Start);
        }
    }

    // "the Guardians of the River (Guardianes del Río)": a name the parentheses gloss word for word in the
    // other language is an outfit's, when it opens with a plural ("Guardians") or a group word — unlike
    // "the Gulf of Mexico (Golfo de México)". Returns the gloss.
    private static NameSpan? GlossedTranslation(SentenceInfo info, NameSpan span)
    {
        var k = info.Spans.IndexOf(span);
        if (k < 0 || k + 1 >= info.Spans.Count || !GroupNameRules.IsGlossedBy(info, span, info.Spans[k + 1]))
            return null;
        var gloss = info.Spans[k + 1];
        if (gloss.End - info.Sentence.Start >= info.Sentence.Text.Length || info.Sentence.Text[gloss.End - info.Sentence.Start] is not (')' or ' ' or ','))
            return null;
        var name = PersonNameRules.TrimLeading(span, keepArticles: false);
        if (name is null || name.Count < 2 || !TranslatedGroupNames.Translates(name.Surface, gloss.Surface))
            return null;
        var first = name.Words[0];
        if (NameWords.IsGroupHead(first))
            return gloss;
        // "the Plains of the North (Llanos del Norte)" is a region: an everyday plural needs a sentence about groups.
        var plural = first.Text.Length > 4 && first.Text.EndsWith('s') && !NameWords.IsPlace(first) && !NameWords.IsDemonym(first)
            && !NameWords.IsTitle(first) && !NameWords.IsInstitutionWord(first);
        var everyday = NameWords.IsEveryday(first) || NameWords.IsEveryday(first.Text[..^1]);
        return plural && (!everyday || GroupNameRules.HasGroupContext(name, info)) ? gloss : null;
    }

    private (EntityDraft Clique, EntityDraft Gang)? CliqueOfKnownGang(NameSpan span)
    {
        for (var i = span.Count - 2; i >= 1; i--)
        {
            var rest = span.Slice(i, span.Count - i);
            var opensName = NameWords.Key(rest.Words[0]) is "los" or "las" && char.IsUpper(rest.Words[0].Text[0])
                || rest.Count >= 2 && rest.Words.All(w => w.IsCapitalized && !w.IsAllCaps);
            if (!opensName || registry.FindOne(span.Slice(0, i).Surface, EntityKind.Group) is not { } gang)
                continue;
            var clique = registry.FindOne(span.Surface, EntityKind.Group) ?? registry.Add(EntityKind.Group, span.Surface, span.Start);
            return clique == gang ? null : (clique, gang);
        }
        return null;
    }

    private EntityDraft NamedGroup(NameSpan span)
    {
        var name = PersonNameRules.TrimLeading(span, keepArticles: true) ?? span;
        return registry.FindOne(name.Surface, EntityKind.Group) ?? registry.Add(EntityKind.Group, name.Surface, name.Start);
    }

    /// <summary>Files the group a span names, if it names one, with the other names the sentence gives it.</summary>
    private EntityDraft? ReadGroup(SentenceInfo info, NameSpan span, List<(int Start, int End)> unspanned)
    {
        var family = FamilyNoun(info, span);
        var hit = family ?? GroupNameRules.Classify(span, info);
        // "Los Gavilanes is the name prosecutors give to the Herrera clan": one group, two names.
        if (GroupNameRules.NamedGroupAfter(info, span) is { } namedSpan && (FamilyNoun(info, namedSpan) ?? GroupNameRules.Classify(namedSpan, info)) is { } namedHit
            && registry.FindOne(span.Surface, EntityKind.Person) is null)
        {
            var renamed = registry.FindOne(namedHit.Name, EntityKind.Group) ?? registry.Add(EntityKind.Group, namedHit.Name, namedHit.Start);
            registry.AddKey(renamed, namedHit.Name);
            registry.AddKey(renamed, hit?.Name ?? span.Surface);
            registry.Consumed.Add(namedSpan.Start);
            groupInFocus = renamed;
            return renamed;
        }
        // "la dirección de Camino Rojo (Red Trail)": a group already named keeps the names its parentheses add.
        if (hit is null && registry.FindOne(span.Surface, EntityKind.Group) is { } named)
        {
            groupInFocus = named;
            foreach (var (name, start) in GroupNameRules.ParentheticalNames(info, span.End))
            {
                registry.AddKey(named, name);
                registry.Consumed.Add(start);
            }
        }
        // "the Cedar Brothers, as the gang is called in French-language outlets": another name of the group in focus.
        // "Before 2008 it was known just as Los de la Cárcel": so is a name the pronoun "it" went by.
        if (groupInFocus is not null && (GroupNameRules.IsNameOfTheGroupSaidAfter(info, span.End) || GroupNameRules.IsNameOfPronoun(info, span.Start))
            && registry.FindOne(span.Surface, EntityKind.Person) is null)
        {
            // "… leads Los Mezcaleros. … The militia, which called itself X, … renamed itself Los Mezcaleros": a
            // name met before is the group in focus, not a second group beside it, and the name the text led with.
            if (registry.FindOne(hit?.Name ?? span.Surface, EntityKind.Group) is { } earlier && earlier != groupInFocus)
            {
                registry.Merge(groupInFocus, earlier);
                groupInFocus = earlier;
            }
            registry.AddKey(groupInFocus, hit?.Name ?? span.Surface);
            registry.Consumed.Add(span.Start);
            // "it renamed itself the Eastern Army (Ejército del Este – EDE)": the names its parentheses add too.
            foreach (var (name, start) in GroupNameRules.ParentheticalNames(info, span.End))
            {
                registry.AddKey(groupInFocus, name);
                registry.Consumed.Add(start);
            }
            return null;
        }
        // "the Benítez Ortegas" after "the Benítez Ortega clan": the plural of a family's double surname.
        if (hit is null && PersonNameRules.TrimLeading(span, keepArticles: false) is { Count: 2 } plural && plural.Words[1].Text is { Length: > 4 } last
            && last.EndsWith('s') && FamilyNamed(plural.Surface[..^1]) is { } pluralFamily)
        {
            registry.AddKey(pluralFamily, plural.Surface);
            registry.Consumed.Add(plural.Start);
            groupInFocus = pluralFamily;
            return pluralFamily;
        }
        if (hit is null)
            return null;
        // "la familia Ochandía", "el clan Arcaya", "the Arcaya family": a family's group, even where
        // a person of that family answers to the bare surname.
        if (family is null && registry.FindOne(hit.Name, EntityKind.Person) is not null)
            return null;
        var nounAfter = hit.End == span.End ? PersonNameRules.WordAfter(info, span) : null;
        // "the Montecal crew" after "Cártel de Montecal": the name with the noun after it is known.
        var existing = registry.FindOne(hit.Name, EntityKind.Group)
            ?? (GroupNameRules.IsAnsweredNounAfter(nounAfter) ? registry.FindOne(hit.Name + " " + nounAfter, EntityKind.Group) : null);
        // "the Sector 7 Bravos": a faction named with its parent's name before its own.
        if (existing is null && FactionWithParent(span) is { } faction)
        {
            registry.AddKey(faction, hit.Name);
            groupInFocus = faction;
            return null;
        }
        // "That outfit, also known as the Sunrise Brotherhood, …": another name of the group the text is on.
        // Unless the description says it is another kind of group ("Los Grillos … The clan, known as …");
        // a gang and a crew are any kind.
        if (groupInFocus is not null && existing is null && GroupNameRules.DescribedGroupNoun(info, hit.Start) is { } noun
            && Grammar.GroupKinds.Of(noun) is var kind && (kind is null or "gang" || Grammar.GroupKinds.Names(groupInFocus.Name, kind)))
        {
            registry.AddKey(groupInFocus, hit.Name);
            return null;
        }
        // "Los Cardos, the Ribera organization, …": a description in apposition names the group before it.
        if (existing is null && AppositionOwner(info, span) is { } described)
        {
            registry.AddKey(described, hit.Name);
            return null;
        }
        // "clan Ferraro" after "the Ferraro family": one family.
        var filed = existing ?? FamilyGroup(hit.Name);
        var group = filed ?? registry.Add(EntityKind.Group, hit.Name, hit.Start);
        // A group named before keeps the evidence it was named with.
        group.NamedByShapeOnly = (filed is null || group.NamedByShapeOnly) && hit.FamilyShaped;
        registry.AddKey(group, hit.Name);
        groupInFocus = group;
        // "the 300 Pikliz gang": the span holds "Pikliz" only.
        if (hit.Start < span.Start && span.End == hit.End)
            registry.AddKey(group, span.Surface);
        // "the Corsair gang" is a name of the Corsair too.
        if (hit.End == span.End && GroupNameRules.IsAnsweredNounAfter(PersonNameRules.WordAfter(info, span)))
            registry.AddKey(group, hit.Name + " " + info.Words[span.Index + span.Count].Text);
        // "La Hermandad de Pilotos Libres" is also the name with its article, as the text writes it.
        if (hit.Start > span.Start && hit.End == span.End && span.Words[0] is { IsCapitalized: true } article
            && NameWords.Key(article) is "el" or "la" && span.Words.Count > 1 && span.Words[1].Start == hit.Start)
            registry.AddKey(group, span.Surface);
        if (TranslatedName(info, span) is { } original)
        {
            // "the Irmandade do Vale (Brotherhood of the Valley)": the original may be a group already.
            if (registry.FindOne(original.Surface, EntityKind.Group) is { } untranslated && untranslated != group)
            {
                registry.Merge(group, untranslated);
                group = untranslated;
                groupInFocus = group;
            }
            registry.AddKey(group, original.Surface);
            registry.Consumed.Add(original.Start);
        }
        var others = GroupNameRules.ParentheticalNames(info, hit.End);
        if (!GroupNameRules.FollowsPartNoun(info, span.Start) && !GroupNameRules.FollowsTieNoun(info, span.Start))
        {
            others.AddRange(GroupNameRules.KnownAsNames(info, hit.End));
            // "Los Alcatraces, un grupo de contrabandistas del puerto conocido también como el clan X": past the description.
            if (GroupNameRules.DescriptionBeforeKnownAs(info, hit.End) is > 0 and var pastDescription)
                others.AddRange(GroupNameRules.KnownAsNames(info, pastDescription));
            // "The Rua 5 crew, which Spanish speakers know as Pandilla Calle Cinco": past the name's noun.
            if (hit.End == span.End && span.Index + span.Count < info.Words.Count && info.Words[span.Index + span.Count] is var ownNoun
                && GroupNameRules.IsAnsweredNounAfter(ownNoun.Text))
                others.AddRange(GroupNameRules.KnownAsNames(info, ownNoun.Start + ownNoun.Text.Length));
        }
        others.AddRange(GroupNameRules.KnownAsBefore(info, hit.End));
        others.AddRange(GroupNameRules.GlossAfterOr(info, hit.Name, hit.End));
        foreach (var (name, start) in others)
        {
            // "the Foxes, as English-language media call Los Zorros" after Los Zorros was named: one group.
            if (registry.FindOne(name, EntityKind.Group) is { } namedBefore && namedBefore != group)
            {
                registry.Merge(group, namedBefore);
                group = namedBefore;
                groupInFocus = namedBefore;
            }
            registry.AddKey(group, name);
            registry.Consumed.Add(start);
            // "the People's Front": a name the words of no single span make.
            if (!info.Spans.Any(s => s.Start == start && s.Surface == name))
                unspanned.Add((start, start + name.Length));
        }
        return group;
    }

    private EntityDraft? AppositionOwner(SentenceInfo info, NameSpan span)
    {
        if (!GroupNameRules.IsNameNounAfter(PersonNameRules.WordAfter(info, span)) || PersonNameRules.WordBefore(info, span) != "the")
            return null;
        var before = info.Spans.LastOrDefault(s => s.End < span.Start);
        if (before is null || info.Sentence.Text[(before.End - info.Sentence.Start)..(span.Start - info.Sentence.Start)].Trim() != ", the")
            return null;
        // "Los Mirlos, the Pines Cartel (Cártel de los Pinos) and the Pardo clan formed": a name with names of its own
        // in parentheses, or one more name after it, is the next of a list.
        var noun = info.Words[span.Index + span.Count];
        var between = info.Sentence.Text.AsSpan(span.End - info.Sentence.Start, noun.Start - span.End);
        var rest = info.Sentence.Text.AsSpan(noun.End - info.Sentence.Start).TrimStart();
        if (between.Contains('(') || rest.StartsWith("(") || rest.StartsWith("and "))
            return null;
        return registry.FindOne(before.Surface, EntityKind.Group);
    }

    private static GroupHit? FamilyNoun(SentenceInfo info, NameSpan span)
    {
        if (span.Count > 2)
            return null;
        var before = span.Index > 0 ? info.Words[span.Index - 1] : null;
        var afterIndex = span.Index + span.Count;
        var after = afterIndex < info.Words.Count ? info.Words[afterIndex] : null;
        // A comma between says the noun is no part of the name: "Dentro de la familia, Rolo …" is a person.
        var nounBefore = before is { IsCapitalized: false } && !info.GapBefore(span.Index).Contains(',')
            && (NameWords.Key(before) is "clan" or "familia" or "celula" || IsSpanishNetworkNoun(info, span.Index - 1));
        // "the Sierra cell": a cell is named with its noun, as a clan is.
        var nounAfter = after is { IsCapitalized: false } && !info.GapBefore(afterIndex).Contains(',') && NameWords.Key(after) is "family" or "clan" or "cell";
        if (!nounBefore && !nounAfter
            || span.Words.Any(w => NameWords.IsStopWord(w) || NameWords.Key(w) is "the" or "el" or "la" or "los" or "las")
            // "el clan Obando", "la célula Barranca": a clan or a cell named after a surname or a town is still the clan or the cell.
            || NameWords.IsPlace(span.Surface) && !nounBefore)
            return null;
        return nounBefore ? new GroupHit(before!.Text + " " + span.Surface, before.Start, span.End)
            : new GroupHit(span.Surface + " " + after!.Text, span.Start, after.End);
    }

    // "la red Castaño": a network named after its family; "the red Ford" is a colour.
    private static bool IsSpanishNetworkNoun(SentenceInfo info, int index) =>
        index >= 1 && info.Words[index].Text == "red" && NameWords.Key(info.Words[index - 1]) is "la" or "una" or "esa" or "esta" or "su";

    // "Los Iturbe" after "the Clan Iturbe": a family plural is the family's group. "The Mochuelos" after
    // "Los Mochuelo": the English plural of a group's one-word name.
    private EntityDraft? FamilyGroup(string name) =>
        name.Split(' ') is [var article, var surname] && NameWords.Key(article) is "los" or "las" or "the" ? FamilyGroup(surname)
        // "the Mendieta family" after "Los Mendieta" or "the Mendietas".
        : name.Split(' ') is [var first, var second] && FamilyWord(first, second) is { } bare
            ? registry.FindOne(bare, EntityKind.Group) ?? registry.FindOne(bare + "s", EntityKind.Group) ?? DoubleSurnameFamily(bare)
        : name.Contains(' ') ? null
        : FamilyNamed(name)
            // "the Ocampos", "the Ramírezes": the family's plural.
            ?? (name.Length > 4 && name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal)
                ? Singular(name[..^1]) ?? (name.EndsWith("es", StringComparison.Ordinal) ? Singular(name[..^2]) : null) : null);

    // The one a translated nickname already belongs to, else the person named before the pronoun, or the one of
    // that person's kin the nickname's first name is.
    private EntityDraft? OwnerOfPronounsNickname(string nickname, int sentence, int at, int nicknameStart)
    {
        if (OwnerOfTranslation(nickname) is { } owner)
            return owner;
        var before = PersonNamedBefore(sentence, at, nicknameStart);
        return PersonCalledByFirstName(nickname, before) ?? before;
    }

    private EntityDraft? FamilyNamed(string surname) => registry.FamilyOf(surname) ?? DoubleSurnameFamily(surname);

    // The surname of "Mendieta family" or "clan Mendieta"; null for other names.
    private static string? FamilyWord(string first, string second) =>
        NameWords.Key(second) is "family" or "clan" && char.IsUpper(first[0]) ? first
        : NameWords.Key(first) is "familia" or "clan" && char.IsUpper(second[0]) ? second : null;

    // "the Arriagas", "the Arriaga family" after "the Arriaga Solís clan": a clan named by both surnames is
    // the family of its first, when it is the only one.
    private EntityDraft? DoubleSurnameFamily(string surname)
    {
        EntityDraft? found = null;
        foreach (var e in registry.Entities)
        {
            if (e.Kind != EntityKind.Group || e.Name.Split(' ') is not [var a, var b, var c]
                || !(NameWords.Key(c) is "clan" or "family" && a == surname || NameWords.Key(a) is "clan" or "familia" && b == surname))
                continue;
            if (found is not null && found != e)
                return null;
            found = e;
        }
        return found;
    }

    private EntityDraft? Singular(string surname) =>
        registry.Find(surname) is [{ Kind: EntityKind.Group } singular] ? singular
        : FamilyNamed(surname) ?? registry.FindOne(surname + " organization", EntityKind.Group);

    // "the ELN" after "National Liberation Army (Ejército de Liberación Nacional)": an acronym made of
    // the initials of exactly one group's names is that group.
    private void ReadAcronyms(SentenceInfo info)
    {
        foreach (var raw in info.Spans)
        {
            var span = PersonNameRules.TrimLeading(raw, keepArticles: false);
            if (span is null || span.Count != 1 || !span.Words[0].IsAllCaps || NameWords.IsPlace(span.Surface))
                continue;
            var existing = registry.Find(span.Surface);
            var letters = GroupNameRules.AcronymLetters(span.Surface);
            if (letters.Length < 2 || existing.Count > 1)
                continue;
            if (existing is [{ Kind: EntityKind.Group } acronymGroup] && !registry.Entities.Any(e => e != acronymGroup && e.Kind == EntityKind.Group
                && e.Keys.Any(k => k.Contains(' ') && GroupNameRules.Initials(k) == letters)))
                NamesSpelledOut(info, span, letters, acronymGroup);
            if (existing.Count == 1 && existing[0].Keys.Count > 1)
                continue;
            var groups = registry.Entities.Where(e => e.Kind == EntityKind.Group
                && e.Keys.Any(k => k.Contains(' ') && GroupNameRules.Abbreviates(letters, k))).ToList();
            if (groups.Count != 1)
                continue;
            if (existing.Count == 1 && existing[0] != groups[0])
                registry.Merge(existing[0], groups[0]);
            else
                registry.AddKey(groups[0], span.Surface);
            // "the Pacific Coast Network (Red de la Costa del Pacífico – RCP)": the name the spelled-out one glosses too.
            NamesSpelledOut(info, span, letters, groups[0]);
        }
    }

    // "the MS13 and the Barrio 18": a name joined by "and the" to a group's name, with an article of
    // its own, is a group too.
    private void ReadCoordinatedGroups(SentenceInfo info)
    {
        for (var i = 0; i + 1 < info.Spans.Count; i++)
        {
            var a = info.Spans[i];
            var b = info.Spans[i + 1];
            var between = info.Sentence.Text[(a.End - info.Sentence.Start)..(b.Start - info.Sentence.Start)];
            // "disputas entre Los Zorros y Calavera Roja": the two sides of a feud are both groups.
            var sides = between is " and " or " y " && RelationshipPatterns.BetweenCue().IsMatch(info.Sentence.Text.AsSpan(0, a.Start - info.Sentence.Start).ToString());
            // "Los Ratones, Los Grillos and La Embestida": a capitalized article opens a name of the list.
            var articleLed = between is " and " or " y " or ", " or ", and " or ", y " or " or " or " o "
                && NameWords.Key(b.Words[0]) is "la" or "el" or "los" or "las" && b.Count >= 2;
            if (between is not (" and the " or " or the " or ", the " or " y los " or " y el ") && !sides && !articleLed)
                continue;
            var aGroup = registry.FindOne(a.Surface, EntityKind.Group);
            var bGroup = registry.FindOne(b.Surface, EntityKind.Group);
            var other = aGroup is null ? a : b;
            // "Los Pillines and the Ferreyra family": the noun after the name is part of it, and the name rules read it whole.
            if (other == b && GroupNameRules.IsNameNounAfter(PersonNameRules.WordAfter(info, b)))
                continue;
            // "Los Cardos, the Ribera organization": an apposition, not a second group.
            if (other == b && AppositionOwner(info, b) is { } described)
            {
                registry.AddKey(described, b.Surface + " " + info.Words[b.Index + b.Count].Text);
                continue;
            }
            if ((aGroup is null) == (bGroup is null) || registry.Find(other.Surface).Count > 0 || NameWords.IsPlace(other.Surface)
                || other.Words.Skip(articleLed && other == b ? 1 : 0).Any(w => NameWords.IsInstitutionWord(w) || NameWords.IsStopWord(w) || NameWords.IsDemonym(w))
                || (aGroup is null && !sides && PersonNameRules.WordBefore(info, a) is not ("the" or "los" or "el")
                    && NameWords.Key(a.Words[0]) is not ("la" or "el" or "los" or "las")))
                continue;
            registry.Add(EntityKind.Group, other.Surface, other.Start);
        }
    }

    // Names the text uses for a place (a neighbourhood named after a person), which are no people elsewhere in it.
    private readonly HashSet<string> placeNames = new(StringComparer.Ordinal);

    private void ReadPeople(SentenceInfo info)
    {
        var read = 0;
        for (var i = 0; i < info.Spans.Count; i++)
        {
            var raw = info.Spans[i];
            siblingLists!.Read(info, read, raw.Index);
            read = Math.Max(read, raw.Index);
            if (registry.Consumed.Contains(raw.Start))
                continue;
            var span = PersonNameRules.TrimLeading(raw, keepArticles: true);
            if (span is null || registry.Find(span.Surface).Count > 0)
                continue;
            if (BrothersRule.TryShareSurnames(info, i, span, registry, Siblings))
                continue;
            if (BrothersRule.TryFirstNameOfBrother(info, span, registry, known, Siblings))
                continue;
            if (GroupNameRules.Classify(raw, info) is not null || registry.CartelNamedWithout(span.Surface) is not null)
                continue;
            // "the Galo Prieto neighborhood … for control of Galo Prieto": once a place, always one.
            var key = EntityRegistry.KeyOf(span.Surface);
            if (PersonNameRules.IsPlaceContext(span, info))
                placeNames.Add(key);
            else if (!placeNames.Contains(key) && PersonNameRules.IsFullName(span, info))
            {
                if (PersonNameRules.IsListedPlace(span, info))
                    placeNames.Add(key);
                else
                    registry.Add(EntityKind.Person, span.Surface, span.Start);
            }
        }
        siblingLists!.Read(info, read, info.Words.Count);
    }
}
