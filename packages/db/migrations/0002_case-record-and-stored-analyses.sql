CREATE TABLE "case_analyses" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"engine_version" integer NOT NULL,
	"savings_vs_without" double precision,
	"savings_vs_before" double precision,
	"analysis" json NOT NULL,
	"portfolio_entry" jsonb NOT NULL,
	"monitor_entry" jsonb NOT NULL,
	CONSTRAINT "case_analyses_organisation_id_case_id_pk" PRIMARY KEY("organisation_id","case_id")
);
--> statement-breakpoint
ALTER TABLE "barriers" ALTER COLUMN "description" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "life_domains" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "life_domains" SET DATA TYPE jsonb USING to_jsonb("life_domains");--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "life_domains" SET DEFAULT '[]'::jsonb;--> statement-breakpoint
ALTER TABLE "interviews" ALTER COLUMN "improvement_points" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "interviews" ALTER COLUMN "improvement_points" SET DATA TYPE jsonb USING to_jsonb("improvement_points");--> statement-breakpoint
ALTER TABLE "interviews" ALTER COLUMN "improvement_points" SET DEFAULT '[]'::jsonb;--> statement-breakpoint
ALTER TABLE "participants" ALTER COLUMN "interviewed" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "participants" ALTER COLUMN "interviewed" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "barriers" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "effects" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "held_on" date;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "case_analyses" ADD CONSTRAINT "case_analyses_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_price_list" ON "cases" USING btree ("organisation_id","price_list_id");--> statement-breakpoint
CREATE INDEX "participants_user" ON "participants" USING btree ("organisation_id","user_id");--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_kind" CHECK ("barriers"."kind" in ('not-purchased', 'urgency-rules', 'cost-sharing-norm', 'waiting-list', 'regulation', 'budget', 'other'));--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_not_interviewed_reason" CHECK ("participants"."not_interviewed_reason" in ('too-burdensome', 'language-barrier', 'contact-lost', 'declined', 'other'));