using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Dashboard;

/// <summary>Ids and engine results of the demo company, read straight from the test's database.</summary>
internal static class DemoScorecard
{
    public static async Task<T> WithDbAsync<T>(this WebApplicationFactory<Program> factory, Func<ScorecardDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ScorecardDbContext>());
    }

    public static Task<int> IdAsync(WebApplicationFactory<Program> factory) =>
        factory.WithDbAsync(db => db.Scorecards.Where(s => s.Name == DemoData.ScorecardName).Select(s => s.Id).SingleAsync());

    public static Task<int> PeriodIdAsync(WebApplicationFactory<Program> factory, string name) =>
        factory.WithDbAsync(db => db.Periods.Where(p => p.Scorecard!.Name == DemoData.ScorecardName && p.Name == name).Select(p => p.Id).SingleAsync());

    public static Task<int> KpiNodeIdAsync(WebApplicationFactory<Program> factory, string code) =>
        factory.WithDbAsync(db => db.Kpis.Where(k => k.Scorecard!.Name == DemoData.ScorecardName && k.Code == code).Select(k => k.NodeId).SingleAsync());

    public static async Task<ScorecardResult> EvaluateAsync(WebApplicationFactory<Program> factory, string period)
    {
        var scorecardId = await IdAsync(factory);
        var periodId = await PeriodIdAsync(factory, period);
        return await factory.WithDbAsync(db => ScorecardCalculation.EvaluateAsync(db, scorecardId, periodId));
    }
}
