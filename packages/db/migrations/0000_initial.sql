CREATE TABLE "api_tokens" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "api_tokens_role" CHECK ("api_tokens"."role" in ('admin', 'analyst', 'professional', 'viewer'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"organisation_id" uuid,
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"changes" jsonb
);
--> statement-breakpoint
CREATE TABLE "barriers" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "barriers_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text,
	"kind" text,
	"status" text DEFAULT 'open' NOT NULL,
	"team" text,
	"started_on" date,
	"ended_on" date,
	"life_domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"referral" text,
	"referred_by" text,
	"approach_use" text,
	"situation" text,
	"actions" text,
	"outcome" text,
	"plan_wants" text,
	"plan_can" text,
	"plan_needs" text,
	"assumptions" jsonb,
	"price_list_id" uuid,
	"reference_price_list" text DEFAULT 'nl-sociaal-domein-2025',
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "cases_code" UNIQUE("organisation_id","code"),
	CONSTRAINT "cases_kind" CHECK ("cases"."kind" in ('individual', 'household', 'group')),
	CONSTRAINT "cases_status" CHECK ("cases"."status" in ('open', 'closed')),
	CONSTRAINT "cases_approach_use" CHECK ("cases"."approach_use" in ('breakthrough', 'informative', 'preventive'))
);
--> statement-breakpoint
CREATE TABLE "effects" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"effect" text NOT NULL,
	"achieved" boolean,
	"note" text,
	CONSTRAINT "effects_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid,
	"role" text NOT NULL,
	"rating" double precision,
	"experience" text,
	"role_before" text,
	"role_after" text,
	"quotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"improvement_points" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "interviews_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "interviews_role" CHECK ("interviews"."role" in ('resident', 'professional', 'other')),
	CONSTRAINT "interviews_rating" CHECK ("interviews"."rating" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "lines" (
	"organisation_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"item_code" text,
	"quantity" double precision,
	"label" text,
	"amount" double precision,
	"financier" text,
	"one_off" boolean,
	"investment" boolean,
	"probability" double precision,
	"confidence" text,
	"transfer" boolean,
	"note" text,
	CONSTRAINT "lines_organisation_id_scenario_id_position_pk" PRIMARY KEY("organisation_id","scenario_id","position"),
	CONSTRAINT "lines_priced_or_free" CHECK (("lines"."item_code" is not null and "lines"."quantity" is not null and "lines"."amount" is null) or ("lines"."item_code" is null and "lines"."quantity" is null and "lines"."amount" is not null and "lines"."label" is not null and "lines"."financier" is not null)),
	CONSTRAINT "lines_probability" CHECK ("lines"."probability" between 0 and 1),
	CONSTRAINT "lines_confidence" CHECK ("lines"."confidence" in ('high', 'medium', 'low'))
);
--> statement-breakpoint
CREATE TABLE "meeting_attendees" (
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	CONSTRAINT "meeting_attendees_organisation_id_meeting_id_participant_id_pk" PRIMARY KEY("organisation_id","meeting_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date,
	"hours" double precision NOT NULL,
	"hourly_rate" double precision,
	"note" text,
	CONSTRAINT "meetings_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "meetings_hours" CHECK ("meetings"."hours" >= 0),
	CONSTRAINT "meetings_hourly_rate" CHECK ("meetings"."hourly_rate" >= 0)
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id"),
	CONSTRAINT "memberships_role" CHECK ("memberships"."role" in ('admin', 'analyst', 'professional', 'viewer'))
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"role" text NOT NULL,
	"organisation_name" text,
	"interviewed" boolean DEFAULT false NOT NULL,
	"not_interviewed_reason" text,
	CONSTRAINT "participants_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "participants_code" UNIQUE("organisation_id","case_id","code"),
	CONSTRAINT "participants_role" CHECK ("participants"."role" in ('resident', 'professional', 'other'))
);
--> statement-breakpoint
CREATE TABLE "price_items" (
	"organisation_id" uuid NOT NULL,
	"price_list_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"unit" text NOT NULL,
	"unit_price" double precision NOT NULL,
	"financier" text NOT NULL,
	"category" text,
	"source" text,
	"price_year" integer,
	"confidence" text,
	"transfer" boolean,
	CONSTRAINT "price_items_organisation_id_price_list_id_code_pk" PRIMARY KEY("organisation_id","price_list_id","code"),
	CONSTRAINT "price_items_unit" CHECK ("price_items"."unit" in ('year', 'month', 'week', 'day', 'hour', 'contact', 'trajectory', 'once')),
	CONSTRAINT "price_items_confidence" CHECK ("price_items"."confidence" in ('high', 'medium', 'low')),
	CONSTRAINT "price_items_unit_price" CHECK ("price_items"."unit_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "price_lists" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_lists_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "price_lists_name_version" UNIQUE NULLS NOT DISTINCT("organisation_id","name","version")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"role" text NOT NULL,
	"score" double precision NOT NULL,
	"participant" text,
	CONSTRAINT "ratings_organisation_id_case_id_position_pk" PRIMARY KEY("organisation_id","case_id","position"),
	CONSTRAINT "ratings_role" CHECK ("ratings"."role" in ('resident', 'professional', 'other')),
	CONSTRAINT "ratings_score" CHECK ("ratings"."score" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"date" date,
	"stated_total" double precision,
	CONSTRAINT "scenarios_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "scenarios_kind" CHECK ("scenarios"."kind" in ('before', 'with', 'without', 'followup'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "setup_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lower_case" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE TABLE "wellbeing" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"participant" text NOT NULL,
	"moment" text NOT NULL,
	"score" double precision NOT NULL,
	CONSTRAINT "wellbeing_organisation_id_case_id_position_pk" PRIMARY KEY("organisation_id","case_id","position"),
	CONSTRAINT "wellbeing_moment" CHECK ("wellbeing"."moment" in ('before', 'after', 'followup')),
	CONSTRAINT "wellbeing_score" CHECK ("wellbeing"."score" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_price_list" FOREIGN KEY ("organisation_id","price_list_id") REFERENCES "public"."price_lists"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effects" ADD CONSTRAINT "effects_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_participant" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."participants"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lines" ADD CONSTRAINT "lines_scenario" FOREIGN KEY ("organisation_id","scenario_id") REFERENCES "public"."scenarios"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting" FOREIGN KEY ("organisation_id","meeting_id") REFERENCES "public"."meetings"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_participant" FOREIGN KEY ("organisation_id","participant_id") REFERENCES "public"."participants"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_items" ADD CONSTRAINT "price_items_price_list" FOREIGN KEY ("organisation_id","price_list_id") REFERENCES "public"."price_lists"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setup_links" ADD CONSTRAINT "setup_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing" ADD CONSTRAINT "wellbeing_case" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_organisation_at" ON "audit_log" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "barriers_case" ON "barriers" USING btree ("organisation_id","case_id");--> statement-breakpoint
CREATE INDEX "effects_case" ON "effects" USING btree ("organisation_id","case_id");--> statement-breakpoint
CREATE INDEX "interviews_case" ON "interviews" USING btree ("organisation_id","case_id");--> statement-breakpoint
CREATE INDEX "meeting_attendees_participant" ON "meeting_attendees" USING btree ("organisation_id","participant_id");--> statement-breakpoint
CREATE INDEX "meetings_case" ON "meetings" USING btree ("organisation_id","case_id");--> statement-breakpoint
CREATE INDEX "memberships_user_id" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "price_lists_one_active" ON "price_lists" USING btree ("organisation_id") WHERE "price_lists"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "scenarios_case_position" ON "scenarios" USING btree ("organisation_id","case_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "scenarios_case_kind" ON "scenarios" USING btree ("organisation_id","case_id","kind") WHERE "scenarios"."kind" <> 'followup';--> statement-breakpoint
CREATE INDEX "sessions_user_id" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "setup_links_user_id" ON "setup_links" USING btree ("user_id");