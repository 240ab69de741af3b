using System.ComponentModel;
using System.Text.Json.Serialization;
using HrScorecard.Domain;
using HrScorecard.Domain.Ahp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Api;

public sealed record PrioritiesRequest(
    IReadOnlyList<IReadOnlyList<JudgmentEntry>?>? Matrix,
    [property: Description("\"eigenvector\" (default) or \"geometric-mean\", case-insensitive")] string? Method);

public sealed record AggregateRequest(
    IReadOnlyList<IReadOnlyList<IReadOnlyList<JudgmentEntry>?>?>? Matrices,
    IReadOnlyList<double>? RespondentWeights,
    [property: Description("\"eigenvector\" (default) or \"geometric-mean\", case-insensitive")] string? Method);

public sealed record JudgmentRevisionResponse(int Row, int Column, double Current, double Suggested, double SuggestedOnScale);

public record PrioritiesResponse(
    IReadOnlyList<double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double RandomIndex,
    double ConsistencyRatio,
    bool IsConsistent,
    JudgmentRevisionResponse? MostInconsistent)
{
    public static PrioritiesResponse From(AhpResult r) => new(
        r.Weights, r.LambdaMax, r.ConsistencyIndex, r.RandomIndex, r.ConsistencyRatio, r.IsConsistent,
        r.MostInconsistent is { } m ? new(m.Row, m.Column, m.Current, m.Suggested, m.SuggestedOnScale) : null);
}

public sealed record AggregateResponse : PrioritiesResponse
{
    public AggregateResponse(double[][] matrix, PrioritiesResponse priorities, double? consensus) : base(priorities)
    {
        Matrix = matrix;
        Consensus = consensus;
        ConsensusBand = consensus is { } s ? HrScorecard.Domain.Ahp.Consensus.Band(s) : null;
    }

    [JsonPropertyOrder(-1)] public double[][] Matrix { get; }

    /// <summary>Relative homogeneity S* (Goepel 2018) of the respondents' own priorities; null for one respondent.</summary>
    public double? Consensus { get; }

    public ConsensusBand? ConsensusBand { get; }
}

public static class AhpEndpoints
{
    public static IEndpointRouteBuilder MapAhpEndpoints(this IEndpointRouteBuilder app)
    {
        var ahp = app.MapGroup("/api/ahp").WithTags("AHP").ProducesValidationProblem();

        ahp.MapPost("/priorities", (PrioritiesRequest request, [FromServices] IStringLocalizer<ApiProblemHandler> text) =>
            {
                var matrix = ToMatrix(request.Matrix, "matrix", text);
                return PrioritiesResponse.From(Priorities.Compute(matrix, Options(request.Method, text)));
            })
            .WithSummary("Priorities and consistency of one pairwise comparison matrix");

        ahp.MapPost("/aggregate", (AggregateRequest request, [FromServices] IStringLocalizer<ApiProblemHandler> text) =>
            {
                if (request.Matrices is null || request.Matrices.Count == 0)
                    throw new DomainValidationException(text["Give at least one respondent's matrix in \"matrices\"."], "matrices");
                var matrices = request.Matrices.Select((m, k) => ToMatrix(m, $"matrices[{k}]", text)).ToArray();
                var options = Options(request.Method, text);
                var aggregate = GroupJudgment.Aggregate(matrices, request.RespondentWeights);
                var result = Priorities.Compute(aggregate, options);
                var consensus = Consensus.RelativeHomogeneity([.. matrices.Select(m => Priorities.Compute(m, options).Weights)]);
                return new AggregateResponse(aggregate.ToRows(), PrioritiesResponse.From(result), consensus);
            })
            .WithSummary("Element-wise weighted geometric mean of several respondents' matrices, its priorities, and the group's consensus S*");

        return app;
    }

    internal static AhpOptions Options(string? method, IStringLocalizer<ApiProblemHandler> text) => method?.Trim().ToLowerInvariant() switch
    {
        null or "" or "eigenvector" => AhpOptions.Default,
        "geometric-mean" => AhpOptions.Default with { Method = PriorityMethod.GeometricMean },
        _ => throw new DomainValidationException(
            text["Unknown method \"{0}\": use \"eigenvector\" (the default) or \"geometric-mean\".", method], "method"),
    };

    /// <summary>Validates a matrix from a request body; errors are located under <paramref name="field"/>.</summary>
    internal static PairwiseMatrix ToMatrix(IReadOnlyList<IReadOnlyList<JudgmentEntry>?>? rows, string field, IStringLocalizer<ApiProblemHandler> text)
    {
        if (rows is null)
            throw new DomainValidationException(text["A pairwise matrix is required: a list of rows of judgments."], field);
        for (var i = 0; i < rows.Count; i++)
            if (rows[i] is null)
                throw new DomainValidationException(text["Row {0} of the matrix is missing.", i], $"{field}[{i}]");
        try
        {
            return PairwiseMatrix.FromRows([.. rows.Select(r => (IReadOnlyList<double>)[.. r!.Select(e => e.Value)])]);
        }
        catch (DomainValidationException e) { throw e.Under(field); }
    }
}
