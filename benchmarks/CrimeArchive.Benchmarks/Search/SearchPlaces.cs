namespace CrimeArchive.Benchmarks.Search;

/// <summary>A country of the corpus: its names in both editions and real cities the importer's
/// gazetteer knows (several with accents: "Culiacán", "Cúcuta").</summary>
public sealed record SearchCountry(string English, string Spanish, int Weight, IReadOnlyList<string> Cities)
{
    public string Name(string language) => language == "es" ? Spanish : English;
}

public static class SearchPlaces
{
    public static readonly IReadOnlyList<SearchCountry> Countries =
    [
        new("Mexico", "México", 22, ["Culiacán", "Tijuana", "Guadalajara", "Monterrey", "Mazatlán", "Acapulco", "Reynosa", "Morelia"]),
        new("Colombia", "Colombia", 20, ["Medellín", "Cali", "Cúcuta", "Barranquilla", "Buenaventura", "Tumaco", "Cartagena", "Pereira"]),
        new("Guatemala", "Guatemala", 8, ["Quetzaltenango", "Escuintla", "Huehuetenango", "Mixco", "Chimaltenango"]),
        new("Honduras", "Honduras", 8, ["San Pedro Sula", "Tegucigalpa", "La Ceiba", "Choloma", "Comayagua"]),
        new("El Salvador", "El Salvador", 7, ["San Salvador", "Soyapango", "Usulután", "Sonsonate", "Apopa"]),
        new("Venezuela", "Venezuela", 9, ["Maracaibo", "Caracas", "Maturín", "Barquisimeto", "Barinas"]),
        new("Ecuador", "Ecuador", 8, ["Guayaquil", "Esmeraldas", "Machala", "Manta", "Portoviejo"]),
        new("Peru", "Perú", 7, ["Callao", "Chiclayo", "Piura", "Tacna", "Arequipa"]),
        new("Brazil", "Brasil", 6, ["Manaus", "Belém", "Fortaleza", "Recife", "Curitiba"]),
        new("Panama", "Panamá", 5, ["Colón", "Panama City", "La Chorrera", "San Miguelito", "Arraiján"]),
    ];

    private static readonly int TotalWeight = Countries.Sum(c => c.Weight);

    public static SearchCountry PickCountry(Random random)
    {
        var target = random.Next(TotalWeight);
        foreach (var country in Countries)
        {
            if (target < country.Weight)
                return country;
            target -= country.Weight;
        }
        return Countries[^1];
    }
}
