namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>English reporting calls "El Químico" "the Chemist" without saying so: the everyday words
/// Spanish and Portuguese nicknames are made of — trades, ranks, kin, animals, looks — put into English.
/// Keys are folded (no accents, lower case), the article dropped.</summary>
public static class TranslatedNicknames
{
    private static readonly Dictionary<string, string[]> English = new(StringComparer.Ordinal)
    {
        ["quimico"] = ["chemist"], ["ingeniero"] = ["engineer"], ["dama"] = ["lady"], ["senora"] = ["lady"], ["sombra"] = ["shadow"],
        ["boticario"] = ["apothecary"], ["banquero"] = ["banker"], ["contador"] = ["accountant"], ["contable"] = ["accountant"],
        ["medico"] = ["doctor"], ["profesor"] = ["teacher", "professor"], ["profe"] = ["teacher", "professor"],
        ["maestro"] = ["teacher", "master"], ["abogado"] = ["lawyer"], ["padrino"] = ["godfather"], ["patron"] = ["boss"],
        ["jefe"] = ["boss", "chief"], ["tio"] = ["uncle"], ["sobrino"] = ["nephew"], ["primo"] = ["cousin"], ["cunado"] = ["brother-in-law"],
        ["viejo"] = ["old man"], ["flaco"] = ["skinny"], ["gordo"] = ["fat man"], ["chapo"] = ["shorty"], ["guero"] = ["blondie"],
        ["zorro"] = ["fox"], ["lobo"] = ["wolf"], ["tigre"] = ["tiger"], ["gato"] = ["cat"], ["toro"] = ["bull"], ["caballo"] = ["horse"],
        ["mono"] = ["monkey"], ["perro"] = ["dog"], ["gallo"] = ["rooster"], ["halcon"] = ["hawk", "falcon"], ["aguila"] = ["eagle"],
        ["cuervo"] = ["crow", "raven"], ["tecolote"] = ["owl"], ["buho"] = ["owl"], ["alacran"] = ["scorpion"], ["escorpion"] = ["scorpion"],
        ["vibora"] = ["viper"], ["tiburon"] = ["shark"], ["diablo"] = ["devil"], ["brujo"] = ["sorcerer", "wizard"], ["cura"] = ["priest"],
        ["rey"] = ["king"], ["reina"] = ["queen"], ["principe"] = ["prince"], ["comandante"] = ["commander"], ["capitan"] = ["captain"],
        ["sargento"] = ["sergeant"], ["mecanico"] = ["mechanic"], ["carnicero"] = ["butcher"], ["sastre"] = ["tailor"],
        ["panadero"] = ["baker"], ["pintor"] = ["painter"], ["pastor"] = ["shepherd"], ["ganadero"] = ["rancher"],
        ["arquitecto"] = ["architect"], ["piloto"] = ["pilot"], ["marinero"] = ["sailor"], ["pescador"] = ["fisherman"],
        ["cazador"] = ["hunter"], ["fantasma"] = ["ghost"], ["loco"] = ["madman"], ["enano"] = ["dwarf"], ["gigante"] = ["giant"],
        ["nino"] = ["kid"], ["cobrador"] = ["collector"], ["notario"] = ["notary"], ["cajero"] = ["cashier"], ["tesorero"] = ["treasurer"],
        ["socio"] = ["partner"], ["viuda"] = ["widow"], ["monja"] = ["nun"], ["santo"] = ["saint"], ["ciego"] = ["blind man"],
        ["mudo"] = ["mute"], ["gemelo"] = ["twin"], ["flaca"] = ["skinny"], ["gorda"] = ["fat lady"], ["jefa"] = ["boss"],
        ["madrina"] = ["godmother"], ["tia"] = ["aunt"], ["abuelo"] = ["grandfather", "grandpa"], ["abuela"] = ["grandmother", "grandma"],
        ["tigrillo"] = ["ocelot"], ["leon"] = ["lion"], ["pantera"] = ["panther"], ["oso"] = ["bear"], ["raton"] = ["mouse"],
        ["cuco"] = ["bogeyman"], ["coco"] = ["bogeyman"], ["chivo"] = ["goat"], ["burro"] = ["donkey"], ["pollo"] = ["chicken"], ["pato"] = ["duck"], ["pajaro"] = ["bird"],
        // Portuguese.
        ["engenheiro"] = ["engineer"], ["padrinho"] = ["godfather"], ["patrao"] = ["boss"], ["velho"] = ["old man"],
        ["magro"] = ["skinny"], ["gordinho"] = ["chubby"],
    };

    private static readonly HashSet<string> Meanings = English.Values.SelectMany(m => m).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether some nickname of the lexicon means this in English: the cheap test before looking for whose it is.</summary>
    public static bool IsMeaning(string english) => Meanings.Contains(english);

    /// <summary>Whether an English nickname (folded, article dropped) is the Spanish or Portuguese one put into English.</summary>
    public static bool Translates(string nickname, string english) =>
        English.TryGetValue(nickname, out var meanings) && meanings.Contains(english);
}
