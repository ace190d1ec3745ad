/// Hyphenated compounds that UN texts write with a hyphen (`long-term`, `gender-based`,
/// `capacity-building`), so a hyphen at a line end between their parts is kept.
///
/// Generated from the rendered Akoma Ntoso texts of the development corpus (which have no line
/// breaks inside paragraphs, so every hyphen there is a real one): every lower-cased
/// `word-word` form seen at least three times.
enum HyphenatedCompounds {
    /// The compounds, lower-cased.
    static let known: Set<String> = Set(list.split(whereSeparator: \.isWhitespace).map(String.init))

    private static let list = """
        a-c a-d above-mentioned action-oriented active-duty activities-for adolescent-centred
        adolescent-friendly afghan-led afghan-owned africa-wide african-led after-action age-appropriate
        age-disaggregated age-inclusive age-responsive age-sensitive age-specific ageing-mainstreaming
        ageing-related ageing-specific agency-specific agreed-upon agro-industry aid-for aide-memoire
        aids-related air-delivered air-to all-hazards all-inclusive all-of all-oral all-pervasive
        all-policies amphetamine-type analysis-sharing anti-corruption anti-money anti-personnel anti-piracy
        anti-satellite anti-tank anti-trafficking antimicrobial-resistant aquaculture-dependent
        aquaculture-producing aquaculture-related area-based arms-exporting arms-trafficking army-in
        artemisinin-based as-available asset-freezing asylum-seeker asylum-seekers asylum-seeking at-large
        at-risk at-sea au-endorsed au-led awareness-raising back-to belief-based benefit-sharing
        best-informed best-practice better-coordinated bi-communal bi-monthly bio-based biodiversity-related
        blood-borne booby-traps border-control border-related bottom-fishing bottom-of bottom-up break-ins
        broad-based broadcast-quality broader-format build-up building-blocks burden-sharing business-as
        business-to by-catch by-elections capacity-building capacity-development capacity-strengthening
        car-owned care-associated care-related caribbean-focused carrying-out case-by case-management
        case-specific case-tracking cash-based cash-for catch-up cease-fire chair-designate chair-elect
        change-related chernobyl-affected child-centred child-focused child-friendly child-headed
        child-protection child-rearing child-sensitive chornobyl-affected citizen-responsive civil-certified
        civil-military civilian-led civilian-military clean-up climate-change climate-related
        climate-resilient climate-sensitive climate-smart climate-vulnerable closed-circuit co-chair
        co-chaired co-chairing co-chairs co-convened co-convener co-design co-existence co-facilitated
        co-facilitators co-financing co-host co-hosted co-hosts co-infections co-innovation co-investments
        co-led co-located co-location co-operate co-operation co-ordinated co-ordination co-ordinator
        co-organized co-research co-sponsor co-sponsored co-sponsors coalition-building cobalt-rich
        commercial-grade committee-prepared commodities-related commodity-dependent commodity-importing
        commodity-related commodity-specific community-based community-driven community-led community-level
        community-oriented computer-assisted condition-based conditions-based conduct-related
        conference-related conference-servicing confidence-building conflict-affected conflict-free
        conflict-induced conflict-prevention conflict-related conflict-resolution conflict-sensitive
        conflict-settlement consensus-based consensus-building constitution-making construction-in
        content-providing context-specific continent-wide contingent-owned convention-related
        conviction-based corruption-free corruption-related cost-benefit cost-competitiveness cost-conscious
        cost-effective cost-effectively cost-effectiveness cost-efficiency cost-efficient cost-free
        cost-neutral cost-of cost-recovery cost-reimbursable cost-saving cost-savings cost-sharing
        council-authorized council-established council-imposed council-mandated council-sanctioned
        counter-extremism counter-improvised counter-narcotics counter-narrative counter-narratives
        counter-piracy counter-smuggling counter-terrorism counter-terrorist counter-trafficking
        country-based country-by country-driven country-led country-level country-owned country-specific
        country-to country-wide credit-rating crew-served crime-related criminal-related crisis-affected
        crisis-level cross-border cross-country cross-cultural cross-cutting cross-disciplinary
        cross-jurisdictional cross-line cross-pillar cross-regional cross-sector cross-sectoral
        culture-related cut-off dar-es darfur-based data-based data-collection data-driven data-gathering
        data-processing data-protection data-related data-sharing day-to de-alert de-alerting de-conflict
        de-escalate de-escalating de-escalation de-list de-listing de-miners de-mining de-registered
        de-risking de-targeting dealt-in debt-crisis debt-for debt-related decision-making deep-rooted
        deep-sea deep-water demand-based demand-driven democracy-building democratically-elected
        destruction-related development-based development-focused development-oriented development-related
        device-friendly diamond-mining diamond-producing diet-related difficult-to direct-ascent
        disability-inclusive disability-related disability-responsive disability-sensitive
        disability-specific disarmament-related disaster-affected disaster-induced disaster-prone
        disaster-related disaster-resilient disaster-risk disease-prevention disease-related
        distance-learning distant-water district-level documentation-related donor-funded door-to
        double-hatting dprk-flagged drift-net drug-free drug-related drug-resistant drug-trafficking
        dual-use duty-free e-agriculture e-commerce e-environment e-governance e-government e-learning
        e-mail e-trade e-waste eac-led early-recovery early-stage early-warning easy-to economy-class
        economy-wide ecosystem-based education-related eighty-fifth eighty-first eighty-fourth eighty-second
        eighty-third election-related employment-intensive end-state end-to end-use end-user end-users
        energy-based energy-efficiency energy-efficient energy-related enghien-les english-language
        enrichment-related entity-specific entry-level environment-related environment-responsive
        epidemic-prone equity-based ethnic-based ethnic-responsive ethnically-based event-specific
        ever-evolving ever-increasing ever-widening evidence-based evidence-collection evidence-driven
        evidence-gathering evidence-sharing evidenced-based ex-ante ex-combatants experience-building
        experience-sharing expert-led explosive-related export-led extra-budgetary extra-judicial
        extra-parliamentary face-to facility-based fact-based fact-checking fact-finding facts-based
        faith-based family-friendly family-oriented family-related famine-like far-reaching fast-disbursing
        fast-growing fast-rising fast-track fast-tracked fast-tracking fatf-style female-headed fenced-off
        fgs-imported fgs-led fibre-optic field-based field-driven field-focused field-level field-specific
        fifty-eighth fifty-fifth fifty-first fifty-fourth fifty-ninth fifty-second fifty-seventh fifty-sixth
        fifty-third fighter-related film-makers fin-fish firearms-related first-class first-come first-ever
        first-line first-served fish-processing fisheries-related fishery-related fishing-related fit-for
        fits-all five-criteria five-day five-point five-year fixed-interest fixed-term flood-affected
        flood-resistant follow-on follow-up following-up food-importing food-insecure forecast-based
        forest-based forest-related forest-relevant forty-eighth forty-fifth forty-first forty-five
        forty-fourth forty-ninth forty-second forty-seventh forty-sixth forty-third forward-looking
        fossil-fuel four-day four-month four-point four-year french-language french-speaking front-line
        front-loaded fruit-bearing full-day full-fledged full-scale full-scope full-time fully-fledged
        future-oriented gang-related gender-balanced gender-based gender-biased gender-disaggregated
        gender-equal gender-related gender-responsive gender-sensitive gender-sensitivity gender-specific
        gene-based general-designate general-purpose ghs-implementation girl-led global-level gna-led
        goal-based goal-related goals-related good-faith good-neighborliness good-neighbourliness
        good-neighbourly good-offices good-quality government-affiliated government-endorsed government-led
        government-level governorate-wide grant-based grass-roots ground-based growth-enhancing hair-trigger
        haitian-led haitian-owned half-day half-time hand-in hand-washing handed-over haram-affiliated
        hard-copy hard-to hard-won hate-filled hazard-exposure hazard-prone health-care health-driven
        health-in health-inclusive health-promotion health-related high-altitude high-burden high-carbon
        high-grading high-impact high-income high-level high-performance high-priority high-profile
        high-quality high-ranking high-resolution high-risk high-speed high-tech high-tuberculosis
        high-value high-visibility higher-paying higher-speed higher-value hiv-related hiv-sensitive
        home-based home-grown home-learning host-authorities hostage-taking houthi-controlled hr-bodies
        human-centred human-centric human-induced human-made human-related human-rights
        humanitarian-development hygiene-related igad-led igad-mediated ii-iii ill-equipped ill-treated
        ill-treatment imo-funded impact-based implementation-related in-country in-depth in-flight in-home
        in-house in-kind in-line in-mission in-orbit in-person in-service in-session in-theater in-theatre
        incentive-based income-based income-earning income-generating income-only income-poor
        indigenous-owned industry-led information-based information-exchange information-gathering
        information-sharing infrastructure-sharing innovation-based innovation-driven insecticide-treated
        institution-building intelligence-based intelligence-gathering intelligence-generated
        intelligence-sharing inter-agency inter-alia inter-atoll inter-communal inter-community inter-ethnic
        inter-governmental inter-institutional inter-island inter-ministerial inter-mission
        inter-operability inter-parliamentary inter-regional inter-sessional inter-tribal
        internally-displaced international-led internet-based intra-clan intra-island intra-mission
        investment-related inward-looking iraqi-led iraqi-owned island-wide job-intensive job-matching
        job-rich joined-up joint-planning juba-appointed july-to khartoum-appointed ki-moon knock-on
        know-how knowledge-based knowledge-sharing labour-intensive labour-market labour-saving land-based
        land-linked land-reclamation land-sea land-use language-specific large-scale last-mile law-abiding
        law-based law-enforcement law-related lead-up leaders-led least-cost less-lethal lessons-learned
        lessons-learnt libyan-led libyan-owned life-course life-cycle life-saving life-sustaining
        life-threatening local-level locally-focused long-distance long-established long-lasting long-lived
        long-range long-running long-standing long-term long-vacant longer-term low-carbon low-cost low-dose
        low-emission low-income low-lying low-paid low-resource low-risk low-skilled low-value low-wage
        lower-cost lower-emission lower-middle lra-affected lump-sum m-health machine-learning
        machine-readable malaria-endemic malaria-related malian-led malian-owned malta-based man-made
        man-portable market-based market-driven market-oriented market-related mass-media match-fixing
        match-making medication-assisted medium-scale medium-sized medium-term member-driven
        menstruation-related mercenary-related merit-based mid-century mid-term mid-year middle-income
        migrant-led military-grade military-patriotic military-related military-to mine-affected mine-free
        mine-protected mine-risk mineral-exporting missile-related mission-designated mission-oriented
        mission-specific mission-wide mobile-based mobile-led modern-day money-laundering mother-and
        mother-to mountain-related move-on much-needed multi-agency multi-annual multi-country
        multi-dimensional multi-donor multi-ethnic multi-hazard multi-jurisdictional multi-partner
        multi-sector multi-sectoral multi-stakeholder multi-stakeholders multi-year multidrug-resistant
        multilateral-partner multiple-entry munitions-free mutually-acceptable mutually-reinforcing
        narcotics-led nation-building nation-wide national-level nationally-owned nations-affiliated
        nations-authorized nations-brokered nations-created nations-facilitated nations-funded nations-led
        nations-related nations-sponsored nations-support nations-supported nations-wide nature-based
        near-complete near-miss needs-based needs-driven net-zero newly-liberated ninety-eighth ninety-first
        nitrogen-based no-fly no-objection no-tillage non-acceptance non-agricultural non-bank non-binding
        non-civil non-communicable non-compliance non-compliant non-concessional non-conditionality
        non-conflict non-contributory non-conventional non-conviction non-cooperation non-cooperative
        non-core non-custodial non-debt non-deployed non-detriment non-discrimination non-discriminatory
        non-earmarked non-economic non-existence non-existent non-family non-farm non-financial non-food
        non-formal non-fulfilment non-government non-governmental non-implementation non-income
        non-interference non-international non-intervention non-issuance non-judicial non-legally non-lethal
        non-member non-military non-mission non-nuclear non-objection non-official non-operational non-party
        non-payment non-political non-politicization non-post non-power non-profit non-proliferation
        non-punishment non-recognition non-recurrence non-recurrent non-refoulement non-repetition
        non-sectarian non-selectivity non-sensitive non-signatories non-signatory non-staff non-standard
        non-state non-stigmatizing non-target non-traditional non-trial non-unified non-use non-verbal
        non-violence non-violent non-wood norm-setting north-east north-eastern north-west north-western
        nuclear-related nuclear-weapon nuclear-weapons nutrition-promoting nutrition-related
        nutrition-sensitive ocean-based ocean-related oceans-atmosphere oceans-related oecd-hosted off-farm
        off-grid oil-for old-age on-farm on-going on-site one-day one-off one-person one-size one-stop
        one-third one-time one-vote one-week one-year open-access open-ended open-ocean open-source
        opposition-held opt-out organization-recommended organization-wide out-of pandemic-related part-time
        partnership-based partnership-building peace-building peace-keeping peacebuilding-related
        peacekeeping-intelligence peacekeeping-related peer-led peer-reviewed peer-to people-centred
        people-to performance-based peri-urban person-months personnel-contributing phase-down phase-out
        piracy-related point-of police-contributing police-contributors police-to policing-related
        policy-coherent policy-making political-military political-operational politically-focused
        politically-motivated population-based port-au portuguese-speaking post-abortion post-cold
        post-conflict post-coronavirus post-crisis post-delivery post-deployment post-disaster
        post-earthquake post-election post-elections post-electoral post-exposure post-graduation
        post-harvest post-incident post-independence post-natural post-pandemic post-partum post-release
        post-secession post-sentencing post-surgery post-transition post-transitional post-trauma
        post-traumatic post-trial poverty-related power-sharing pre-conditions pre-deployment pre-eminent
        pre-empt pre-emptive pre-existing pre-exposure pre-industrial pre-pandemic pre-primary pre-recorded
        pre-sentence pre-session pre-trial pregnancy-related president-elect presidents-elect
        prevention-oriented principal-level principle-based prior-period priority-setting prison-based
        private-public pro-democracy pro-government pro-poor pro-rata problem-solving professional-level
        profit-driven project-oriented proliferation-related proliferation-sensitive protection-focused
        protection-oriented protection-related protocol-related public-private publicly-available
        publicly-reported qaida-affiliated qaida-linked quality-assured quality-control quality-related
        quick-impact quick-response quota-based quota-free rain-fed rakwon-dong rapid-onset rapid-response
        re-designated re-education re-elected re-election re-emergence re-emerging re-emphasises
        re-emphasize re-emphasizes re-emphasizing re-engage re-engagement re-enrolment re-entry re-establish
        re-established re-establishes re-establishing re-establishment re-evaluation re-export re-insurance
        re-integration re-opened re-recruitment re-supply re-utilized real-time real-world record-keeping
        redd-plus reform-oriented refugee-hosting region-specific region-wide regional-level
        regional-seminars religious-based remote-sensing renewables-based rent-free research-based
        resilience-building resource-based resource-efficient resource-intensive resource-sharing
        resources-producing responsibility-sharing results-based results-oriented revenue-sharing right-wing
        rights-based rights-compliant rights-related risk-based risk-informed risk-management
        risk-mitigation risk-rating risk-sharing risk-tolerant rocket-propelled rohingya-hosting roll-out
        rome-based root-causes round-table rule-of rule-setting rules-based run-off run-up rural-based
        rural-focused rural-urban safety-related same-sex sanitation-related satellite-based
        satellite-derived scale-up scaled-up scaling-up scenario-based school-related school-to
        science-based science-policy sea-based sea-level secretariat-to secretariat-wide secretary-general
        sector-by sector-specific sector-wide security-building security-related self-assessment
        self-assessments self-care self-censorship self-defence self-defense self-determination
        self-employment self-esteem self-funded self-generated self-governance self-governing
        self-government self-harm self-help self-identification self-incriminate self-insure
        self-liquidating self-paced self-protection self-regulation self-regulatory self-reliance
        self-reliant self-respect self-sufficiency self-sufficient self-supporting self-sustainability
        self-sustaining self-sustainment semi-annual semi-annually semi-arid senior-level session-by set-up
        setting-up settlement-related settling-in seven-point seventy-eighth seventy-fifth seventy-first
        seventy-fourth seventy-ninth seventy-second seventy-seventh seventy-sixth seventy-third
        sex-disaggregated ship-generated shock-responsive shore-side short-term shorter-duration side-by
        sids-to single-entry single-person single-use single-window situation-specific six-month six-monthly
        six-point sixty-day sixty-eighth sixty-fifth sixty-first sixty-fourth sixty-ninth sixty-second
        sixty-seventh sixty-sixth sixty-third skill-building slavery-like slow-onset small-arms small-scale
        so-called social-humanitarian socio-economic solution-oriented somali-led somali-owned somalia-based
        somalia-led source-country south-eastern sovereign-bank space-based space-derived space-related
        species-specific sport-based sport-related sports-based sports-related staff-intensive stand-alone
        stand-by standard-setting start-up start-ups starting-point state-assigned state-building
        state-contingent state-led state-level state-of state-owned state-provided state-specific
        state-sponsored status-of stay-and step-by stepped-up stock-specific strategic-level sub-committees
        sub-item sub-national sub-office sub-plans sub-region sub-regional sub-regions sub-working
        subsistence-oriented succession-planning sudan-led sudan-owned sudanese-led sudanese-owned
        sudden-onset supplier-inactive supply-side surface-to surveillance-related survivor-centered
        survivor-centred survivor-oriented sustainability-linked sustainability-themed swearing-in
        syrian-led syrian-owned system-acting system-wide tailor-made take-home taliban-imposed
        teacher-training tech-driven technology-based technology-enabled technology-facilitated
        technology-mediated technology-neutral technology-related technology-supported tele-education
        ten-year terrorism-related text-processing the-art the-pyramid third-country third-party
        thirty-eighth thirty-fifth thirty-first thirty-fourth thirty-ninth thirty-second thirty-seventh
        thirty-sixth thirty-third three-day three-dimensional three-month three-monthly three-pillared
        three-week three-year through-life timber-producing time-bound time-effective time-sensitive
        time-use to-fail too-big top-line torch-bearer tourism-dependent tourism-planning tourism-related
        trade-distorting trade-offs trade-related trade-restrictive trafficking-related trans-border
        trans-regional trans-shipment transit-related trauma-informed travel-related treaty-based
        treaty-making treaty-mandated treaty-related tri-national troop-and troop-contributing trust-based
        trust-building truth-finding truth-seeking tuberculosis-related turn-out twenty-eighth twenty-fifth
        twenty-first twenty-fourth twenty-ninth twenty-second twenty-seven twenty-seventh twenty-sixth
        twenty-third twin-track two-day two-level two-month two-pillar two-state two-thirds two-tier
        two-track two-way two-year ulu-o un-authorized un-brokered un-facilitated un-led un-mandated
        un-regional un-support under-five under-performance under-performing under-reporting
        under-representation union-led university-level university-to up-to upper-middle uranium-enrichment
        urban-rural user-centred user-friendly vaccine-preventable value-added victim-centred
        victims-survivors violence-affected violence-free visa-free visa-related volunteer-involving
        vulnerability-resilience wage-based war-affected water-borne water-related water-saving weapon-free
        weapons-collection weapons-free weapons-related weather-related web-based welfare-environment
        well-being well-connected well-coordinated well-defined well-designed well-developed well-educated
        well-equipped well-established well-functioning well-identified well-informed well-managed
        well-planned well-qualified well-resourced well-structured well-sustained well-trained
        whistle-blowers whole-of wide-ranging wide-spread wildlife-related win-win witchcraft-related
        women-headed women-inclusive women-led women-owned women-specific work-family work-life
        work-planning work-related working-day workload-sharing year-long yemeni-led york-based
        youth-focused youth-friendly youth-led youth-older youth-oriented youth-related zero-emissions
        zero-interest zero-tolerance zero-waste
        """
}
