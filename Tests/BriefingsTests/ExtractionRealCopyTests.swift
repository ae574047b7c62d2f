import Testing
import Model
@testable import Extraction
@testable import Assembly

/// Classes of error seen on real agency copy: an attack and the reply to it, institutions and
/// bodies of officials speaking for their state or union, event words set in a background
/// span, and what is said about a later day.
@Suite struct ExtractionRealCopyTests {
    static let registry: [Actor] = ExtractionFixtures.registry + [
        Actor(slug: "syrie", name: "Syrie", aliases: ["Syria", "Damas", "Damascus", "Syrian forces", "régime", "régime syrien"], kind: .state),
        Actor(slug: "egypte", name: "Egypte", aliases: ["Egypt", "Égypte", "Le Caire"], kind: .state),
        Actor(slug: "angela-merkel", name: "Angela Merkel", aliases: ["Merkel"]),
        Actor(slug: "josep-borrell", name: "Josep Borrell", aliases: ["Borrell"], country: "Union européenne"),
        Actor(slug: "ghassan-salame", name: "Ghassan Salamé", aliases: ["Salamé", "Salame"]),
        Actor(slug: "dmitri-peskov", name: "Dmitri Peskov", aliases: ["Peskov", "Dmitry Peskov"], country: "Russie"),
        Actor(slug: "jean-yves-le-drian", name: "Jean-Yves Le Drian", aliases: ["Le Drian"], country: "France"),
        Actor(slug: "heiko-maas", name: "Heiko Maas", aliases: ["Maas"], country: "Allemagne"),
        Actor(slug: "jens-stoltenberg", name: "Jens Stoltenberg", aliases: ["Stoltenberg"]),
        Actor(slug: "gouvernement-d-union-nationale", name: "Gouvernement d'union nationale",
              aliases: ["GNA", "Government of National Accord"], kind: .organisation),
        Actor(slug: "aguila-saleh", name: "Aguila Saleh", aliases: ["Saleh"]),
        Actor(slug: "stephane-dujarric", name: "Stéphane Dujarric", aliases: ["Dujarric"]),
        Actor(slug: "onu", name: "ONU", aliases: ["UN", "U.N.", "Nations unies", "United Nations"], kind: .organisation),
    ]
    static let extractor = Extractor(registry: registry, topics: ExtractionFixtures.topics, lexicons: ExtractionFixtures.lexicons)

    func events(_ paragraphs: [String], _ language: String, _ published: String) -> [Event] {
        Self.extractor.extract(ExtractionFixtures.article(paragraphs, published: published, language: language)).events
    }

    @Test func anAttackAndTheReplyToItAreTwoEventsAndStayTwoWhenMerged() {
        let en = events(["Turkey said it retaliated on Monday after heavy shelling by Syrian forces killed five of its soldiers in Idlib."],
                        "en", "2020-02-10")
        let strikes = en.filter { $0.type == .militaryAction && $0.date.iso == "2020-02-10" }
        #expect(strikes.count == 2)
        let reply = strikes.first(where: \.isReply), attack = strikes.first { !$0.isReply }
        #expect(attack?.fatalities == 5)
        #expect(reply?.fatalities == nil)
        #expect(reply.map { Set($0.actors.map(\.id)).isSuperset(of: ["turquie", "syrie"]) } == true)
        // A sentence that tells only the reply is one event, the reply.
        let fr = events(["En représailles, l'armée turque a bombardé lundi des positions du régime syrien."], "fr", "2020-02-04")
        #expect(fr.filter { $0.type == .militaryAction }.count == 1 && fr.allSatisfy(\.isReply))
        // Across articles, the reply does not join the attack of the same day and sides.
        var other = attack!
        other.sources = [SourceRef(article: "other.md", paragraph: 1, sentence: "")]
        other.isReply = true
        #expect(EventMerger.merge([attack!, other]).count == 2)
        other.isReply = false
        #expect(EventMerger.merge([attack!, other]).count == 1)
    }

    @Test func anInstitutionOrBodyWithANationalityAdjectiveSpeaksForItsStateOrUnion() {
        let fr = events(["La présidence égyptienne a indiqué lundi que le chef de l'Etat s'était entretenu avec Angela Merkel."], "fr", "2020-01-13")
        // The meeting the presidency reports is the event, and the presidency its source.
        #expect(fr.contains { $0.type == .consultation && $0.actors.contains { $0.id == "egypte" } })
        let en = events(["European foreign ministers appealed on Friday to Russia and Turkey to honour the ceasefire in Idlib."], "en", "2020-03-06")
        #expect(en.contains { $0.type == .appeal && $0.actors.first?.id == "union-europeenne" })
        // Officials of two states, and a state's troops named by their nationality.
        let both = events(["Des responsables russes et turcs se sont entretenus mercredi à Ankara."], "fr", "2020-02-27")
        #expect(both.contains { $0.type == .consultation && Set($0.actors.map(\.id)).isSuperset(of: ["russie", "turquie"]) })
        let convoy = events(["Syrian forces shelled a Turkish convoy in Idlib on Wednesday."], "en", "2020-02-27")
        #expect(convoy.contains { $0.type == .militaryAction && $0.actors.contains { $0.id == "turquie" } })
        // Not whose the planes might have been.
        let planes = events(["Syrian forces shelled Saraqeb on Wednesday, and the planes were Russian, the Observatory said."], "en", "2020-02-27")
        #expect(planes.contains { $0.type == .militaryAction } && !planes.contains { $0.actors.contains { $0.id == "russie" } })
    }

    @Test func fightingInABackgroundSpanIsNotTheNews() {
        let fr = events(["Le calme est revenu à Idleb depuis que le régime syrien a lancé son offensive contre les rebelles."],
                        "fr", "2020-03-04")
        #expect(fr.isEmpty)
        // The same offensive told as the sentence's own news is an event.
        let news = events(["Le régime syrien a lancé son offensive contre les rebelles."], "fr", "2020-03-04")
        #expect(news.contains { $0.type == .militaryAction })
        // The offensive named in the span is not the event of a sentence about the situation.
        let humanitarian = events(["La situation humanitaire est devenue catastrophique depuis que le régime syrien a lancé son offensive contre Idleb."],
                                  "fr", "2020-03-04")
        #expect(!humanitarian.contains { $0.type == .militaryAction })
        let en = events(["The European Union expressed concern on Tuesday for civilians in Idlib amid widespread bombardment by Syria."],
                        "en", "2020-02-11")
        #expect(en.count == 1 && en.first?.type != .militaryAction)
    }

    @Test func whatIsSaidOfALaterDayIsDatedTheDayItWasSaid() {
        let fr = events(["« La conférence pourrait se tenir dimanche prochain, le 19 janvier », a déclaré Recep Tayyip Erdogan.",
                         "Vladimir Poutine a appelé à un cessez-le-feu."], "fr", "2020-01-13")
        #expect(fr.contains { $0.type == .statement && $0.date.iso == "2020-01-13" })
        #expect(fr.contains { $0.type == .appeal && $0.date.iso == "2020-01-13" })
        #expect(!fr.contains { $0.date.iso == "2020-01-19" && $0.status == .happened })
        // A day and month with no year, spoken of in the future, is the coming one.
        let en = events(["The European Union said on Friday that a donor conference for Syria will be held in Brussels on June 29."],
                        "en", "2020-03-06")
        #expect(en.contains { $0.type == .statement && $0.date.iso == "2020-03-06" && $0.status == .happened })
        #expect(!en.contains { $0.date.year == 2019 })
    }

    @Test func aMeetingIsPlacedAtItsVenueNotInTheCountryItWasAbout() {
        // The agreement is told first, its venue a sentence later, in a sentence with no event of its own.
        let en = events(["BERLIN — Countries with interests in Libya's civil war agreed Sunday to respect the arms embargo, Vladimir Putin said.",
                         "The agreement came after about four hours of talks at the chancellery in Berlin.",
                         "Turkey bombed rebel positions in Libya on Sunday."], "en", "2020-01-19")
        #expect(en.first { $0.type == .agreement }?.location == "Berlin")
        // A fight is placed where the text puts it, not at the meeting's venue.
        #expect(en.contains { $0.type == .militaryAction && $0.location == "Libya" }, "\(en.map { ($0.type, $0.location, $0.summary) })")
        // "homme fort de l'est de la Libye": a country, if not the registry's state, is still less precise than a town.
        let fr = events(["Le maréchal Khalifa Haftar, homme fort de l'est de la Libye, a quitté Moscou mardi sans signer l'accord de cessez-le-feu, a indiqué la Russie."],
                        "fr", "2020-01-14")
        #expect(fr.first?.location == "Moscou")
        // Across articles, the gazetteer's place wins over a country.
        let first = Event(id: "a", date: Day(iso: "2020-01-19")!, type: .agreement, summary: "", actors: [EventActor(id: "russie", name: "Russie", mention: "")],
                          location: "Libye", sources: [SourceRef(article: "a.md", paragraph: 1, sentence: "")])
        var second = first
        second.location = "Berlin"
        second.sources = [SourceRef(article: "b.md", paragraph: 1, sentence: "")]
        #expect(EventMerger.merge([first, second], places: ["Berlin"]).map(\.location) == ["Berlin"])
        #expect(EventMerger.merge([first, second]).map(\.location) == ["Libye"])
    }

    @Test func whatWouldOrWillHappenIsNoNewsButItsAnnouncementIs() {
        // A plan in the conditional is no event that happened.
        let fr = events(["Cette conférence réunirait sous l'égide de l'ONU la Russie, la Turquie et l'Union européenne."], "fr", "2020-01-13")
        #expect(!fr.contains { $0.type == .consultation && $0.status == .happened })
        // What is said to be coming is the saying.
        let en = events(["Vladimir Putin said on Sunday that the two leaders would meet in Moscow in the coming days."], "en", "2020-03-01")
        #expect(en.map(\.type) == [.statement] && en.first?.status == .happened)
        // What an agreement could do yields to the agreement.
        let agreed = events(["Vladimir Putin and Recep Tayyip Erdogan say they have reached agreements that could end fighting in Idlib."], "en", "2020-03-05")
        #expect(agreed.contains { $0.type == .agreement } && !agreed.contains { $0.type == .militaryAction })
        // The past conditional of agency copy reports a fact, not a plan.
        let alleged = events(["Selon l'OSDH, l'armée russe aurait bombardé jeudi des positions rebelles à Idlib."], "fr", "2020-03-05")
        #expect(alleged.contains { $0.type == .militaryAction && $0.status == .happened })
    }

    private func speakers(_ events: [Event]) -> [[String]] {
        events.filter { [.statement, .appeal, .criticism].contains($0.type) }.map { $0.actors.filter { $0.role == .participant }.map(\.id) }
    }

    @Test func aBodyNamedInAPersonsTitleIsNotASpeakerButASpokesmansBodyIs() {
        let fr = events(["Le chef de la diplomatie de l'UE, Josep Borrell, a déclaré mardi que la situation était grave."], "fr", "2020-02-21")
        #expect(speakers(fr) == [["josep-borrell"]])
        let en = events(["European Union foreign policy chief Josep Borrell said on Tuesday the situation was grave."], "en", "2020-02-21")
        #expect(speakers(en) == [["josep-borrell"]])
        let after = events(["Ghassan Salamé, the head of the U.N. support mission in Libya, said on Tuesday the truce was fragile."], "en", "2020-02-21")
        #expect(speakers(after) == [["ghassan-salame"]])
        // A spokesman speaks for the body his title names.
        let spokesman = events(["Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mardi que la situation était grave."], "fr", "2020-02-21")
        #expect(speakers(spokesman).first?.contains("dmitri-peskov") == true)
        #expect(speakers(spokesman).first?.contains("russie") == true)
    }

    @Test func anAppealOrACriticismListsWhomItIsAimedAt() {
        func targets(_ text: String, _ language: String) -> [String] {
            events([text], language, "2020-02-21").filter { [.appeal, .criticism].contains($0.type) }
                .flatMap { $0.actors.filter { $0.role == .target }.map(\.id) }
        }
        #expect(targets("Jens Stoltenberg a appelé mardi Damas et Moscou à cesser leur offensive.", "fr") == ["syrie", "russie"])
        #expect(targets("German Foreign Minister Heiko Maas on Monday urged the EU to agree on a naval mission.", "en") == ["union-europeenne"])
        #expect(targets("Jean-Yves Le Drian a jugé inacceptable mardi le chantage d'Ankara.", "fr") == ["turquie"])
        // Who is named inside what is asked is not whom it is asked of.
        #expect(targets("Emmanuel Macron a appelé mardi à cesser l'envoi d'armes à Khalifa Haftar.", "fr").isEmpty)
        #expect(targets("Le GNA accuse l'UE de favoriser Khalifa Haftar.", "fr") == ["union-europeenne"])
        // Over an adverb and a quoted word; and whom a verb of telling names.
        #expect(targets("Jean-Yves Le Drian a jugé de son côté «inacceptable» mardi le «chantage» d'Ankara.", "fr") == ["turquie"])
        #expect(targets("Josep Borrell said he told Turkey on Wednesday that the situation at the border was unacceptable.", "en") == ["turquie"])
    }

    @Test func aNameHyphenedToAParticipleQualifiesTheNounAfterIt() {
        let en = events(["The U.N.-supported Government of National Accord announced a cease-fire across the country on Friday."], "en", "2020-08-21")
        #expect(speakers(en) == [["gouvernement-d-union-nationale"]])
    }

    @Test func anotherSpeakersCallInTheNextParagraphIsAnEventOfItsOwn() {
        let fr = events(["Le GNA a appelé vendredi à démilitariser la ville de Syrte.",
                         "Dans un communiqué séparé, Aguila Saleh a lui aussi appelé à un cessez-le-feu."], "fr", "2020-08-21")
        #expect(Set(speakers(fr)) == [["gouvernement-d-union-nationale"], ["aguila-saleh"]])
    }

    @Test func aSpokesmanAndHisBodyAndTheSpokesmanAloneAreOneVoice() {
        let fr = events(["Le porte-parole de l'ONU, Stéphane Dujarric, a déclaré lundi que la trêve restait fragile.",
                         "Des tirs ont été entendus dans le sud de Tripoli.",
                         "Stéphane Dujarric a déclaré lundi que les pourparlers reprendraient à Genève."], "fr", "2020-02-18")
        let statements = fr.filter { $0.type == .statement }
        #expect(statements.count == 1)
        #expect(Set(statements.first?.actors.map(\.id) ?? []) == ["stephane-dujarric", "onu"])
    }
}
