using System.Text.Json.Nodes;

namespace HrScorecard.Web.Tests.TestData;

/// <summary>
/// DOMAIN.md §9 (seed 003, PT. Roda Emas Jaya 2022) as a client sends it to <c>POST /api/scorecards/evaluate</c>.
/// Perspectives in order Financial, Customer, Internal Business Process, Learning &amp; Growth.
/// </summary>
internal static class RodaEmasJaya
{
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "roda-emas-jaya-2022.json");

    public static string Json() => File.ReadAllText(FilePath);

    /// <summary>A fresh copy to change one thing in.</summary>
    public static JsonObject Request() => JsonNode.Parse(Json())!.AsObject();

    /// <summary>The <c>kpi</c> object of a KPI, by perspective and KPI index.</summary>
    public static JsonObject Kpi(this JsonObject request, int perspective, int kpi) =>
        request["root"]!["children"]![perspective]!["children"]![kpi]!["kpi"]!.AsObject();

    /// <summary>The perspective node at this index.</summary>
    public static JsonObject Perspective(this JsonObject request, int perspective) =>
        request["root"]!["children"]![perspective]!.AsObject();
}
