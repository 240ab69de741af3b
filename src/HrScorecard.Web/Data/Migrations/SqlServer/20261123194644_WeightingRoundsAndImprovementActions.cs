using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HrScorecard.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WeightingRoundsAndImprovementActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImprovementActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KpiNodeId = table.Column<int>(type: "int", nullable: false),
                    PeriodId = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImprovementActions_Kpis_KpiNodeId",
                        column: x => x.KpiNodeId,
                        principalTable: "Kpis",
                        principalColumn: "NodeId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImprovementActions_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RootCauses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KpiNodeId = table.Column<int>(type: "int", nullable: false),
                    PeriodId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RootCauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RootCauses_Kpis_KpiNodeId",
                        column: x => x.KpiNodeId,
                        principalTable: "Kpis",
                        principalColumn: "NodeId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RootCauses_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WeightingRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScorecardId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AppliedFromPeriodId = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeightingRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WeightingRounds_Periods_AppliedFromPeriodId",
                        column: x => x.AppliedFromPeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WeightingRounds_Scorecards_ScorecardId",
                        column: x => x.ScorecardId,
                        principalTable: "Scorecards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComparisonSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    ParentNodeId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ChildNodeIds = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComparisonSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComparisonSets_Nodes_ParentNodeId",
                        column: x => x.ParentNodeId,
                        principalTable: "Nodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComparisonSets_WeightingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "WeightingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundRespondents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Weight = table.Column<double>(type: "float", nullable: false),
                    LastRemindedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundRespondents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundRespondents_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundRespondents_WeightingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "WeightingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RespondentId = table.Column<int>(type: "int", nullable: false),
                    ComparisonSetId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Judgments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ConsistencyRatio = table.Column<double>(type: "float", nullable: true),
                    SubmittedInconsistent = table.Column<bool>(type: "bit", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireAnswers_ComparisonSets_ComparisonSetId",
                        column: x => x.ComparisonSetId,
                        principalTable: "ComparisonSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuestionnaireAnswers_RoundRespondents_RespondentId",
                        column: x => x.RespondentId,
                        principalTable: "RoundRespondents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonSets_ParentNodeId",
                table: "ComparisonSets",
                column: "ParentNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonSets_RoundId_ParentNodeId",
                table: "ComparisonSets",
                columns: new[] { "RoundId", "ParentNodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_KpiNodeId_PeriodId",
                table: "ImprovementActions",
                columns: new[] { "KpiNodeId", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_PeriodId",
                table: "ImprovementActions",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_UserId_ReadAt",
                table: "Notices",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireAnswers_ComparisonSetId",
                table: "QuestionnaireAnswers",
                column: "ComparisonSetId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireAnswers_RespondentId_ComparisonSetId",
                table: "QuestionnaireAnswers",
                columns: new[] { "RespondentId", "ComparisonSetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RootCauses_KpiNodeId_PeriodId",
                table: "RootCauses",
                columns: new[] { "KpiNodeId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RootCauses_PeriodId",
                table: "RootCauses",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundRespondents_RoundId_UserId",
                table: "RoundRespondents",
                columns: new[] { "RoundId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundRespondents_UserId",
                table: "RoundRespondents",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_WeightingRounds_AppliedFromPeriodId",
                table: "WeightingRounds",
                column: "AppliedFromPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_WeightingRounds_ScorecardId",
                table: "WeightingRounds",
                column: "ScorecardId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImprovementActions");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "QuestionnaireAnswers");

            migrationBuilder.DropTable(
                name: "RootCauses");

            migrationBuilder.DropTable(
                name: "ComparisonSets");

            migrationBuilder.DropTable(
                name: "RoundRespondents");

            migrationBuilder.DropTable(
                name: "WeightingRounds");
        }
    }
}
