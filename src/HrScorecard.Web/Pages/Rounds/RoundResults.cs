using HrScorecard.Domain.Ahp;
using HrScorecard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HrScorecard.Web.Pages.Rounds;

/// <summary>One director's submitted answers to a set, with his own priorities.</summary>
public sealed record RespondentResult(string Name, double Weight, PairwiseMatrix Matrix, AhpResult Priorities, bool SubmittedInconsistent);

/// <summary>
/// The group result of one comparison set: the element-wise weighted geometric mean of the submitted matrices
/// (<see cref="GroupJudgment"/>), its priorities and the consensus S* (<see cref="Consensus"/>). Aggregate is null
/// while nobody has submitted.
/// </summary>
public sealed record SetResult(
    int SetId,
    int ParentNodeId,
    string ParentName,
    IReadOnlyList<int> ChildNodeIds,
    IReadOnlyList<string> ChildNames,
    IReadOnlyList<RespondentResult> Respondents,
    PairwiseMatrix? Aggregate,
    AhpResult? AggregatePriorities,
    double? Consensus)
{
    public bool HasSubmission => Aggregate is not null;

    /// <summary>Applying these weights needs an explicit confirmation: the group's judgments are not consistent.</summary>
    public bool IsFlagged => AggregatePriorities is { IsConsistent: false };
}

public static class RoundResults
{
    public static async Task<IReadOnlyList<SetResult>> ComputeAsync(ScorecardDbContext db, int roundId, CancellationToken cancellationToken = default) =>
        (await ComputeAsync(db, [roundId], cancellationToken))[roundId];

    /// <summary>The sets of several rounds in one load (the PDF shows every applied round behind the weights in force).</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<SetResult>>> ComputeAsync(ScorecardDbContext db,
        IReadOnlyCollection<int> roundIds, CancellationToken cancellationToken = default)
    {
        var sets = await db.ComparisonSets.AsNoTracking().Where(s => roundIds.Contains(s.RoundId))
            .OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var nodeIds = sets.SelectMany(s => s.ChildNodeIds.Append(s.ParentNodeId)).Distinct().ToList();
        var names = await db.Nodes.AsNoTracking().Where(n => nodeIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Name, cancellationToken);
        var answers = await db.QuestionnaireAnswers.AsNoTracking()
            .Where(a => roundIds.Contains(a.Respondent!.RoundId) && a.Status == AnswerStatus.Submitted)
            .Select(a => new { a.ComparisonSetId, a.Judgments, a.SubmittedInconsistent, a.Respondent!.Weight, a.Respondent.User!.DisplayName, a.Respondent.UserId })
            .ToListAsync(cancellationToken);

        var setsOfRound = sets.ToLookup(s => s.RoundId);
        return roundIds.Distinct().ToDictionary(id => id, IReadOnlyList<SetResult> (id) => [.. setsOfRound[id].Select(set =>
        {
            var n = set.ChildNodeIds.Count;
            var respondents = answers
                .Where(a => a.ComparisonSetId == set.Id && a.Judgments.Count == n * (n - 1) / 2 && a.Judgments.All(j => j is not null))
                .OrderBy(a => a.DisplayName).ThenBy(a => a.UserId)
                .Select(a =>
                {
                    var matrix = PairwiseMatrix.FromUpperTriangle(n, [.. a.Judgments.Select(j => j!.Value)]);
                    return new RespondentResult(a.DisplayName, a.Weight, matrix, Priorities.Compute(matrix), a.SubmittedInconsistent);
                })
                .ToList();
            PairwiseMatrix? aggregate = null;
            AhpResult? priorities = null;
            double? consensus = null;
            if (respondents.Count > 0)
            {
                aggregate = GroupJudgment.Aggregate([.. respondents.Select(r => r.Matrix)], [.. respondents.Select(r => r.Weight)]);
                priorities = Priorities.Compute(aggregate);
                consensus = Consensus.RelativeHomogeneity([.. respondents.Select(r => r.Priorities.Weights)]);
            }
            return new SetResult(set.Id, set.ParentNodeId, names.GetValueOrDefault(set.ParentNodeId, "?"), set.ChildNodeIds,
                [.. set.ChildNodeIds.Select(id => names.GetValueOrDefault(id, "?"))], respondents, aggregate, priorities, consensus);
        })]);
    }
}
