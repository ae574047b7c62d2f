#!/usr/bin/env python3
"""Deterministic synthetic corpus for benchmarking briefings (and Hugo on the same articles).

    python3 Benchmarks/corpus.py OUT_DIR --articles N [--seed S] [--hugo HUGO_CONTENT_DIR] [--jobs J]

Writes a complete briefings project into OUT_DIR:

    Content/site.yml
    Content/topics/<slug>.md     six followed subjects, keywords with variant spellings
    Content/actors/<slug>.md     persons, states, organisations and armed groups
    Content/places.yml           the gazetteer
    Content/articles/            N wire-style articles, ~70% French and ~30% English,
                                 ~85% Markdown with front matter, ~15% bare .txt

With --hugo, the same articles are also written as Hugo content pages
(HUGO_CONTENT_DIR/articles/<name>.md, with the `topics` taxonomy), plus one `_index.md` per
topic term.

The people named in the corpus are invented; the states, organisations, armed groups and places
are real so that the text has the shapes of real wire copy (variant spellings, titles,
acronyms). Every sentence is built from the templates below: no text is copied from anywhere.

Output depends only on N and the seed: each article draws from its own random.Random seeded
from (seed, index), and nothing depends on dict or set ordering, the file system or the clock,
so the same arguments give byte-identical files, whatever the number of worker processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import re
import shutil
import sys
import time
import unicodedata

# ---------------------------------------------------------------------------------------------
# Calendar words

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FIRST_DAY = dt.date(2019, 11, 1)
LAST_DAY = dt.date(2020, 12, 31)
SPAN_DAYS = (LAST_DAY - FIRST_DAY).days + 1

FR_NUMBER_WORDS = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                   "onze", "douze", "quinze", "vingt"]
FR_APPROX = ["une dizaine de", "une quinzaine de", "une vingtaine de", "une trentaine de",
             "une quarantaine de", "plusieurs dizaines de"]
EN_NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                   "eleven", "twelve", "fifteen", "twenty"]
EN_APPROX = ["about a dozen", "about 20", "around 30", "dozens of", "some 40", "nearly 50"]

VOWELS = set("aeiouéèêëàâäîïôöûüAEIOUÉÈÊËÀÂÄÎÏÔÖÛÜ")

# ---------------------------------------------------------------------------------------------
# Topics and places

# Each place: name (as in places.yml), French spellings, English spellings, further aliases,
# lat, lon, country, admin1. The first French/English spelling is the usual one.
PLACES = {
    "idlib": [
        ("Idlib", ["Idlib", "Idleb"], ["Idlib", "Idleb"], ["ville d'Idlib", "Idlib city"], 35.9306, 36.6339, "Syrie", "Idlib"),
        ("Saraqeb", ["Saraqeb", "Sarakeb"], ["Saraqib", "Saraqeb"], [], 35.8622, 36.8006, "Syrie", "Idlib"),
        ("Maarat al-Numan", ["Maaret al-Noomane", "Maarat al-Nouman"], ["Maarat al-Numan", "Maaret al-Numan"], ["Maarat al-Nu'man"], 35.6433, 36.6708, "Syrie", "Idlib"),
        ("Ariha", ["Ariha"], ["Ariha"], [], 35.8136, 36.6089, "Syrie", "Idlib"),
        ("Jisr al-Choghour", ["Jisr al-Choghour", "Jisr al-Chughur"], ["Jisr al-Shughur", "Jisr ash-Shughur"], [], 35.8137, 36.3177, "Syrie", "Idlib"),
        ("Kafranbel", ["Kafranbel", "Kafr Nabl"], ["Kafr Nabl", "Kafranbel"], [], 35.6131, 36.5606, "Syrie", "Idlib"),
        ("Atareb", ["Atareb", "al-Atareb"], ["Atarib", "al-Atarib"], [], 36.1372, 36.8300, "Syrie", "Alep"),
        ("Alep", ["Alep"], ["Aleppo"], ["Halab"], 36.2021, 37.1343, "Syrie", "Alep"),
    ],
    "libye": [
        ("Tripoli", ["Tripoli"], ["Tripoli"], [], 32.8872, 13.1913, "Libye", "Tripoli"),
        ("Syrte", ["Syrte"], ["Sirte"], ["Surt"], 31.2089, 16.5887, "Libye", "Syrte"),
        ("Misrata", ["Misrata", "Misurata"], ["Misrata", "Misurata"], [], 32.3754, 15.0925, "Libye", "Misrata"),
        ("Benghazi", ["Benghazi"], ["Benghazi"], ["Banghazi"], 32.1167, 20.0667, "Libye", "Benghazi"),
        ("Gharyan", ["Gharyane", "Gharyan"], ["Gharyan", "Gharian"], [], 32.1722, 13.0203, "Libye", "Jabal al-Gharbi"),
        ("Tarhouna", ["Tarhouna"], ["Tarhuna", "Tarhunah"], [], 32.4350, 13.6332, "Libye", "Murqub"),
        ("Al-Watiya", ["Al-Watiya", "al-Wattiya"], ["al-Watiya", "Watiya"], ["base d'Al-Watiya", "Watiya air base"], 32.4836, 11.8986, "Libye", "Nuqat al-Khams"),
        ("Al-Joufra", ["al-Joufra", "Joufra"], ["al-Jufra", "Jufra"], [], 29.1167, 15.9500, "Libye", "Al-Joufra"),
    ],
    "nord-est-syrien": [
        ("Qamichli", ["Qamichli"], ["Qamishli"], ["Kamechliyé"], 37.0522, 41.2272, "Syrie", "Hassaké"),
        ("Hassaké", ["Hassaké", "Hassakeh"], ["Hasakah", "Hassakeh"], [], 36.5024, 40.7477, "Syrie", "Hassaké"),
        ("Ras al-Aïn", ["Ras al-Aïn", "Ras al-Ain"], ["Ras al-Ain", "Serekaniye"], [], 36.8500, 40.0700, "Syrie", "Hassaké"),
        ("Tal Abyad", ["Tal Abyad", "Tell Abyad"], ["Tal Abyad", "Tell Abyad"], [], 36.6975, 38.9567, "Syrie", "Raqqa"),
        ("Kobané", ["Kobané", "Aïn al-Arab"], ["Kobani", "Ain al-Arab"], [], 36.8910, 38.3536, "Syrie", "Alep"),
        ("Manbij", ["Manbij"], ["Manbij"], ["Menbij"], 36.5281, 37.9549, "Syrie", "Alep"),
        ("Raqqa", ["Raqqa", "Rakka"], ["Raqqa", "Rakka"], [], 35.9594, 39.0078, "Syrie", "Raqqa"),
        ("Deir ez-Zor", ["Deir ez-Zor", "Deir Ezzor"], ["Deir ez-Zor", "Deir al-Zor"], [], 35.3359, 40.1408, "Syrie", "Deir ez-Zor"),
    ],
    "yemen": [
        ("Sanaa", ["Sanaa"], ["Sanaa", "Sana'a"], [], 15.3694, 44.1910, "Yémen", "Sanaa"),
        ("Aden", ["Aden"], ["Aden"], [], 12.7855, 45.0187, "Yémen", "Aden"),
        ("Marib", ["Marib", "Mareb"], ["Marib", "Maarib"], [], 15.4543, 45.3269, "Yémen", "Marib"),
        ("Hodeida", ["Hodeida", "Hodeïda"], ["Hodeidah", "Hudaydah"], [], 14.7978, 42.9545, "Yémen", "Hodeida"),
        ("Taëz", ["Taëz", "Taez"], ["Taiz", "Ta'izz"], [], 13.5795, 44.0209, "Yémen", "Taëz"),
        ("Al-Hazm", ["al-Hazm", "Hazm"], ["al-Hazm", "Hazm"], [], 16.1640, 44.7760, "Yémen", "Al-Jawf"),
    ],
    "sahel": [
        ("Bamako", ["Bamako"], ["Bamako"], [], 12.6392, -8.0029, "Mali", "Bamako"),
        ("Gao", ["Gao"], ["Gao"], [], 16.2717, -0.0447, "Mali", "Gao"),
        ("Tombouctou", ["Tombouctou"], ["Timbuktu"], [], 16.7666, -3.0026, "Mali", "Tombouctou"),
        ("Ménaka", ["Ménaka", "Menaka"], ["Menaka"], [], 15.9182, 2.4022, "Mali", "Ménaka"),
        ("Mopti", ["Mopti"], ["Mopti"], [], 14.4843, -4.1830, "Mali", "Mopti"),
        ("Niamey", ["Niamey"], ["Niamey"], [], 13.5116, 2.1254, "Niger", "Niamey"),
        ("Tillabéri", ["Tillabéri", "Tillabery"], ["Tillaberi", "Tillabery"], [], 14.2117, 1.4531, "Niger", "Tillabéri"),
        ("Ouagadougou", ["Ouagadougou"], ["Ouagadougou"], ["Ouaga"], 12.3714, -1.5197, "Burkina Faso", "Centre"),
    ],
    "migrations": [
        ("Lesbos", ["Lesbos"], ["Lesbos", "Lesvos"], [], 39.2645, 26.2777, "Grèce", "Égée-Septentrionale"),
        ("Evros", ["Evros", "Évros"], ["Evros"], ["fleuve Evros", "Evros river"], 41.1500, 26.3000, "Grèce", "Macédoine-Orientale-et-Thrace"),
        ("Athènes", ["Athènes"], ["Athens"], [], 37.9838, 23.7275, "Grèce", "Attique"),
        ("Lampedusa", ["Lampedusa"], ["Lampedusa"], [], 35.5097, 12.5917, "Italie", "Sicile"),
        ("Bruxelles", ["Bruxelles"], ["Brussels"], [], 50.8503, 4.3517, "Belgique", "Bruxelles-Capitale"),
    ],
}

# Cities where talks take place (also in the gazetteer).
HUBS = [
    ("Moscou", ["Moscou"], ["Moscow"], [], 55.7558, 37.6173, "Russie", "Moscou"),
    ("Ankara", ["Ankara"], ["Ankara"], [], 39.9334, 32.8597, "Turquie", "Ankara"),
    ("Genève", ["Genève"], ["Geneva"], [], 46.2044, 6.1432, "Suisse", "Genève"),
    ("New York", ["New York"], ["New York"], [], 40.7128, -74.0060, "États-Unis", "New York"),
    ("Washington", ["Washington"], ["Washington"], [], 38.9072, -77.0369, "États-Unis", "District de Columbia"),
    ("Paris", ["Paris"], ["Paris"], [], 48.8566, 2.3522, "France", "Île-de-France"),
    ("Berlin", ["Berlin"], ["Berlin"], [], 52.5200, 13.4050, "Allemagne", "Berlin"),
    ("Sotchi", ["Sotchi"], ["Sochi"], [], 43.5855, 39.7231, "Russie", "Krasnodar"),
    ("Le Caire", ["Le Caire"], ["Cairo"], [], 30.0444, 31.2357, "Égypte", "Le Caire"),
]

TOPIC_ORDER = ["idlib", "libye", "nord-est-syrien", "yemen", "sahel", "migrations"]

TOPICS = {
    "idlib": {
        "title": "Idlib : l'offensive sur le dernier bastion rebelle",
        "summary": "Les frappes et l'avancée des forces syriennes et russes dans la province d'Idlib, la riposte turque et les tentatives de trêve.",
        "short": "Idlib",
        "extra_keywords": ["province d'Idlib", "Idlib province", "nord-ouest de la Syrie", "northwest Syria", "north-west Syria", "autoroute M5", "M5 highway"],
        "in_fr": ["dans la province d'Idlib", "dans le nord-ouest de la Syrie", "dans la région d'Idlib"],
        "in_en": ["in Idlib province", "in northwest Syria", "in the Idlib region"],
        "datelines_fr": ["BEYROUTH", "DAMAS", "ANKARA", "MOSCOU", "ISTANBUL"],
        "datelines_en": ["BEIRUT", "DAMASCUS", "ANKARA", "MOSCOW", "ISTANBUL"],
        "persons": ["anatoli-vorontsov", "serguei-belov", "dmitri-orlov", "ilia-sokolov", "kemal-aydinli",
                    "murat-ozkaya", "hakan-erdem", "nizar-al-hamdan", "faycal-qabbani", "abou-bakr-al-chami",
                    "arne-lindqvist", "martin-okafor", "joaquim-ferreira", "etienne-marchal", "ulrike-brandt"],
        "states": ["russie", "turquie", "syrie", "iran", "etats-unis", "france", "allemagne"],
        "orgs": ["onu", "osdh", "ocha", "casques-blancs", "conseil-de-securite", "unicef", "msf"],
        "groups": ["hayat-tahrir-al-cham", "armee-nationale-syrienne", "hezbollah"],
        "forces": ["russie", "syrie", "turquie", "hayat-tahrir-al-cham", "armee-nationale-syrienne"],
        "notes": "Le dossier suit les opérations militaires dans la poche d'Idlib, les pertes civiles rapportées par les ONG et les agences de l'ONU, et les négociations entre Moscou et Ankara.",
        "military": True,
    },
    "libye": {
        "title": "Libye : la bataille de l'Ouest et les efforts de trêve",
        "summary": "Les combats entre le gouvernement d'union nationale et l'Armée nationale libyenne, les ingérences étrangères et le processus de paix sous l'égide de l'ONU.",
        "short": "Libye",
        "extra_keywords": ["Libya", "ouest libyen", "western Libya", "embargo sur les armes", "arms embargo", "croissant pétrolier", "oil crescent"],
        "in_fr": ["en Libye", "dans l'ouest de la Libye", "autour de Tripoli"],
        "in_en": ["in Libya", "in western Libya", "around Tripoli"],
        "datelines_fr": ["TRIPOLI", "BENGHAZI", "TUNIS", "LE CAIRE"],
        "datelines_en": ["TRIPOLI", "BENGHAZI", "TUNIS", "CAIRO"],
        "persons": ["fathi-al-mabrouk", "saleh-bouzid", "ahmed-al-warfalli", "samira-haddad", "kemal-aydinli",
                    "anatoli-vorontsov", "etienne-marchal", "claire-dumontel", "ulrike-brandt", "tarek-mansour",
                    "robert-halvorsen", "javier-ordonez", "joaquim-ferreira"],
        "states": ["gouvernement-d-union-nationale", "turquie", "russie", "egypte", "emirats-arabes-unis",
                   "france", "italie", "allemagne", "etats-unis", "qatar"],
        "orgs": ["onu", "conseil-de-securite", "union-europeenne", "union-africaine", "ligue-arabe", "cicr", "oim"],
        "groups": ["armee-nationale-libyenne", "groupe-wagner", "etat-islamique"],
        "forces": ["armee-nationale-libyenne", "gouvernement-d-union-nationale", "turquie", "emirats-arabes-unis", "groupe-wagner"],
        "notes": "Le dossier couvre la guerre autour de Tripoli et de Syrte, le rôle des puissances étrangères et les discussions militaires et politiques menées sous l'égide de l'ONU.",
        "military": True,
    },
    "nord-est-syrien": {
        "title": "Nord-Est syrien : Kurdes, Turquie et retrait américain",
        "summary": "Les opérations turques contre les forces kurdes, le redéploiement russe et syrien et la menace persistante des cellules jihadistes dans le nord-est de la Syrie.",
        "short": "Nord-Est syrien",
        "extra_keywords": ["nord-est de la Syrie", "northeast Syria", "north-east Syria", "Rojava", "zone de sécurité", "safe zone"],
        "in_fr": ["dans le nord-est de la Syrie", "dans la zone frontalière turco-syrienne", "le long de la frontière turque"],
        "in_en": ["in northeast Syria", "in the Turkish-Syrian border area", "along the Turkish border"],
        "datelines_fr": ["BEYROUTH", "QAMICHLI", "ANKARA", "ISTANBUL"],
        "datelines_en": ["BEIRUT", "QAMISHLI", "ANKARA", "ISTANBUL"],
        "persons": ["serhat-derik", "kemal-aydinli", "murat-ozkaya", "hakan-erdem", "robert-halvorsen",
                    "anatoli-vorontsov", "serguei-belov", "nizar-al-hamdan", "henrik-aalto", "javier-ordonez"],
        "states": ["turquie", "etats-unis", "russie", "syrie", "france", "royaume-uni"],
        "orgs": ["osdh", "onu", "otan", "cicr", "hcr", "conseil-de-securite"],
        "groups": ["forces-democratiques-syriennes", "ypg", "armee-nationale-syrienne", "etat-islamique"],
        "forces": ["turquie", "forces-democratiques-syriennes", "armee-nationale-syrienne", "syrie", "etat-islamique"],
        "notes": "Le dossier suit les affrontements le long de la frontière turque, les patrouilles russes et turques et les attaques attribuées aux cellules de l'Etat islamique.",
        "military": True,
    },
    "yemen": {
        "title": "Yémen : la guerre et la crise humanitaire",
        "summary": "Les combats entre les rebelles houthis et les forces gouvernementales soutenues par la coalition, les frappes aériennes et la situation humanitaire.",
        "short": "Yémen",
        "extra_keywords": ["Yemen", "Yéménites", "Yemenis", "mer Rouge", "Red Sea"],
        "in_fr": ["au Yémen", "dans le nord du Yémen", "dans l'ouest du Yémen"],
        "in_en": ["in Yemen", "in northern Yemen", "in western Yemen"],
        "datelines_fr": ["SANAA", "ADEN", "RIYAD", "DUBAI"],
        "datelines_en": ["SANAA", "ADEN", "RIYADH", "DUBAI"],
        "persons": ["ali-al-saadi", "yahya-al-marwani", "hossein-rahmani", "joaquim-ferreira", "martin-okafor",
                    "thomas-brandvold"],
        "states": ["arabie-saoudite", "emirats-arabes-unis", "iran", "etats-unis", "royaume-uni", "yemen"],
        "orgs": ["onu", "pam", "unicef", "oms", "msf", "cicr", "conseil-de-securite"],
        "groups": ["houthis", "aqpa", "conseil-de-transition-du-sud"],
        "forces": ["arabie-saoudite", "houthis", "yemen", "conseil-de-transition-du-sud"],
        "notes": "Le dossier recense les combats et les frappes, les bilans des agences humanitaires et les efforts de l'émissaire de l'ONU pour relancer les négociations.",
        "military": True,
    },
    "sahel": {
        "title": "Sahel : les groupes jihadistes et la force Barkhane",
        "summary": "Les attaques jihadistes au Mali, au Niger et au Burkina Faso, les opérations des armées nationales et de leurs partenaires, et la crise politique à Bamako.",
        "short": "Sahel",
        "extra_keywords": ["Mali", "Niger", "Burkina Faso", "Barkhane", "trois frontières", "tri-border area", "Liptako"],
        "in_fr": ["au Sahel", "dans le centre du Mali", "dans la zone dite des trois frontières"],
        "in_en": ["in the Sahel", "in central Mali", "in the so-called tri-border area"],
        "datelines_fr": ["BAMAKO", "NIAMEY", "OUAGADOUGOU", "DAKAR"],
        "datelines_en": ["BAMAKO", "NIAMEY", "OUAGADOUGOU", "DAKAR"],
        "persons": ["moussa-sangare", "abdou-maiga", "etienne-marchal", "abou-oussama-al-sahraoui", "aminata-kone",
                    "joaquim-ferreira"],
        "states": ["mali", "niger", "burkina-faso", "france", "etats-unis", "allemagne"],
        "orgs": ["onu", "minusma", "union-africaine", "union-europeenne", "cicr", "hcr"],
        "groups": ["gsim", "eigs"],
        "forces": ["mali", "niger", "france", "burkina-faso", "gsim", "eigs"],
        "notes": "Le dossier suit les attaques et les opérations militaires dans les trois pays du Sahel central, les bilans humains et les décisions politiques qui pèsent sur la présence internationale.",
        "military": True,
    },
    "migrations": {
        "title": "Migrations : l'Europe face aux arrivées",
        "summary": "Les arrivées de migrants aux frontières grecques et italiennes, les naufrages en Méditerranée et la réponse de l'Union européenne.",
        "short": "Migrations",
        "extra_keywords": ["migrants", "réfugiés", "refugees", "demandeurs d'asile", "asylum seekers", "frontière gréco-turque", "Greek-Turkish border", "Méditerranée", "Mediterranean"],
        "in_fr": ["à la frontière gréco-turque", "au large des îles grecques", "en Méditerranée centrale"],
        "in_en": ["on the Greek-Turkish border", "off the Greek islands", "in the central Mediterranean"],
        "datelines_fr": ["BRUXELLES", "ATHENES", "ISTANBUL", "ROME"],
        "datelines_en": ["BRUSSELS", "ATHENS", "ISTANBUL", "ROME"],
        "persons": ["margarethe-lindner", "javier-ordonez", "luc-vandamme", "nikos-stavridis", "kemal-aydinli",
                    "ulrike-brandt", "etienne-marchal", "ingrid-solberg"],
        "states": ["grece", "turquie", "allemagne", "france", "italie"],
        "orgs": ["union-europeenne", "frontex", "hcr", "oim", "msf", "parlement-europeen"],
        "groups": [],
        "forces": ["grece", "turquie"],
        "notes": "Le dossier rassemble les décisions européennes sur l'asile et les frontières, les chiffres des agences de l'ONU et les incidents signalés aux frontières de la Grèce et de l'Italie.",
        "military": False,
    },
}

# ---------------------------------------------------------------------------------------------
# Actors (the persons are invented)


def person(slug, fr_full, en_full, variants, fr_last, en_last, female, fr_title, fr_bare, en_title, en_bare,
           country, role, profile):
    return {"slug": slug, "kind": "person", "fr_full": fr_full, "en_full": en_full, "variants": variants,
            "fr_last": fr_last, "en_last": en_last, "female": female, "fr_title": fr_title, "fr_bare": fr_bare,
            "en_title": en_title, "en_bare": en_bare, "country": country, "role": role, "profile": profile}


PERSONS = [
    person("anatoli-vorontsov", "Anatoli Vorontsov", "Anatoly Vorontsov", ["Anatolii Vorontsov", "Anatoli Vorontsoff"],
           "Vorontsov", "Vorontsov", False, "le président russe", ["le président russe", "le chef du Kremlin"],
           "Russian President", ["the Russian president", "the Kremlin leader"], "Russie",
           "Président de la Fédération de Russie", "Chef de l'Etat russe, principal soutien militaire de Damas."),
    person("serguei-belov", "Sergueï Belov", "Sergei Belov", ["Sergey Belov", "Sergheï Belov"], "Belov", "Belov", False,
           "le ministre russe des Affaires étrangères", ["le chef de la diplomatie russe"],
           "Russian Foreign Minister", ["Russia's top diplomat", "the Russian foreign minister"], "Russie",
           "Ministre des Affaires étrangères", "Chef de la diplomatie russe, interlocuteur régulier d'Ankara."),
    person("dmitri-orlov", "Dmitri Orlov", "Dmitry Orlov", ["Dmitriy Orlov"], "Orlov", "Orlov", False,
           "le ministre russe de la Défense", ["le ministre russe de la Défense"],
           "Russian Defence Minister", ["the Russian defence minister"], "Russie",
           "Ministre de la Défense", "Ministre russe de la Défense, chargé des opérations en Syrie."),
    person("ilia-sokolov", "Ilia Sokolov", "Ilya Sokolov", ["Ilya Sokoloff"], "Sokolov", "Sokolov", False,
           "le porte-parole du Kremlin", ["le porte-parole du Kremlin"],
           "Kremlin spokesman", ["the Kremlin spokesman"], "Russie",
           "Porte-parole de la présidence russe", "Porte-parole de la présidence russe."),
    person("kemal-aydinli", "Kemal Aydinli", "Kemal Aydinli", ["Kemal Aydınlı", "Kemal Aydinly"], "Aydinli", "Aydinli",
           False, "le président turc", ["le président turc", "le chef de l'Etat turc"],
           "Turkish President", ["the Turkish president", "Turkey's president"], "Turquie",
           "Président de la République de Turquie", "Chef de l'Etat turc, engagé militairement en Syrie et en Libye."),
    person("murat-ozkaya", "Murat Özkaya", "Murat Ozkaya", ["Mourat Özkaya", "Murat Özkaya"], "Özkaya", "Ozkaya", False,
           "le ministre turc des Affaires étrangères", ["le chef de la diplomatie turque"],
           "Turkish Foreign Minister", ["Turkey's foreign minister"], "Turquie",
           "Ministre des Affaires étrangères", "Chef de la diplomatie turque."),
    person("hakan-erdem", "Hakan Erdem", "Hakan Erdem", ["Hakan Erdêm"], "Erdem", "Erdem", False,
           "le ministre turc de la Défense", ["le ministre turc de la Défense"],
           "Turkish Defence Minister", ["the Turkish defence minister"], "Turquie",
           "Ministre de la Défense", "Ministre turc de la Défense."),
    person("nizar-al-hamdan", "Nizar al-Hamdane", "Nizar al-Hamdan", ["Nizar Hamdan", "Nizar el-Hamdane"], "Hamdane",
           "Hamdan", False, "le président syrien", ["le président syrien", "le chef du régime syrien"],
           "Syrian President", ["the Syrian president"], "Syrie",
           "Président de la République arabe syrienne", "Chef de l'Etat syrien, soutenu par Moscou et Téhéran."),
    person("faycal-qabbani", "Fayçal Qabbani", "Faisal Qabbani", ["Faysal Kabbani", "Fayçal Kabbani"], "Qabbani",
           "Qabbani", False, "le ministre syrien des Affaires étrangères", ["le chef de la diplomatie syrienne"],
           "Syrian Foreign Minister", ["Syria's foreign minister"], "Syrie",
           "Ministre des Affaires étrangères", "Chef de la diplomatie syrienne."),
    person("abou-bakr-al-chami", "Abou Bakr al-Chami", "Abu Bakr al-Shami", ["Abou Bakr al-Shami", "Abu Bakr al-Chami"],
           "al-Chami", "al-Shami", False, "le chef de Hayat Tahrir al-Cham", ["le chef jihadiste"],
           "HTS leader", ["the HTS chief"], "Syrie",
           "Chef de Hayat Tahrir al-Cham", "Chef de la principale coalition jihadiste de la région d'Idlib."),
    person("arne-lindqvist", "Arne Lindqvist", "Arne Lindqvist", ["Arne Lindquist"], "Lindqvist", "Lindqvist", False,
           "l'émissaire de l'ONU pour la Syrie", ["l'émissaire onusien pour la Syrie"],
           "UN envoy for Syria", ["the UN Syria envoy"], "Norvège",
           "Envoyé spécial de l'ONU pour la Syrie", "Médiateur de l'ONU chargé du processus politique syrien."),
    person("martin-okafor", "Martin Okafor", "Martin Okafor", ["Martin Okafo"], "Okafor", "Okafor", False,
           "le chef des opérations humanitaires de l'ONU", ["le responsable humanitaire de l'ONU"],
           "UN humanitarian chief", ["the UN aid chief"], "Nigeria",
           "Secrétaire général adjoint aux affaires humanitaires", "Coordonne l'aide d'urgence des Nations unies."),
    person("joaquim-ferreira", "Joaquim Ferreira", "Joaquim Ferreira", ["Joaquim Ferreyra"], "Ferreira", "Ferreira",
           False, "le secrétaire général de l'ONU", ["le secrétaire général des Nations unies"],
           "UN Secretary-General", ["the UN chief"], "Brésil",
           "Secrétaire général des Nations unies", "Secrétaire général des Nations unies."),
    person("fathi-al-mabrouk", "Fathi al-Mabrouk", "Fathi al-Mabruk", ["Fathi el-Mabrouk", "Fathi Mabrouk"], "Mabrouk",
           "Mabruk", False, "le chef du gouvernement d'union nationale", ["le chef du GNA"],
           "GNA head", ["the head of the Tripoli-based government"], "Libye",
           "Chef du gouvernement d'union nationale (GNA)", "Dirige le gouvernement reconnu par l'ONU, installé à Tripoli."),
    person("saleh-bouzid", "Saleh Bouzid", "Salah Bouzaid", ["Salah Bouzid", "Saleh Bu Zaid"], "Bouzid", "Bouzaid",
           False, "le maréchal", ["l'homme fort de l'est libyen"],
           "Field Marshal", ["eastern Libya's strongman"], "Libye",
           "Commandant de l'Armée nationale libyenne", "Commande les forces qui contrôlent l'est et le sud de la Libye."),
    person("ahmed-al-warfalli", "Ahmed al-Warfalli", "Ahmed al-Werfalli", ["Ahmad al-Warfalli", "Ahmed al-Werfalli"],
           "Warfalli", "Werfalli", False, "le porte-parole de l'ANL", ["le porte-parole de l'ANL"],
           "LNA spokesman", ["the LNA spokesman"], "Libye",
           "Porte-parole de l'Armée nationale libyenne", "Porte-parole des forces de l'Est libyen."),
    person("samira-haddad", "Samira Haddad", "Samira Haddad", ["Samira Hadad"], "Haddad", "Haddad", True,
           "l'émissaire de l'ONU pour la Libye", ["l'émissaire onusienne pour la Libye"],
           "UN envoy for Libya", ["the UN Libya envoy"], "Liban",
           "Représentante spéciale de l'ONU pour la Libye", "Conduit les discussions militaires et politiques libyennes."),
    person("etienne-marchal", "Étienne Marchal", "Etienne Marchal", ["Etienne Marchal"], "Marchal", "Marchal", False,
           "le président français", ["le président français", "le chef de l'Etat français"],
           "French President", ["the French president"], "France",
           "Président de la République française", "Chef de l'Etat français."),
    person("claire-dumontel", "Claire Dumontel", "Claire Dumontel", ["Claire Du Montel"], "Dumontel", "Dumontel", True,
           "la ministre française des Affaires étrangères", ["la cheffe de la diplomatie française"],
           "French Foreign Minister", ["France's foreign minister"], "France",
           "Ministre de l'Europe et des Affaires étrangères", "Cheffe de la diplomatie française."),
    person("ulrike-brandt", "Ulrike Brandt", "Ulrike Brandt", ["Ulrike Brand"], "Brandt", "Brandt", True,
           "la chancelière allemande", ["la chancelière allemande"],
           "German Chancellor", ["the German chancellor"], "Allemagne",
           "Chancelière fédérale", "Cheffe du gouvernement allemand."),
    person("tarek-mansour", "Tarek Mansour", "Tareq Mansour", ["Tareq Mansur", "Tarik Mansour"], "Mansour", "Mansour",
           False, "le président égyptien", ["le président égyptien"],
           "Egyptian President", ["the Egyptian president"], "Égypte",
           "Président de la République arabe d'Egypte", "Chef de l'Etat égyptien, soutien de l'Est libyen."),
    person("robert-halvorsen", "Robert Halvorsen", "Robert Halvorsen", ["Bob Halvorsen"], "Halvorsen", "Halvorsen", False,
           "le secrétaire d'Etat américain", ["le chef de la diplomatie américaine"],
           "U.S. Secretary of State", ["the top U.S. diplomat"], "États-Unis",
           "Secrétaire d'Etat", "Chef de la diplomatie américaine."),
    person("javier-ordonez", "Javier Ordóñez", "Javier Ordonez", ["Javier Ordoñez", "Javier Ordonez"], "Ordóñez",
           "Ordonez", False, "le chef de la diplomatie européenne", ["le Haut représentant de l'UE"],
           "EU foreign policy chief", ["the EU's top diplomat"], "Espagne",
           "Haut représentant de l'UE pour les affaires étrangères", "Chef de la diplomatie de l'Union européenne."),
    person("margarethe-lindner", "Margarethe Lindner", "Margarethe Lindner", ["Margarete Lindner"], "Lindner", "Lindner",
           True, "la présidente de la Commission européenne", ["la présidente de la Commission"],
           "European Commission President", ["the Commission president"], "Allemagne",
           "Présidente de la Commission européenne", "Présidente de la Commission européenne."),
    person("luc-vandamme", "Luc Vandamme", "Luc Vandamme", ["Luc Van Damme"], "Vandamme", "Vandamme", False,
           "le président du Conseil européen", ["le président du Conseil européen"],
           "European Council President", ["the European Council president"], "Belgique",
           "Président du Conseil européen", "Préside les sommets des chefs d'Etat et de gouvernement de l'UE."),
    person("nikos-stavridis", "Nikos Stavridis", "Nikos Stavridis", ["Nikolaos Stavridis", "Níkos Stavrídis"],
           "Stavridis", "Stavridis", False, "le Premier ministre grec", ["le chef du gouvernement grec"],
           "Greek Prime Minister", ["the Greek prime minister"], "Grèce",
           "Premier ministre", "Chef du gouvernement grec."),
    person("ingrid-solberg", "Ingrid Solberg", "Ingrid Solberg", ["Ingrid Sohlberg"], "Solberg", "Solberg", True,
           "la Haute commissaire de l'ONU pour les réfugiés", ["la cheffe du HCR"],
           "UN refugee chief", ["the UN refugee chief"], "Norvège",
           "Haute commissaire des Nations unies pour les réfugiés", "Dirige le Haut-Commissariat pour les réfugiés."),
    person("henrik-aalto", "Henrik Aalto", "Henrik Aalto", ["Henrik Alto"], "Aalto", "Aalto", False,
           "le secrétaire général de l'Otan", ["le patron de l'Otan"],
           "NATO Secretary-General", ["the NATO chief"], "Finlande",
           "Secrétaire général de l'Otan", "Secrétaire général de l'Alliance atlantique."),
    person("serhat-derik", "Serhat Dérik", "Serhat Derik", ["Serhat Dêrik", "Serhat Derick"], "Dérik", "Derik", False,
           "le commandant en chef des FDS", ["le chef des forces kurdes"],
           "SDF commander", ["the SDF chief"], "Syrie",
           "Commandant en chef des Forces démocratiques syriennes", "Commande l'alliance arabo-kurde du nord-est syrien."),
    person("ali-al-saadi", "Ali al-Saadi", "Ali al-Saadi", ["Ali al-Sa'adi", "Ali el-Saadi"], "Saadi", "Saadi", False,
           "le Premier ministre yéménite", ["le chef du gouvernement yéménite"],
           "Yemeni Prime Minister", ["the Yemeni prime minister"], "Yémen",
           "Premier ministre", "Chef du gouvernement yéménite reconnu par la communauté internationale."),
    person("yahya-al-marwani", "Yahia al-Marouani", "Yahya al-Marwani", ["Yahya al-Marouani", "Yahia al-Marwani"],
           "Marouani", "Marwani", False, "le porte-parole des Houthis", ["le porte-parole des rebelles"],
           "Houthi spokesman", ["the rebel spokesman"], "Yémen",
           "Porte-parole des rebelles houthis", "Porte-parole et négociateur des rebelles houthis."),
    person("hossein-rahmani", "Hossein Rahmani", "Hossein Rahmani", ["Hosein Rahmani", "Hussein Rahmani"], "Rahmani",
           "Rahmani", False, "le ministre iranien des Affaires étrangères", ["le chef de la diplomatie iranienne"],
           "Iranian Foreign Minister", ["Iran's foreign minister"], "Iran",
           "Ministre des Affaires étrangères", "Chef de la diplomatie iranienne."),
    person("thomas-brandvold", "Thomas Brandvold", "Thomas Brandvold", ["Tomas Brandvold"], "Brandvold", "Brandvold",
           False, "l'émissaire de l'ONU pour le Yémen", ["le médiateur de l'ONU"],
           "UN envoy for Yemen", ["the UN Yemen envoy"], "Suède",
           "Envoyé spécial de l'ONU pour le Yémen", "Médiateur de l'ONU entre le gouvernement yéménite et les Houthis."),
    person("moussa-sangare", "Moussa Sangaré", "Moussa Sangare", ["Musa Sangare", "Moussa Sangaré"], "Sangaré",
           "Sangare", False, "le président malien", ["le chef de l'Etat malien"],
           "Malian President", ["the Malian president"], "Mali",
           "Président de la République du Mali", "Chef de l'Etat malien."),
    person("abdou-maiga", "Abdou Maïga", "Abdou Maiga", ["Abdu Maiga", "Abdou Maïga"], "Maïga", "Maiga", False,
           "le président nigérien", ["le chef de l'Etat nigérien"],
           "Nigerien President", ["the Nigerien president"], "Niger",
           "Président de la République du Niger", "Chef de l'Etat nigérien."),
    person("abou-oussama-al-sahraoui", "Abou Oussama al-Sahraoui", "Abu Usama al-Sahrawi",
           ["Abou Oussama al-Sahrawi", "Abu Oussama al-Sahraoui"], "al-Sahraoui", "al-Sahrawi", False,
           "le chef du GSIM", ["l'émir du GSIM"], "JNIM leader", ["the JNIM chief"], "Mali",
           "Chef du Groupe de soutien à l'islam et aux musulmans", "Dirige la principale alliance jihadiste du Sahel."),
    person("aminata-kone", "Aminata Koné", "Aminata Kone", ["Aminata Koné"], "Koné", "Kone", True,
           "la ministre malienne des Affaires étrangères", ["la cheffe de la diplomatie malienne"],
           "Malian Foreign Minister", ["Mali's foreign minister"], "Mali",
           "Ministre des Affaires étrangères", "Cheffe de la diplomatie malienne."),
]

# States, organisations and armed groups: slug, kind, name, French mentions (singular subjects),
# English mentions, French "forces" mentions, English "forces" mentions, further aliases,
# country, role. Every mention is also listed among the aliases (without its article).


def entity(slug, kind, name, fr, en, fr_forces, en_forces, extra, country, role, profile):
    return {"slug": slug, "kind": kind, "name": name, "fr": fr, "en": en, "fr_forces": fr_forces,
            "en_forces": en_forces, "extra": extra, "country": country, "role": role, "profile": profile}


ENTITIES = [
    # States
    entity("russie", "state", "Russie", ["la Russie", "Moscou", "le Kremlin", "le gouvernement russe"],
           ["Russia", "Moscow", "the Kremlin", "the Russian government"],
           ["l'aviation russe", "l'armée russe"], ["the Russian air force", "the Russian military"],
           ["Russia", "ministère russe de la Défense", "Russian Defence Ministry", "forces russes", "Russian forces"],
           "Russie", "Etat", "Puissance militaire engagée aux côtés de Damas depuis 2015."),
    entity("turquie", "state", "Turquie", ["la Turquie", "Ankara", "le gouvernement turc", "la diplomatie turque"],
           ["Turkey", "Ankara", "the Turkish government", "the Turkish foreign ministry"],
           ["l'armée turque", "l'aviation turque"], ["the Turkish army", "the Turkish military"],
           ["Turkey", "forces turques", "Turkish forces", "ministère turc de la Défense", "Turkish Defence Ministry"],
           "Turquie", "Etat", "Soutient des groupes rebelles syriens et le gouvernement de Tripoli."),
    entity("syrie", "state", "Syrie", ["le régime syrien", "Damas", "le gouvernement syrien"],
           ["the Syrian government", "Damascus", "the Syrian regime"],
           ["l'armée syrienne", "l'aviation syrienne"], ["the Syrian army", "the Syrian air force"],
           ["Syria", "forces gouvernementales syriennes", "Syrian government forces", "forces du régime", "regime forces"],
           "Syrie", "Etat", "Le pouvoir de Damas, soutenu par la Russie et l'Iran."),
    entity("iran", "state", "Iran", ["l'Iran", "Téhéran", "la diplomatie iranienne"],
           ["Iran", "Tehran", "the Iranian government"], ["les Gardiens de la révolution"], ["Iran's Revolutionary Guards"],
           ["Gardiens de la révolution", "Revolutionary Guards"], "Iran", "Etat", "Allié de Damas et soutien des Houthis."),
    entity("etats-unis", "state", "États-Unis", ["Washington", "l'administration américaine", "le département d'Etat"],
           ["the United States", "Washington", "the State Department"],
           ["l'armée américaine"], ["the U.S. military"],
           ["Etats-Unis", "United States", "U.S.", "Pentagone", "Pentagon", "forces américaines", "U.S. forces"],
           "États-Unis", "Etat", "Membre permanent du Conseil de sécurité."),
    entity("france", "state", "France", ["la France", "Paris", "l'Elysée", "le Quai d'Orsay"],
           ["France", "Paris", "the Elysee", "the French foreign ministry"],
           ["la force Barkhane", "l'armée française"], ["France's Barkhane force", "the French military"],
           ["Barkhane", "opération Barkhane", "Operation Barkhane", "forces françaises", "French forces"],
           "France", "Etat", "Membre permanent du Conseil de sécurité, engagé militairement au Sahel."),
    entity("allemagne", "state", "Allemagne", ["l'Allemagne", "Berlin", "le gouvernement allemand"],
           ["Germany", "Berlin", "the German government"], [], [], [], "Allemagne", "Etat",
           "Puissance européenne, médiatrice dans le dossier libyen."),
    entity("royaume-uni", "state", "Royaume-Uni", ["le Royaume-Uni", "Londres", "le gouvernement britannique"],
           ["Britain", "London", "the British government"], [], [], ["United Kingdom", "UK"],
           "Royaume-Uni", "Etat", "Membre permanent du Conseil de sécurité."),
    entity("italie", "state", "Italie", ["l'Italie", "Rome", "le gouvernement italien"],
           ["Italy", "Rome", "the Italian government"], [], [], [], "Italie", "Etat",
           "Ancienne puissance coloniale en Libye, première concernée par les traversées en Méditerranée centrale."),
    entity("grece", "state", "Grèce", ["la Grèce", "Athènes", "le gouvernement grec"],
           ["Greece", "Athens", "the Greek government"], ["la police grecque", "les garde-côtes grecs"],
           ["the Greek police", "the Greek coast guard"], ["garde-côtes grecs", "Greek coast guard"],
           "Grèce", "Etat", "Pays de première entrée pour les migrants arrivant de Turquie."),
    entity("egypte", "state", "Égypte", ["l'Egypte", "Le Caire", "le gouvernement égyptien"],
           ["Egypt", "Cairo", "the Egyptian government"], ["l'armée égyptienne"], ["the Egyptian army"],
           ["Egypte", "Egypt"], "Égypte", "Etat", "Voisin de la Libye, soutien de l'Est libyen."),
    entity("emirats-arabes-unis", "state", "Émirats arabes unis", ["Abou Dhabi", "la diplomatie émiratie"],
           ["the United Arab Emirates", "Abu Dhabi", "the UAE"], ["l'aviation émiratie"], ["the Emirati air force"],
           ["Emirats arabes unis", "EAU", "UAE", "United Arab Emirates"], "Émirats arabes unis", "Etat",
           "Soutien militaire de l'Armée nationale libyenne et membre de la coalition au Yémen."),
    entity("qatar", "state", "Qatar", ["le Qatar", "Doha"], ["Qatar", "Doha"], [], [], [], "Qatar", "Etat",
           "Soutien du gouvernement de Tripoli."),
    entity("arabie-saoudite", "state", "Arabie saoudite", ["l'Arabie saoudite", "Riyad", "la coalition menée par Riyad"],
           ["Saudi Arabia", "Riyadh", "the Saudi-led coalition"],
           ["la coalition militaire menée par l'Arabie saoudite", "l'aviation saoudienne"],
           ["the Saudi-led military coalition", "the Saudi air force"],
           ["Saudi Arabia", "coalition menée par l'Arabie saoudite", "Saudi-led coalition", "coalition arabe"],
           "Arabie saoudite", "Etat", "Dirige la coalition militaire qui soutient le gouvernement yéménite."),
    entity("yemen", "state", "Yémen", ["le gouvernement yéménite", "le pouvoir yéménite"],
           ["the Yemeni government", "Yemen's government"], ["l'armée yéménite", "les forces loyalistes"],
           ["the Yemeni army", "pro-government forces"],
           ["gouvernement yéménite", "Yemeni government", "forces loyalistes", "pro-government forces"],
           "Yémen", "Etat", "Le gouvernement reconnu par la communauté internationale."),
    entity("mali", "state", "Mali", ["le Mali", "Bamako", "le gouvernement malien"],
           ["Mali", "Bamako", "the Malian government"], ["l'armée malienne"], ["the Malian army"],
           ["Forces armées maliennes", "FAMa"], "Mali", "Etat", "Pays au cœur de la crise sécuritaire sahélienne."),
    entity("niger", "state", "Niger", ["le Niger", "Niamey", "le gouvernement nigérien"],
           ["Niger", "Niamey", "the Nigerien government"], ["l'armée nigérienne"], ["the Nigerien army"], [],
           "Niger", "Etat", "Pays sahélien visé par les groupes jihadistes."),
    entity("burkina-faso", "state", "Burkina Faso", ["le Burkina Faso", "Ouagadougou", "le gouvernement burkinabè"],
           ["Burkina Faso", "Ouagadougou", "the Burkinabe government"], ["l'armée burkinabè"], ["the Burkinabe army"],
           ["Burkina"], "Burkina Faso", "Etat", "Pays sahélien frappé par une vague d'attaques jihadistes."),
    entity("gouvernement-d-union-nationale", "state", "Gouvernement d'union nationale",
           ["le gouvernement d'union nationale", "le GNA", "le gouvernement de Tripoli"],
           ["the Government of National Accord", "the GNA", "the Tripoli-based government"],
           ["les forces du GNA", "le GNA"], ["GNA forces", "the GNA"],
           ["GNA", "Government of National Accord", "forces du GNA", "GNA forces", "forces loyales au GNA"],
           "Libye", "Gouvernement reconnu par l'ONU", "Le gouvernement reconnu par l'ONU, installé à Tripoli."),
    # Organisations
    entity("onu", "organisation", "ONU", ["l'ONU", "l'Organisation des Nations unies"],
           ["the United Nations", "the UN", "the U.N."], [], [],
           ["Nations unies", "United Nations", "UN", "U.N."], "", "Organisation internationale", "Les Nations unies."),
    entity("conseil-de-securite", "organisation", "Conseil de sécurité de l'ONU",
           ["le Conseil de sécurité de l'ONU", "le Conseil de sécurité"], ["the UN Security Council", "the Security Council"],
           [], [], ["Conseil de sécurité", "UN Security Council", "Security Council"], "", "Organe de l'ONU",
           "Les quinze membres chargés du maintien de la paix."),
    entity("union-europeenne", "organisation", "Union européenne", ["l'Union européenne", "l'UE", "Bruxelles"],
           ["the European Union", "the EU", "Brussels"], [], [], ["UE", "EU", "European Union", "Commission européenne",
           "European Commission", "Vingt-Sept"], "", "Organisation régionale", "Les Vingt-Sept et leurs institutions."),
    entity("parlement-europeen", "organisation", "Parlement européen", ["le Parlement européen"],
           ["the European Parliament"], [], [], ["European Parliament", "eurodéputés", "MEPs"], "",
           "Institution de l'UE", "L'assemblée élue de l'Union européenne."),
    entity("otan", "organisation", "Otan", ["l'Otan", "l'Alliance atlantique"], ["NATO", "the Atlantic alliance"], [], [],
           ["OTAN", "NATO", "Alliance atlantique"], "", "Alliance militaire", "L'alliance militaire transatlantique."),
    entity("osdh", "organisation", "Observatoire syrien des droits de l'Homme",
           ["l'Observatoire syrien des droits de l'Homme (OSDH)", "l'OSDH", "l'Observatoire"],
           ["the Syrian Observatory for Human Rights", "the SOHR", "the Britain-based war monitor"], [], [],
           ["OSDH", "SOHR", "Syrian Observatory for Human Rights", "Observatoire", "Observatory"], "Royaume-Uni",
           "ONG de surveillance du conflit syrien", "ONG basée au Royaume-Uni qui recense les victimes du conflit syrien."),
    entity("ocha", "organisation", "OCHA", ["le Bureau de la coordination des affaires humanitaires (OCHA)", "l'OCHA"],
           ["the UN Office for the Coordination of Humanitarian Affairs", "OCHA"], [], [],
           ["Bureau de la coordination des affaires humanitaires", "UN humanitarian office"], "",
           "Agence de l'ONU", "Le bureau humanitaire des Nations unies."),
    entity("hcr", "organisation", "HCR", ["le Haut-Commissariat de l'ONU pour les réfugiés (HCR)", "le HCR"],
           ["the UN refugee agency", "UNHCR"], [], [], ["UNHCR", "Haut-Commissariat pour les réfugiés", "UN refugee agency"],
           "", "Agence de l'ONU", "L'agence des Nations unies pour les réfugiés."),
    entity("unicef", "organisation", "Unicef", ["l'Unicef", "le Fonds des Nations unies pour l'enfance"],
           ["UNICEF", "the UN children's agency"], [], [], ["UNICEF", "UN children's agency"], "", "Agence de l'ONU",
           "Le Fonds des Nations unies pour l'enfance."),
    entity("oms", "organisation", "Organisation mondiale de la santé", ["l'Organisation mondiale de la santé", "l'OMS"],
           ["the World Health Organization"], [], [], ["OMS", "World Health Organization"], "", "Agence de l'ONU",
           "L'agence sanitaire des Nations unies."),
    entity("cicr", "organisation", "Comité international de la Croix-Rouge",
           ["le Comité international de la Croix-Rouge (CICR)", "le CICR"],
           ["the International Committee of the Red Cross", "the ICRC"], [], [],
           ["CICR", "ICRC", "International Committee of the Red Cross"], "Suisse", "Organisation humanitaire",
           "L'organisation humanitaire gardienne des conventions de Genève."),
    entity("msf", "organisation", "Médecins sans frontières", ["Médecins sans frontières (MSF)", "MSF"],
           ["Doctors Without Borders", "MSF"], [], [], ["MSF", "Doctors Without Borders"], "France", "ONG médicale",
           "L'ONG médicale d'urgence."),
    entity("pam", "organisation", "Programme alimentaire mondial", ["le Programme alimentaire mondial (PAM)", "le PAM"],
           ["the World Food Programme", "the WFP"], [], [], ["PAM", "WFP", "World Food Programme"], "",
           "Agence de l'ONU", "L'agence alimentaire des Nations unies."),
    entity("oim", "organisation", "Organisation internationale pour les migrations",
           ["l'Organisation internationale pour les migrations (OIM)", "l'OIM"],
           ["the International Organization for Migration", "the IOM"], [], [],
           ["OIM", "IOM", "International Organization for Migration"], "", "Agence de l'ONU",
           "L'agence des Nations unies pour les migrations."),
    entity("frontex", "organisation", "Frontex", ["Frontex", "l'agence européenne Frontex"],
           ["Frontex", "the EU border agency"], [], [], ["EU border agency", "agence européenne de garde-frontières"],
           "", "Agence de l'UE", "L'agence européenne de garde-frontières et de garde-côtes."),
    entity("union-africaine", "organisation", "Union africaine", ["l'Union africaine", "l'UA"],
           ["the African Union"], [], [], ["UA", "African Union"], "", "Organisation régionale",
           "L'organisation panafricaine."),
    entity("ligue-arabe", "organisation", "Ligue arabe", ["la Ligue arabe"], ["the Arab League"], [], [],
           ["Arab League"], "", "Organisation régionale", "L'organisation des Etats arabes."),
    entity("casques-blancs", "organisation", "Casques blancs", ["la défense civile syrienne", "l'organisation des Casques blancs"],
           ["the White Helmets", "the Syrian Civil Defence"], [], [],
           ["White Helmets", "défense civile syrienne", "Syrian Civil Defence"], "Syrie", "Secouristes",
           "Les secouristes des zones rebelles."),
    entity("minusma", "organisation", "MINUSMA", ["la Mission de l'ONU au Mali (MINUSMA)", "la MINUSMA"],
           ["the UN mission in Mali", "MINUSMA"], [], [], ["Minusma", "Mission de l'ONU au Mali", "UN mission in Mali"],
           "Mali", "Mission de l'ONU", "La mission de maintien de la paix des Nations unies au Mali."),
    # Armed groups
    entity("hayat-tahrir-al-cham", "armed group", "Hayat Tahrir al-Cham",
           ["Hayat Tahrir al-Cham (HTS)", "le groupe jihadiste HTS", "HTS"],
           ["Hayat Tahrir al-Sham", "the HTS group", "HTS"],
           ["le groupe jihadiste HTS"], ["the HTS group"],
           ["HTS", "Hayat Tahrir al-Sham", "ex-branche syrienne d'Al-Qaïda", "former Al-Qaeda affiliate"],
           "Syrie", "Coalition jihadiste", "La coalition jihadiste qui domine la région d'Idlib."),
    entity("armee-nationale-syrienne", "armed group", "Armée nationale syrienne",
           ["l'Armée nationale syrienne (ANS)", "l'ANS", "la coalition rebelle proturque"],
           ["the Syrian National Army", "the Turkish-backed SNA"], ["l'Armée nationale syrienne"], ["the Syrian National Army"],
           ["ANS", "SNA", "Syrian National Army", "coalition rebelle proturque", "Turkish-backed rebels"],
           "Syrie", "Coalition rebelle soutenue par la Turquie", "Les factions rebelles soutenues par Ankara."),
    entity("hezbollah", "armed group", "Hezbollah", ["le Hezbollah", "le mouvement chiite libanais"],
           ["Hezbollah", "the Lebanese Shiite movement"], ["le Hezbollah"], ["Hezbollah"],
           ["Hizbollah", "Hizbullah"], "Liban", "Mouvement armé libanais", "Le mouvement chiite libanais allié de Damas."),
    entity("armee-nationale-libyenne", "armed group", "Armée nationale libyenne",
           ["l'Armée nationale libyenne (ANL)", "l'ANL"], ["the Libyan National Army", "the LNA"],
           ["l'ANL", "l'Armée nationale libyenne"], ["the LNA", "the Libyan National Army"],
           ["ANL", "LNA", "Libyan National Army", "forces pro-Bouzid", "pro-Bouzaid forces"],
           "Libye", "Forces de l'Est libyen", "Les forces qui contrôlent l'est et le sud de la Libye."),
    entity("groupe-wagner", "armed group", "Groupe Wagner", ["le groupe paramilitaire Wagner", "le groupe Wagner"],
           ["the Wagner Group", "the Russian private military company Wagner"], ["le groupe Wagner"], ["the Wagner Group"],
           ["Wagner", "Wagner Group", "mercenaires russes", "Russian mercenaries"], "Russie", "Société militaire privée",
           "Société militaire privée russe."),
    entity("etat-islamique", "armed group", "Etat islamique", ["le groupe Etat islamique (EI)", "l'EI", "Daech"],
           ["the Islamic State group", "ISIS"], ["le groupe Etat islamique"], ["the Islamic State group"],
           ["EI", "ISIS", "Islamic State", "Daech", "Daesh"], "", "Organisation jihadiste",
           "L'organisation jihadiste, dont des cellules restent actives."),
    entity("forces-democratiques-syriennes", "armed group", "Forces démocratiques syriennes",
           ["l'alliance arabo-kurde des Forces démocratiques syriennes (FDS)", "l'alliance arabo-kurde"],
           ["the Kurdish-led Syrian Democratic Forces", "the SDF"], ["l'alliance arabo-kurde"], ["the SDF"],
           ["FDS", "SDF", "Syrian Democratic Forces", "alliance arabo-kurde", "Kurdish-led alliance"], "Syrie",
           "Alliance arabo-kurde", "L'alliance arabo-kurde qui contrôle le nord-est syrien."),
    entity("ypg", "armed group", "YPG", ["la milice kurde des YPG", "la milice kurde"],
           ["the Kurdish YPG militia", "the YPG"], ["la milice kurde"], ["the YPG militia"],
           ["Unités de protection du peuple", "People's Protection Units", "milice kurde", "Kurdish militia"], "Syrie",
           "Milice kurde", "La milice kurde, colonne vertébrale des FDS."),
    entity("houthis", "armed group", "Houthis", ["la rébellion houthie", "le mouvement Ansar Allah"],
           ["the Houthi movement", "Ansar Allah"], ["la rébellion houthie"], ["the Houthi movement"],
           ["rebelles houthis", "rébellion houthie", "Ansar Allah", "Houthi rebels", "Houthi movement"], "Yémen",
           "Rébellion", "Les rebelles qui contrôlent Sanaa depuis 2014."),
    entity("aqpa", "armed group", "Al-Qaïda dans la péninsule Arabique",
           ["Al-Qaïda dans la péninsule Arabique (AQPA)", "AQPA"], ["Al-Qaeda in the Arabian Peninsula", "AQAP"],
           ["AQPA"], ["AQAP"], ["AQPA", "AQAP", "Al-Qaeda in the Arabian Peninsula"], "Yémen",
           "Organisation jihadiste", "La branche yéménite d'Al-Qaïda."),
    entity("conseil-de-transition-du-sud", "armed group", "Conseil de transition du Sud",
           ["le Conseil de transition du Sud (STC)", "le mouvement séparatiste du Sud"],
           ["the Southern Transitional Council", "the STC"], ["les forces séparatistes du Sud"], ["the STC"],
           ["STC", "Southern Transitional Council", "séparatistes du Sud", "southern separatists"], "Yémen",
           "Mouvement séparatiste", "Les séparatistes du Sud, soutenus par les Emirats."),
    entity("gsim", "armed group", "Groupe de soutien à l'islam et aux musulmans",
           ["le Groupe de soutien à l'islam et aux musulmans (GSIM)", "le GSIM"],
           ["the Group to Support Islam and Muslims", "JNIM"], ["le GSIM"], ["JNIM"],
           ["GSIM", "JNIM", "Group to Support Islam and Muslims"], "Mali", "Alliance jihadiste",
           "L'alliance jihadiste affiliée à Al-Qaïda au Sahel."),
    entity("eigs", "armed group", "Etat islamique au Grand Sahara",
           ["l'Etat islamique au Grand Sahara (EIGS)", "l'EIGS"], ["the Islamic State in the Greater Sahara", "ISGS"],
           ["l'EIGS"], ["ISGS"], ["EIGS", "ISGS", "Islamic State in the Greater Sahara"], "Mali",
           "Organisation jihadiste", "La branche sahélienne de l'Etat islamique."),
]

# ---------------------------------------------------------------------------------------------
# Quotes


FR_QUOTES = [
    "Nous ne tolérerons aucune nouvelle attaque contre nos positions",
    "La situation humanitaire est catastrophique et elle se détériore d'heure en heure",
    "Il n'y a pas de solution militaire à ce conflit",
    "Nous appelons toutes les parties à faire preuve de la plus grande retenue",
    "Ce cessez-le-feu doit être respecté par tous, sans exception",
    "Nos forces répondront avec fermeté à chaque violation",
    "Les civils paient une fois de plus le prix le plus lourd de cette escalade",
    "Le dialogue reste la seule voie possible pour sortir de l'impasse",
    "Nous sommes prêts à reprendre les discussions sans conditions préalables",
    "Personne ne peut rester indifférent face à ce qui se passe à {PL}",
    "Les engagements pris {a_HUB} doivent maintenant se traduire sur le terrain",
    "Nous avons besoin d'un accès humanitaire immédiat et sans entrave",
    "Ces frappes constituent une violation flagrante du droit international",
    "La communauté internationale ne peut plus détourner le regard",
    "Nous ne reconnaîtrons aucun fait accompli",
    "Les hôpitaux sont débordés et les stocks de médicaments s'épuisent",
    "Cet accord est une première étape, mais beaucoup reste à faire",
    "Nous ferons tout pour protéger notre population",
    "Les prochains jours seront décisifs",
    "Il est temps que les armes se taisent",
    "Des familles entières dorment dehors, sous la pluie et dans le froid",
    "Nous demandons une enquête indépendante sur ces événements",
    "Notre position n'a pas changé et elle ne changera pas",
    "Ces sanctions ne resteront pas sans réponse",
]

EN_QUOTES = [
    "We will not tolerate any further attack on our positions",
    "The humanitarian situation is catastrophic and getting worse by the hour",
    "There is no military solution to this conflict",
    "We call on all parties to exercise maximum restraint",
    "This ceasefire must be respected by everyone, without exception",
    "Our forces will respond firmly to every violation",
    "Once again, civilians are paying the heaviest price for this escalation",
    "Dialogue remains the only way out of the deadlock",
    "We are ready to resume talks without preconditions",
    "Nobody can remain indifferent to what is happening in {PL}",
    "The commitments made in {HUB} must now be honoured on the ground",
    "We need immediate and unhindered humanitarian access",
    "These strikes are a flagrant violation of international law",
    "The international community can no longer look away",
    "We will not accept any fait accompli",
    "Hospitals are overwhelmed and medical supplies are running out",
    "This agreement is a first step, but much remains to be done",
    "We will do everything to protect our people",
    "The coming days will be decisive",
    "It is time for the guns to fall silent",
    "Whole families are sleeping in the open, in the rain and the cold",
    "We are calling for an independent investigation into these events",
    "Our position has not changed and it will not change",
    "These sanctions will not go unanswered",
]

FR_SAID = ["a déclaré", "a affirmé", "a souligné", "a estimé", "a indiqué", "a assuré", "a ajouté", "a prévenu",
           "a expliqué", "a martelé"]
EN_SAID = ["said", "told reporters", "stressed", "added", "insisted", "warned", "noted"]

# ---------------------------------------------------------------------------------------------
# Sentence templates. Slots: P, P2 (persons), S, S2 (states), O (organisation), G (armed group),
# F (forces), PL, PL2 (places of the topic), HUB (a city of talks), N, N2 (tolls), NW (a toll in
# words), NA (an approximate toll: "une trentaine de"), K (thousands), SDAY (a past day without
# "on"), DAY, DAY2 (past days), FDAY (a coming day), SINCE (a background month),
# Q (a quote), SAID (a reporting verb), TOPIC (the topic's short name), IN (where, e.g. "in
# Idlib province"). French slots may take a prefix that contracts or elides: de_X ("du",
# "d'"), a_X ("au"), que_X ("qu'").

FR_TITLES = {
    "strike": ["{PL} : au moins {N} civils tués dans des frappes", "Frappes meurtrières sur {PL}",
               "{TOPIC} : nouveau bilan de {N} morts après des bombardements"],
    "offensive": ["{TOPIC} : {F} reprend {PL}", "Offensive sur {PL}, des milliers de civils fuient",
                  "{TOPIC} : violents combats autour {de_PL}"],
    "meeting": ["{TOPIC} : entretien entre {P} et {P2}", "{TOPIC} : réunion {a_HUB} sur la crise",
                "{TOPIC} : {S} et {S2} se parlent {a_HUB}"],
    "agreement": ["{TOPIC} : accord de cessez-le-feu conclu {a_HUB}", "{S} et {S2} s'accordent sur {PL}",
                  "{TOPIC} : une trêve annoncée après des jours de négociations"],
    "statement": ["{TOPIC} : {P} met en garde contre l'escalade", "{TOPIC} : {S} hausse le ton",
                  "{P} : « {Q} »"],
    "appeal": ["{TOPIC} : {O} appelle à un cessez-le-feu", "{TOPIC} : appel à protéger les civils de {PL}",
               "{TOPIC} : {O} réclame un accès humanitaire"],
    "criticism": ["{TOPIC} : {S} condamne les frappes sur {PL}", "{TOPIC} : {P} dénonce une « agression »",
                  "{TOPIC} : vives critiques contre {S}"],
    "sanctions": ["{TOPIC} : {S} annonce de nouvelles sanctions", "{TOPIC} : l'UE adopte de nouvelles sanctions",
                  "{TOPIC} : des responsables visés par des sanctions"],
    "humanitarian": ["{TOPIC} : {K} déplacés en un mois selon l'ONU", "{TOPIC} : l'aide humanitaire bloquée à {PL}",
                     "{TOPIC} : {O} alerte sur la situation des civils"],
}

EN_TITLES = {
    "strike": ["At least {N} civilians killed in strikes on {PL}", "Deadly air strikes hit {PL}",
               "{TOPIC}: death toll rises to {N} after shelling"],
    "offensive": ["{TOPIC}: {F} retakes {PL}", "Offensive on {PL} sends thousands fleeing",
                  "{TOPIC}: heavy fighting around {PL}"],
    "meeting": ["{TOPIC}: {P} and {P2} hold talks", "{TOPIC}: talks in {HUB} on the crisis",
                "{TOPIC}: {S} and {S2} meet in {HUB}"],
    "agreement": ["{TOPIC}: ceasefire deal reached in {HUB}", "{S} and {S2} agree on {PL}",
                  "{TOPIC}: truce announced after days of talks"],
    "statement": ["{TOPIC}: {P} warns against escalation", "{TOPIC}: {S} toughens its tone", "{P}: \"{Q}\""],
    "appeal": ["{TOPIC}: {O} calls for a ceasefire", "{TOPIC}: appeal to protect civilians in {PL}",
               "{TOPIC}: {O} demands humanitarian access"],
    "criticism": ["{TOPIC}: {S} condemns strikes on {PL}", "{TOPIC}: {P} denounces \"aggression\"",
                  "{TOPIC}: sharp criticism of {S}"],
    "sanctions": ["{TOPIC}: {S} announces new sanctions", "{TOPIC}: EU adopts new sanctions",
                  "{TOPIC}: officials targeted by sanctions"],
    "humanitarian": ["{TOPIC}: {K} displaced in a month, UN says", "{TOPIC}: aid blocked in {PL}",
                     "{TOPIC}: {O} sounds the alarm on civilians"],
}

FR_LEDES = {
    "strike": [
        "Au moins {N} civils ont été tués {DAY} dans des frappes aériennes sur {PL}, {IN}, a annoncé {O}.",
        "{F} a bombardé {DAY} plusieurs localités autour {de_PL}, tuant au moins {N} personnes, selon un bilan {de_O}.",
        "{N} combattants ont été tués {DAY} dans de violents affrontements près {de_PL}, a rapporté {O}.",
    ],
    "offensive": [
        "{F} a repris {DAY} le contrôle {de_PL} au terme de plusieurs jours de combats acharnés, a indiqué {O}.",
        "{F} a lancé {DAY} une offensive d'envergure en direction {de_PL}, a indiqué une source militaire citée par {O}.",
        "{F} a pris {DAY} plusieurs villages au sud {de_PL}, poursuivant sa progression {IN}.",
    ],
    "meeting": [
        "{P} et {P2} ont eu {DAY} un long entretien consacré à la situation {IN}, a annoncé {S} dans un communiqué.",
        "{P} a reçu {DAY} {a_HUB} {P2} pour des discussions sur la crise {IN}.",
        "Les ministres des Affaires étrangères se sont réunis {DAY} {a_HUB} pour évoquer l'escalade {IN}.",
    ],
    "agreement": [
        "{S} et {S2} ont conclu {DAY} {a_HUB} un accord prévoyant un cessez-le-feu {IN}, a annoncé {P}.",
        "Un accord de désescalade a été signé {DAY} {a_HUB} par {P} et {P2}, après plusieurs heures de négociations.",
        "{S} et {S2} ont convenu {DAY} d'un mécanisme de surveillance de la trêve {IN}.",
    ],
    "statement": [
        "{P} a averti {DAY} {que_S} ne resterait pas les bras croisés face à l'escalade {IN}.",
        "« {Q} », {SAID} {DAY} {P}, au lendemain de nouveaux combats {IN}.",
        "{P} a affirmé {DAY} que la situation {IN} restait « extrêmement préoccupante ».",
    ],
    "appeal": [
        "{O} a appelé {DAY} à un cessez-le-feu immédiat {IN}, où les combats ont fait au moins {N} morts cette semaine.",
        "{P} a exhorté {DAY} toutes les parties à cesser les hostilités {IN} et à protéger les civils.",
        "{S} a demandé {DAY} une réunion d'urgence du Conseil de sécurité sur la situation {IN}.",
    ],
    "criticism": [
        "{S} a vivement condamné {DAY} les frappes menées sur {PL}, qualifiant ces attaques d'« inacceptables ».",
        "{P} a accusé {DAY} {S} de violer ses engagements {IN}.",
        "{S} a dénoncé {DAY} une « agression » après des tirs visant ses positions près {de_PL}.",
    ],
    "sanctions": [
        "{S} a annoncé {DAY} de nouvelles sanctions contre des responsables accusés d'alimenter le conflit {IN}.",
        "L'Union européenne a adopté {DAY} des sanctions visant plusieurs entreprises accusées de violer l'embargo sur les armes.",
        "{S} a imposé {DAY} des sanctions à des dirigeants {de_G}, accusés d'attaques contre des civils.",
    ],
    "humanitarian": [
        "Plus de {K} personnes ont fui les combats {IN} depuis le début du mois, a indiqué {DAY} {O}.",
        "{O} a alerté {DAY} sur la situation de dizaines de milliers de déplacés massés près {de_PL}.",
        "Au moins {N} personnes sont mortes {DAY} faute de soins {IN}, selon {O}.",
    ],
}

EN_LEDES = {
    "strike": [
        "At least {N} civilians were killed {DAY} in air strikes on {PL} {IN}, {O} said.",
        "{F} pounded several villages around {PL} {DAY}, killing at least {N} people, according to {O}.",
        "{N} fighters were killed {DAY} in heavy clashes near {PL}, {O} reported.",
    ],
    "offensive": [
        "{F} recaptured {PL} {DAY} after several days of fierce fighting, {O} said.",
        "{F} launched a major offensive towards {PL} {DAY}, a military source quoted by {O} said.",
        "{F} seized several villages south of {PL} {DAY}, pressing on with its advance {IN}.",
    ],
    "meeting": [
        "{P} and {P2} held lengthy talks {DAY} on the situation {IN}, {S} said in a statement.",
        "{P} hosted {P2} in {HUB} {DAY} for talks on the crisis {IN}.",
        "Foreign ministers met in {HUB} {DAY} to discuss the escalation {IN}.",
    ],
    "agreement": [
        "{S} and {S2} reached an agreement in {HUB} {DAY} on a ceasefire {IN}, {P} announced.",
        "A de-escalation deal was signed in {HUB} {DAY} by {P} and {P2} after hours of negotiations.",
        "{S} and {S2} agreed {DAY} on a mechanism to monitor the truce {IN}.",
    ],
    "statement": [
        "{P} warned {DAY} that {S} would not stand idly by in the face of the escalation {IN}.",
        "\"{Q},\" {P} {SAID} {DAY}, a day after fresh fighting {IN}.",
        "{P} said {DAY} that the situation {IN} remained \"extremely worrying\".",
    ],
    "appeal": [
        "{O} called {DAY} for an immediate ceasefire {IN}, where fighting has killed at least {N} people this week.",
        "{P} urged all parties {DAY} to halt hostilities {IN} and to protect civilians.",
        "{S} requested {DAY} an emergency meeting of the Security Council on the situation {IN}.",
    ],
    "criticism": [
        "{S} strongly condemned {DAY} the strikes on {PL}, calling the attacks \"unacceptable\".",
        "{P} accused {S} {DAY} of breaking its commitments {IN}.",
        "{S} denounced {DAY} an \"aggression\" after fire targeted its positions near {PL}.",
    ],
    "sanctions": [
        "{S} announced new sanctions {DAY} against officials accused of fuelling the conflict {IN}.",
        "The European Union adopted sanctions {DAY} against several companies accused of breaching the arms embargo.",
        "{S} imposed sanctions {DAY} on leaders of {G}, accused of attacks on civilians.",
    ],
    "humanitarian": [
        "More than {K} people have fled the fighting {IN} since the start of the month, {O} said {DAY}.",
        "{O} warned {DAY} about the plight of tens of thousands of displaced people massed near {PL}.",
        "At least {N} people died {DAY} for lack of medical care {IN}, according to {O}.",
    ],
}

FR_BODY = {
    "strike": [
        "{NA} combattants ont été tués {DAY} dans des affrontements près {de_PL2}, selon {O}.",
        "Selon des secouristes, {NW} membres d'une même famille ont été tués dans l'effondrement de leur maison à {PL}.",
        "Les bombardements ont aussi endommagé une école et une boulangerie {de_PL2}, selon {O}.",
        "Le bilan pourrait encore s'alourdir, plusieurs blessés se trouvant dans un état critique, a précisé {O}.",
        "Selon {O}, au moins {N} civils, dont des enfants, ont été tués {DAY} dans des frappes sur {PL}.",
        "Des frappes aériennes ont visé {DAY} un marché {de_PL}, tuant {N} personnes et en blessant des dizaines d'autres.",
        "{F} a pilonné {DAY2} les abords {de_PL2}, où {N2} combattants ont trouvé la mort.",
        "Un hôpital {de_PL} a été touché par un bombardement, a indiqué {O}, qui fait état de {N} morts.",
        "Les frappes se sont intensifiées depuis {DAY2}, {F} visant en particulier les routes qui mènent à {PL}.",
        "Au total, {N} personnes ont péri dans les bombardements de la semaine, selon un décompte {de_O}.",
        "Des tirs de roquettes ont frappé {DAY} un quartier résidentiel {de_PL2}, faisant {NW} morts parmi les civils.",
        "Un drone a visé {DAY2} un véhicule près {de_PL}, tuant ses {NW} occupants, selon des sources locales.",
    ],
    "offensive": [
        "{F} a annoncé {DAY} avoir sécurisé l'axe routier reliant {PL} à {PL2}.",
        "Selon {O}, {N} soldats et {N2} combattants {de_G} ont été tués dans les combats de la semaine.",
        "{F} a repris {DAY2} la localité {de_PL2}, qui était aux mains {de_G} depuis plusieurs mois.",
        "La prise {de_PL} ouvre à {F} la route vers {PL2}, ont estimé des analystes.",
        "{G} a lancé {DAY} une contre-offensive près {de_PL2} et affirme avoir repris deux villages.",
        "Les combats se poursuivaient {DAY} aux abords {de_PL}, où {F} tente de consolider ses positions.",
        "Depuis {SINCE}, {F} a pris le contrôle de plusieurs dizaines de localités {IN}.",
        "{F} a affirmé {DAY} avoir détruit des dépôts d'armes {de_G} près {de_PL}.",
        "Des renforts ont été acheminés vers {PL2}, a indiqué {O}, qui évoque des combats d'une rare intensité.",
    ],
    "meeting": [
        "Au menu des discussions figuraient la trêve {IN}, le sort des déplacés et la lutte antiterroriste.",
        "{P} et {P2} se sont parlé {DAY} au téléphone pour la troisième fois en une semaine.",
        "{P} a eu {DAY} un entretien téléphonique avec {P2}, a indiqué {S}.",
        "Les deux responsables ont évoqué la situation {IN} et les moyens d'éviter une nouvelle escalade.",
        "Une délégation {de_S} est attendue {FDAY} {a_HUB} pour de nouvelles consultations.",
        "{P} doit rencontrer {FDAY} {P2} {a_HUB}, a annoncé le porte-parole de la présidence.",
        "Les discussions {de_HUB} ont duré plus de quatre heures, selon un diplomate présent.",
        "Des représentants {de_S} et {de_S2} se sont réunis {DAY2} {a_HUB}, sans parvenir à un accord.",
        "{P} a reçu {DAY} l'ambassadeur {de_S2} pour lui faire part de ses préoccupations.",
    ],
    "agreement": [
        "Le texte, dont {O} a obtenu une copie, prévoit le retrait des armes lourdes d'une bande de dix kilomètres autour {de_PL}.",
        "{S2} a promis {DAY} de garantir le respect de l'accord par ses alliés sur le terrain.",
        "L'accord conclu {a_HUB} prévoit un cessez-le-feu et des patrouilles conjointes autour {de_PL}.",
        "{S} et {S2} se sont engagés à faire respecter la trêve, selon le texte publié {DAY}.",
        "Le cessez-le-feu est entré en vigueur {DAY} à minuit, mais des violations ont été signalées près {de_PL2}.",
        "Aux termes de l'accord, un corridor humanitaire doit être ouvert vers {PL} dans les prochains jours.",
        "{P} a salué {DAY} un accord « important », tout en appelant à la vigilance.",
        "Les deux parties ont signé {DAY2} {a_HUB} un protocole d'échange de prisonniers.",
    ],
    "statement": [
        "« {Q} », a lancé {P} devant des journalistes {a_HUB}.",
        "Lors d'un point de presse, {P} a répondu : « {Q} ».",
        "{P} a répété {DAY} que la priorité restait la protection des civils {IN}.",
        "« {Q} », {SAID} {DAY} {P}.",
        "« {Q} », {SAID} {P} lors d'une conférence de presse {a_HUB}.",
        "{P} {SAID} {DAY} : « {Q} ».",
        "{P} {SAID} {que_S} ne changerait pas de position {IN}.",
        "« {Q} », a renchéri {P2}, cité par l'agence officielle.",
        "Pour {P}, « {Q} ».",
        "{S} a démenti {DAY} toute implication dans les combats {IN}.",
        "« {Q} », a insisté {DAY2} {P}, dans un message publié sur les réseaux sociaux.",
        "{P} a assuré {DAY} {que_S} respecterait ses engagements {IN}.",
    ],
    "appeal": [
        "{O} a exhorté {DAY} les belligérants à épargner les infrastructures civiles {IN}.",
        "{O} a appelé {DAY} toutes les parties à respecter le droit international humanitaire.",
        "{P} a réclamé {DAY} un cessez-le-feu immédiat et l'ouverture de couloirs humanitaires vers {PL}.",
        "{S} a exhorté {DAY2} {S2} à user de son influence pour faire cesser les combats.",
        "Le Conseil de sécurité de l'ONU doit se réunir {FDAY} à la demande {de_S}.",
        "{O} demande un accès sans entrave aux zones touchées par les combats {IN}.",
        "{P} a appelé {DAY} la communauté internationale à « agir sans attendre ».",
    ],
    "criticism": [
        "{S} a accusé {DAY} {S2} de jouer « un double jeu » {IN}.",
        "{S} a condamné {DAY} ces frappes, dénonçant une violation flagrante des accords conclus {a_HUB}.",
        "{P} a accusé {DAY2} {S} de mener une politique « irresponsable » {IN}.",
        "{S2} a jugé ces accusations « sans fondement » et dénoncé une « provocation ».",
        "{O} a qualifié ces attaques de possibles crimes de guerre.",
        "Ces critiques ont été rejetées {DAY} par {P}, qui y voit une ingérence inacceptable.",
    ],
    "sanctions": [
        "Les sanctions annoncées {DAY} visent notamment des entreprises accusées de livrer des armes aux belligérants.",
        "{S} a menacé {DAY} de nouvelles mesures si les violations de la trêve se poursuivent.",
        "Ces mesures prévoient le gel des avoirs et une interdiction de voyager pour {NW} responsables.",
        "{P} a dénoncé {DAY2} des sanctions « illégales » et promis une riposte.",
    ],
    "humanitarian": [
        "Des milliers de familles vivent sous des tentes de fortune le long de la route entre {PL} et {PL2}.",
        "{O} a indiqué {DAY} avoir acheminé des vivres pour {K} personnes.",
        "Selon {O}, plus de {K} personnes ont été déplacées {IN} depuis {SINCE}.",
        "Les camps de déplacés proches {de_PL} sont saturés, a averti {O}.",
        "{O} a fait état {DAY} d'un manque criant de tentes, de nourriture et de médicaments.",
        "Au moins {NW} hôpitaux ont cessé de fonctionner {IN} ces dernières semaines, selon {O}.",
        "Des convois d'aide sont bloqués depuis {DAY2} à l'entrée {de_PL2}, faute de garanties de sécurité.",
        "{P} a annoncé {DAY} une aide d'urgence de plusieurs millions d'euros pour les déplacés.",
        "Près de {K} enfants ont besoin d'une assistance immédiate, a estimé {O}.",
    ],
    "background": [
        "{S} accuse régulièrement {S2} d'armer ses adversaires.",
        "Les violences n'ont jamais vraiment cessé depuis {SINCE}, malgré les trêves successives.",
        "Depuis {SINCE}, le conflit {IN} a fait des centaines de morts et des dizaines de milliers de déplacés.",
        "{PL} est sous le contrôle {de_G} depuis plusieurs années.",
        "{S} et {S2} soutiennent des camps opposés dans ce conflit.",
        "Plusieurs trêves ont été annoncées ces derniers mois, sans jamais tenir plus de quelques jours.",
        "La région {de_PL} est un carrefour stratégique pour toutes les parties.",
        "Un précédent accord conclu {a_HUB} n'avait fait baisser les violences que quelques semaines.",
        "{O} n'est pas en mesure de vérifier de manière indépendante les bilans avancés par les belligérants.",
    ],
    "future": [
        "Une nouvelle réunion est prévue {FDAY} {a_HUB}, selon une source diplomatique.",
        "{P} doit se rendre {FDAY} {a_HUB} pour tenter de relancer les négociations.",
        "Les ministres des Affaires étrangères de l'UE doivent évoquer la situation {IN} lors de leur prochaine réunion.",
        "{O} doit publier {FDAY} un nouveau rapport sur la situation {IN}.",
    ],
    "analysis": [
        "Plusieurs diplomates jugent peu probable une percée rapide des négociations.",
        "Pour {O}, la priorité reste l'accès aux populations prises au piège des combats.",
        "Pour de nombreux observateurs, l'escalade {IN} risque de compromettre les efforts diplomatiques en cours.",
        "Les analystes doutent que le cessez-le-feu puisse tenir sans mécanisme de contrôle crédible.",
        "La question du retour des déplacés reste entière, tant que les combats se poursuivent autour {de_PL}.",
        "Sur le terrain, la situation demeure confuse et les informations difficiles à recouper.",
        "Le rapport de forces militaire pèse lourdement sur les discussions {de_HUB}.",
    ],
}

EN_BODY = {
    "strike": [
        "{NA} fighters were killed {DAY} in clashes near {PL2}, {O} said.",
        "Rescuers said {NW} members of the same family were killed when their house collapsed in {PL}.",
        "The shelling also damaged a school and a bakery in {PL2}, {O} said.",
        "The toll could rise further as several of the wounded are in critical condition, {O} said.",
        "According to {O}, at least {N} civilians, including children, were killed in strikes on {PL} {DAY}.",
        "Air strikes hit a market in {PL} {DAY}, killing {N} people and wounding dozens more.",
        "{F} shelled the outskirts of {PL2} {DAY2}, where {N2} fighters were killed.",
        "A hospital in {PL} was hit by shelling, {O} said, reporting {N} dead.",
        "The strikes have intensified since {SDAY}, with {F} targeting the roads leading to {PL}.",
        "In all, {N} people have been killed in this week's bombardments, according to a tally by {O}.",
        "Rockets struck a residential district of {PL2} {DAY}, killing {NW} civilians.",
        "A drone struck a vehicle near {PL} {DAY2}, killing its {NW} occupants, local sources said.",
    ],
    "offensive": [
        "{F} said {DAY} it had secured the road linking {PL} to {PL2}.",
        "According to {O}, {N} soldiers and {N2} fighters from {G} were killed in this week's fighting.",
        "{F} retook the town of {PL2} {DAY2}, which had been held by {G} for several months.",
        "The capture of {PL} opens the road to {PL2} for {F}, analysts said.",
        "{G} launched a counter-offensive near {PL2} {DAY} and claimed to have retaken two villages.",
        "Fighting continued {DAY} on the outskirts of {PL}, where {F} is trying to consolidate its positions.",
        "Since {SINCE}, {F} has taken control of dozens of towns and villages {IN}.",
        "{F} said {DAY} it had destroyed weapons depots belonging to {G} near {PL}.",
        "Reinforcements were sent to {PL2}, {O} said, describing fighting of rare intensity.",
    ],
    "meeting": [
        "The talks covered the truce {IN}, the fate of the displaced and counter-terrorism.",
        "{P} and {P2} spoke by phone {DAY} for the third time in a week.",
        "{P} spoke by telephone with {P2} {DAY}, {S} said.",
        "The two leaders discussed the situation {IN} and ways to avoid a new escalation.",
        "A delegation from {S} is expected in {HUB} {FDAY} for further consultations.",
        "{P} is due to meet {P2} in {HUB} {FDAY}, a presidential spokesman said.",
        "The talks in {HUB} lasted more than four hours, according to a diplomat who attended.",
        "Representatives of {S} and {S2} met in {HUB} {DAY2} but failed to reach an agreement.",
        "{P} received the ambassador of {S2} {DAY} to voice concern.",
    ],
    "agreement": [
        "The text, a copy of which was obtained by {O}, provides for heavy weapons to be withdrawn from a ten-kilometre strip around {PL}.",
        "{S2} pledged {DAY} to make sure its allies on the ground respect the deal.",
        "The agreement reached in {HUB} provides for a ceasefire and joint patrols around {PL}.",
        "{S} and {S2} pledged to enforce the truce, according to the text released {DAY}.",
        "The ceasefire took effect at midnight {DAY}, but violations were reported near {PL2}.",
        "Under the deal, a humanitarian corridor is to be opened to {PL} in the coming days.",
        "{P} welcomed {DAY} an \"important\" agreement, while calling for vigilance.",
        "The two sides signed a prisoner exchange protocol in {HUB} {DAY2}.",
    ],
    "statement": [
        "\"{Q},\" {P} told journalists in {HUB}.",
        "Asked about the situation at a news briefing, {P} replied: \"{Q}.\"",
        "{P} repeated {DAY} that protecting civilians {IN} remained the priority.",
        "\"{Q},\" {P} {SAID} {DAY}.",
        "\"{Q},\" {P} {SAID} at a news conference in {HUB}.",
        "{P} {SAID} {DAY}: \"{Q}.\"",
        "{P} {SAID} that {S} would not change its position {IN}.",
        "\"{Q},\" {P2} said, quoted by the official news agency.",
        "For {P}, \"{Q}.\"",
        "{S} denied {DAY} any involvement in the fighting {IN}.",
        "\"{Q},\" {P} insisted {DAY2} in a message posted on social media.",
        "{P} said {DAY} that {S} would honour its commitments {IN}.",
    ],
    "appeal": [
        "{O} urged the warring parties {DAY} to spare civilian infrastructure {IN}.",
        "{O} called on all parties {DAY} to respect international humanitarian law.",
        "{P} called {DAY} for an immediate ceasefire and the opening of humanitarian corridors to {PL}.",
        "{S} urged {S2} {DAY2} to use its influence to stop the fighting.",
        "The UN Security Council is due to meet {FDAY} at the request of {S}.",
        "{O} is demanding unhindered access to the areas hit by the fighting {IN}.",
        "{P} called on the international community {DAY} to \"act without delay\".",
    ],
    "criticism": [
        "{S} accused {S2} {DAY} of playing \"a double game\" {IN}.",
        "{S} condemned the strikes {DAY}, denouncing a flagrant violation of the agreements reached in {HUB}.",
        "{P} accused {S} {DAY2} of pursuing an \"irresponsible\" policy {IN}.",
        "{S2} called the accusations \"baseless\" and denounced a \"provocation\".",
        "{O} described the attacks as possible war crimes.",
        "The criticism was rejected {DAY} by {P}, who called it unacceptable interference.",
    ],
    "sanctions": [
        "The sanctions announced {DAY} target companies accused of supplying weapons to the warring parties.",
        "{S} threatened {DAY} further measures if violations of the truce continue.",
        "The measures include an asset freeze and a travel ban on {NW} officials.",
        "{P} denounced the sanctions as \"illegal\" {DAY2} and promised a response.",
    ],
    "humanitarian": [
        "Thousands of families are living in makeshift tents along the road between {PL} and {PL2}.",
        "{O} said {DAY} it had delivered food for {K} people.",
        "According to {O}, more than {K} people have been displaced {IN} since {SINCE}.",
        "The camps for displaced people near {PL} are full, {O} warned.",
        "{O} reported {DAY} a dire shortage of tents, food and medicine.",
        "At least {NW} hospitals have stopped working {IN} in recent weeks, according to {O}.",
        "Aid convoys have been stuck at the entrance to {PL2} since {SDAY} for lack of security guarantees.",
        "{P} announced {DAY} emergency aid worth several million euros for the displaced.",
        "Nearly {K} children need immediate assistance, {O} estimated.",
    ],
    "background": [
        "{S} regularly accuses {S2} of arming its opponents.",
        "The violence has never really stopped since {SINCE}, despite successive truces.",
        "Since {SINCE}, the conflict {IN} has killed hundreds of people and displaced tens of thousands.",
        "{PL} has been under the control of {G} for several years.",
        "{S} and {S2} back opposing sides in the conflict.",
        "Several truces have been announced in recent months, none of which lasted more than a few days.",
        "The area around {PL} is a strategic crossroads for all sides.",
        "An earlier deal reached in {HUB} reduced the violence for only a few weeks.",
        "{O} is unable to independently verify the tolls given by the warring parties.",
    ],
    "future": [
        "A new meeting is scheduled in {HUB} {FDAY}, according to a diplomatic source.",
        "{P} is due to travel to {HUB} {FDAY} to try to revive negotiations.",
        "EU foreign ministers are expected to discuss the situation {IN} at their next meeting.",
        "{O} is due to publish a new report on the situation {IN} {FDAY}.",
    ],
    "analysis": [
        "Several diplomats consider a quick breakthrough in the negotiations unlikely.",
        "For {O}, the priority remains access to people trapped by the fighting.",
        "Many observers say the escalation {IN} threatens to derail ongoing diplomatic efforts.",
        "Analysts doubt the ceasefire can hold without a credible monitoring mechanism.",
        "The return of the displaced remains uncertain as long as fighting continues around {PL}.",
        "On the ground, the situation remains confused and reports are hard to verify.",
        "The military balance of power weighs heavily on the talks in {HUB}.",
    ],
}

MILITARY_CATEGORIES = ["strike", "offensive"]
PAIRS = {"P": ("P", "P2"), "P2": ("P", "P"), "S": ("S", "S2"), "S2": ("S", "S")}
LEDE_WEIGHTS = [("strike", 5), ("offensive", 3), ("meeting", 3), ("agreement", 2), ("statement", 3),
                ("appeal", 2), ("criticism", 2), ("sanctions", 1), ("humanitarian", 3)]
BODY_WEIGHTS = [("strike", 4), ("offensive", 3), ("meeting", 3), ("agreement", 2), ("statement", 6),
                ("appeal", 2), ("criticism", 2), ("sanctions", 1), ("humanitarian", 3), ("background", 3),
                ("future", 1), ("analysis", 2)]

SLOT_RE = re.compile(r"\{([A-Za-z_0-9]+)\}")


def compile_template(text):
    """'a {X} b' → ['a ', ('X', ''), ' b']: literals and (slot, French prefix)."""
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(text):
        if m.start() > pos:
            parts.append(text[pos:m.start()])
        name = m.group(1)
        prefix = ""
        for p in ("de_", "a_", "que_"):
            if name.startswith(p):
                prefix, name = p, name[len(p):]
        parts.append((name, prefix))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    return parts


def template_count():
    n = 0
    for table in (FR_TITLES, FR_LEDES, FR_BODY):
        n += sum(len(v) for v in table.values())
    m = 0
    for table in (EN_TITLES, EN_LEDES, EN_BODY):
        m += sum(len(v) for v in table.values())
    return n, m


# ---------------------------------------------------------------------------------------------
# French contractions


def fr_de(np):
    low = np[:4].lower()
    if np.startswith("le ") or np.startswith("Le "):
        return "du " + np[3:]
    if np.startswith("les ") or np.startswith("Les "):
        return "des " + np[4:]
    if low.startswith("la ") or low.startswith("l'"):
        return "de " + np
    if np and np[0] in VOWELS:
        return "d'" + np
    return "de " + np


def fr_a(np):
    if np.startswith("le ") or np.startswith("Le "):
        return "au " + np[3:]
    if np.startswith("les ") or np.startswith("Les "):
        return "aux " + np[4:]
    return "à " + np


def fr_que(np):
    if np and np[0] in VOWELS:
        return "qu'" + np
    return "que " + np


# ---------------------------------------------------------------------------------------------
# Mentions


def person_mentions(p, lang):
    """Ways to name a person in running text, with weights by repetition."""
    if lang == "fr":
        full, last = p["fr_full"], p["fr_last"]
        honor = "Mme" if p["female"] else "M."
        titled = f"{p['fr_title']} {full}"
        out = [titled] * 4 + [full] * 2 + [f"{honor} {last}"] * 2 + list(p["fr_bare"])
        out += [f"{p['fr_title']} {v}" for v in p["variants"][:1]] + p["variants"][:1]
    else:
        full, last = p["en_full"], p["en_last"]
        honor = "Ms" if p["female"] else "Mr"
        titled = f"{p['en_title']} {full}"
        out = [titled] * 4 + [full] * 2 + [last, f"{honor} {last}"] + list(p["en_bare"])
        out += [f"{p['en_title']} {v}" for v in p["variants"][:1]] + p["variants"][:1]
    return out


def strip_article(s):
    for a in ("le ", "la ", "les ", "l'", "the ", "The "):
        if s.startswith(a):
            return s[len(a):]
    return s


def dedupe(items, exclude=()):
    """Items in order, without repeats (compared without case)."""
    seen = {x.lower() for x in exclude}
    out = []
    for x in items:
        if x and x.lower() not in seen:
            seen.add(x.lower())
            out.append(x)
    return out


def person_aliases(p):
    honor_fr = "Mme" if p["female"] else "M."
    honor_en = "Ms" if p["female"] else "Mr"
    items = [p["en_full"], p["fr_last"], p["en_last"]] + p["variants"]
    items += [strip_article(p["fr_title"])] + [strip_article(b) for b in p["fr_bare"]]
    items += [p["en_title"]] + [strip_article(b) for b in p["en_bare"]]
    items += [f"{honor_fr} {p['fr_last']}", f"{honor_en} {p['en_last']}", f"{p['en_title']} {p['en_full']}"]
    # A bare one-word title ("le maréchal", "Field Marshal") would name anyone: keep it out.
    items = [x for x in items if x.lower() not in ("maréchal", "field marshal")]
    return dedupe(items, exclude=[p["fr_full"]])


def entity_aliases(e):
    items = [strip_article(x) for x in e["fr"] + e["en"] + e["fr_forces"] + e["en_forces"]] + e["extra"]
    # "l'Observatoire syrien des droits de l'Homme (OSDH)" → the name, its acronym listed apart.
    items = [re.sub(r" \([^)]*\)$", "", x) for x in items]
    return dedupe(items, exclude=[e["name"]])


# ---------------------------------------------------------------------------------------------
# The shared tables, built once per process


class Tables:
    def __init__(self):
        self.persons = {p["slug"]: p for p in PERSONS}
        self.entities = {e["slug"]: e for e in ENTITIES}
        self.fr_titles = {k: [compile_template(t) for t in v] for k, v in FR_TITLES.items()}
        self.en_titles = {k: [compile_template(t) for t in v] for k, v in EN_TITLES.items()}
        self.fr_ledes = {k: [compile_template(t) for t in v] for k, v in FR_LEDES.items()}
        self.en_ledes = {k: [compile_template(t) for t in v] for k, v in EN_LEDES.items()}
        self.fr_quotes = [compile_template(t) for t in FR_QUOTES]
        self.en_quotes = [compile_template(t) for t in EN_QUOTES]
        self.topics = {}
        for slug in TOPIC_ORDER:
            t = TOPICS[slug]
            info = {"slug": slug}
            cats_lede = [(c, w) for c, w in LEDE_WEIGHTS if t["military"] or c not in MILITARY_CATEGORIES]
            cats_body = [(c, w) for c, w in BODY_WEIGHTS if t["military"] or c not in MILITARY_CATEGORIES]
            info["lede_cats"] = [c for c, w in cats_lede for _ in range(w)]
            for lang, body in (("fr", FR_BODY), ("en", EN_BODY)):
                pool = []
                for c, w in cats_body:
                    for tpl in body[c]:
                        # Weight each category, not each template.
                        pool.extend([compile_template(tpl)] * max(1, round(w * 6 / len(body[c]))))
                if not t["groups"]:
                    pool = [tpl for tpl in pool if not any(isinstance(x, tuple) and x[0] == "G" for x in tpl)]
                info[lang + "_body"] = pool
                info[lang + "_P"] = [person_mentions(self.persons[s], lang) for s in t["persons"]]
                info[lang + "_S"] = [self.entities[s][lang] for s in t["states"]]
                info[lang + "_O"] = [self.entities[s][lang] for s in t["orgs"]]
                info[lang + "_G"] = [self.entities[s][lang] for s in t["groups"]] or info[lang + "_S"]
                forces = []
                for s in t["forces"]:
                    e = self.entities[s]
                    forces.append(e[lang + "_forces"] or e[lang])
                info[lang + "_F"] = forces
                places = PLACES[slug]
                idx = 1 if lang == "fr" else 2
                info[lang + "_PL"] = [pl[idx] for pl in places]
                info[lang + "_HUB"] = [h[idx][0] for h in HUBS]
                info[lang + "_IN"] = t["in_" + lang]
                info[lang + "_DATELINES"] = t["datelines_" + lang]
                info[lang + "_TOPIC"] = t["short"] if lang == "fr" else EN_TOPIC_NAMES[slug]
            self.topics[slug] = info
        self.topic_cycle = TOPIC_ORDER


EN_TOPIC_NAMES = {"idlib": "Idlib", "libye": "Libya", "nord-est-syrien": "Northeast Syria", "yemen": "Yemen",
                  "sahel": "Sahel", "migrations": "Migration"}

TOPIC_WEIGHTS = {"idlib": 5, "libye": 4, "nord-est-syrien": 3, "yemen": 3, "sahel": 3, "migrations": 2}
TOPIC_DRAW = [s for s in TOPIC_ORDER for _ in range(TOPIC_WEIGHTS[s])]

FR_SOURCES = ["AFP", "AFP", "AFP", "AFP", "Reuters", "AP", "RFI avec AFP"]
EN_SOURCES = ["Reuters", "Reuters", "AP", "AP", "AFP"]

# ---------------------------------------------------------------------------------------------
# One article


def fr_date(d):
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {FR_MONTHS[d.month - 1]}"


def en_date(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}"


def thousands(n, lang):
    s = f"{n:,}"
    return s.replace(",", "\u00a0") if lang == "fr" else s


class Article:
    __slots__ = ("rng", "lang", "tables", "topic", "pub", "main", "used")

    def __init__(self, tables, rng, lang, topic, pub):
        self.tables, self.rng, self.lang, self.topic, self.pub = tables, rng, lang, topic, pub
        self.main = {}
        self.used = {}

    def day_phrase(self, k):
        """A past day k days before publication, as the wire would write it."""
        d = self.pub - dt.timedelta(days=k)
        r = self.rng.random()
        if self.lang == "fr":
            if k == 0 and r < 0.3:
                return "aujourd'hui" if r < 0.1 else FR_WEEKDAYS[d.weekday()]
            if k == 1 and r < 0.4:
                return "hier"
            if r < 0.6:
                name = FR_WEEKDAYS[d.weekday()]
                return name + " dernier" if k >= 2 and r < 0.15 else name
            if r < 0.9:
                return "le " + fr_date(d)
            return f"{FR_WEEKDAYS[d.weekday()]} {fr_date(d)}"
        if k == 0 and r < 0.3:
            return "today" if r < 0.1 else "on " + EN_WEEKDAYS[d.weekday()]
        if k == 1 and r < 0.4:
            return "yesterday"
        if r < 0.6:
            return ("last " if k >= 2 and r < 0.15 else "on ") + EN_WEEKDAYS[d.weekday()]
        if r < 0.9:
            return "on " + en_date(d)
        return f"on {EN_WEEKDAYS[d.weekday()]}, {en_date(d)}"

    def future_phrase(self):
        k = self.rng.randint(1, 9)
        d = self.pub + dt.timedelta(days=k)
        r = self.rng.random()
        if self.lang == "fr":
            if k <= 6 and r < 0.5:
                return FR_WEEKDAYS[d.weekday()] + " prochain"
            return "le " + fr_date(d)
        if k <= 6 and r < 0.5:
            return "next " + EN_WEEKDAYS[d.weekday()]
        return "on " + en_date(d)

    def since_phrase(self):
        months = self.rng.randint(2, 9)
        y, m = self.pub.year, self.pub.month - months
        while m <= 0:
            m += 12
            y -= 1
        if self.lang == "fr":
            return f"{FR_MONTHS[m - 1]} {y}"
        return f"{EN_MONTHS[m - 1]} {y}"

    def slot(self, name):
        rng = self.rng
        t = self.tables.topics[self.topic]
        lang = self.lang
        main = self.main
        if name in main and rng.random() < 0.6:
            return main[name]
        if name in PAIRS:
            kind, other = PAIRS[name]
            pool = t[lang + "_" + kind]
            i = main.get("_" + name)
            if i is None or rng.random() >= 0.6:
                i = rng.randrange(len(pool))
            if self.used.get(other) == i:
                i = (i + 1) % len(pool)
            self.used[name] = i
            return rng.choice(pool[i])
        if name == "O":
            return rng.choice(rng.choice(t[lang + "_O"]))
        if name == "G":
            return rng.choice(rng.choice(t[lang + "_G"]))
        if name == "F":
            return rng.choice(rng.choice(t[lang + "_F"]))
        if name == "PL" or name == "PL2":
            return rng.choice(rng.choice(t[lang + "_PL"]))
        if name == "HUB":
            return rng.choice(t[lang + "_HUB"])
        if name == "N" or name == "N2":
            return str(rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 25,
                                   27, 28, 30, 33, 35, 40, 45, 52, 60)))
        if name == "NA":
            return rng.choice(FR_APPROX if lang == "fr" else EN_APPROX)
        if name == "NW":
            return rng.choice(FR_NUMBER_WORDS if lang == "fr" else EN_NUMBER_WORDS)
        if name == "K":
            return thousands(rng.randint(3, 95) * 1000 + rng.choice((0, 0, 500)), lang)
        if name == "DAY":
            return self.day_phrase(rng.choice((0, 0, 1, 1, 1, 2, 3)))
        if name == "DAY2":
            return self.day_phrase(rng.randint(1, 6))
        if name == "SDAY":
            phrase = self.day_phrase(rng.randint(1, 6))
            return phrase[3:] if phrase.startswith("on ") else phrase
        if name == "FDAY":
            return self.future_phrase()
        if name == "SINCE":
            return self.since_phrase()
        if name == "Q":
            return self.fill(rng.choice(self.tables.fr_quotes if lang == "fr" else self.tables.en_quotes), False)
        if name == "SAID":
            return rng.choice(FR_SAID if lang == "fr" else EN_SAID)
        if name == "TOPIC":
            return t[lang + "_TOPIC"]
        if name == "IN":
            return rng.choice(t[lang + "_IN"])
        raise KeyError(name)

    def fill(self, parts, top=True):
        if top:
            self.used = {}
        out = []
        for part in parts:
            if part.__class__ is str:
                out.append(part)
            else:
                name, prefix = part
                value = self.slot(name)
                if prefix:
                    value = fr_de(value) if prefix == "de_" else fr_a(value) if prefix == "a_" else fr_que(value)
                out.append(value)
        s = "".join(out)
        return s[0].upper() + s[1:]


def build_article(tables, seed, index):
    """(file name, title, date, source, url, lang, topics, paragraphs, is_txt, topic) for article `index`."""
    rng = random.Random(seed * 1_000_003 + index)
    lang = "fr" if rng.random() < 0.7 else "en"
    topic = rng.choice(TOPIC_DRAW)
    pub = FIRST_DAY + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    a = Article(tables, rng, lang, topic, pub)
    t = tables.topics[topic]
    cat = rng.choice(t["lede_cats"])
    # The article's main values: the lede fixes them, the body mostly reuses them.
    a.main = {}
    for name in ("P", "P2", "S", "S2"):
        a.main["_" + name] = rng.randrange(len(t[lang + "_" + name[0]]))
    if a.main["_P2"] == a.main["_P"]:
        a.main["_P2"] = (a.main["_P2"] + 1) % len(t[lang + "_P"])
    if a.main["_S2"] == a.main["_S"]:
        a.main["_S2"] = (a.main["_S2"] + 1) % len(t[lang + "_S"])
    for name in ("O", "PL", "F", "HUB", "N"):
        a.main[name] = a.slot(name)
    a.main["DAY"] = a.day_phrase(rng.choice((0, 1, 1, 2)))
    titles = tables.fr_titles if lang == "fr" else tables.en_titles
    ledes = tables.fr_ledes if lang == "fr" else tables.en_ledes
    title = a.fill(rng.choice(titles[cat]))
    title = title.replace("  ", " ")
    lede = a.fill(rng.choice(ledes[cat]))
    city = rng.choice(t[lang + "_DATELINES"])
    source = rng.choice(FR_SOURCES if lang == "fr" else EN_SOURCES)
    agency = source if source in ("AFP", "Reuters", "AP") else "AFP"
    date_text = fr_date(pub) if lang == "fr" else en_date(pub)
    dateline = f"{city}, {date_text} ({agency}) - "
    body_pool = t[lang + "_body"]

    used = set()

    def sentence():
        # Avoid saying the same thing twice in one article.
        for _ in range(6):
            tpl = rng.choice(body_pool)
            if id(tpl) not in used:
                break
        used.add(id(tpl))
        s = a.fill(tpl)
        return s, len(s.split())

    def paragraph(n):
        pair = [sentence() for _ in range(n)]
        return [x[0] for x in pair], [x[1] for x in pair]

    # 6..12 paragraphs of 2..4 sentences, 400..800 words: aim at a length, spread it over the
    # paragraphs, then trim or pad.
    para_target = rng.randint(6, 12)
    word_target = rng.randint(430, 770)
    first = [dateline + lede] + [x[0] for x in [sentence() for _ in range(rng.randint(1, 2))]]
    paragraphs = [first]
    counts = [[len(x.split()) for x in first]]
    total = sum(counts[0])
    sentences = len(first)
    while len(paragraphs) < para_target:
        per_sentence = total / sentences
        need = (word_target - total) / (para_target - len(paragraphs))
        n = min(4, max(2, round(need / per_sentence + rng.uniform(-0.7, 0.7))))
        texts_, c = paragraph(n)
        paragraphs.append(texts_)
        counts.append(c)
        total += sum(c)
        sentences += n
    guard = 0
    while total < 400 and guard < 100:
        guard += 1
        choices = [i for i in range(1, len(paragraphs)) if len(paragraphs[i]) < 4]
        if choices:
            i = rng.choice(choices)
            text, c = sentence()
            paragraphs[i].append(text)
            counts[i].append(c)
            total += c
        elif len(paragraphs) < 12:
            texts_, c = paragraph(rng.randint(2, 4))
            paragraphs.append(texts_)
            counts.append(c)
            total += sum(c)
        else:
            break
    while total > 800 and guard < 200:
        guard += 1
        choices = [i for i in range(1, len(paragraphs)) if len(paragraphs[i]) > 2]
        if choices:
            i = choices[-1]
            paragraphs[i].pop()
            total -= counts[i].pop()
        elif len(paragraphs) > 6:
            paragraphs.pop()
            total -= sum(counts.pop())
        else:
            break
    texts = [" ".join(p) for p in paragraphs]
    words = total
    slug = slugify(title)[:60].rstrip("-")
    is_txt = rng.random() < 0.15
    name = f"{pub.isoformat()}-{slug}-{index:06d}.{'txt' if is_txt else 'md'}"
    url = f"https://example.org/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}-{index}" if rng.random() < 0.5 else None
    topics = [topic] if rng.random() < 0.3 else []
    return name, title, pub, source, url, lang, topics, texts, is_txt, topic, words


def slugify(text):
    folded = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "Oe"))
    out = []
    pending = False
    for ch in folded.lower():
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            if pending and out:
                out.append("-")
            out.append(ch)
            pending = False
        elif unicodedata.combining(ch):
            continue
        elif ch not in "'\u2019":
            pending = True
    return "".join(out)


def q(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def render_article(art):
    name, title, pub, source, url, lang, topics, texts, is_txt, topic, words = art
    if is_txt:
        return title + "\n" + "\n".join(texts) + "\n"
    lines = ["---", f"title: {q(title)}", f"date: {pub.isoformat()}", f"source: {q(source)}"]
    if url:
        lines.append(f"url: {q(url)}")
    lines.append(f"lang: {lang}")
    if topics:
        lines.append("topics: [" + ", ".join(topics) + "]")
    lines.append("---")
    lines.append("")
    return "\n".join(lines) + "\n" + "\n\n".join(texts) + "\n"


def render_hugo(art):
    name, title, pub, source, url, lang, topics, texts, is_txt, topic, words = art
    lines = ["---", f"title: {q(title)}", f"date: {pub.isoformat()}", f"topics: [{q(topic)}]", "---", ""]
    return "\n".join(lines) + "\n" + "\n\n".join(texts) + "\n"


# ---------------------------------------------------------------------------------------------
# Workers

_TABLES = None


def _init_worker():
    global _TABLES
    _TABLES = Tables()


def _generate_range(job):
    seed, start, stop, articles_dir, hugo_dir = job
    tables = _TABLES or Tables()
    stats = []
    for i in range(start, stop):
        art = build_article(tables, seed, i)
        name = art[0]
        with open(os.path.join(articles_dir, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(render_article(art))
        if hugo_dir:
            stem = name.rsplit(".", 1)[0]
            with open(os.path.join(hugo_dir, stem + ".md"), "w", encoding="utf-8", newline="\n") as f:
                f.write(render_hugo(art))
        stats.append((art[10], len(art[7]), art[5], art[8], art[9]))
    return stats


# ---------------------------------------------------------------------------------------------
# The fixed files


def write_site(content):
    text = (
        f"title: {q('Briefings — corpus de mesure')}\n"
        "language: fr\n"
        f"description: {q('Corpus synthétique de dépêches (personnages fictifs) sur six crises, novembre 2019–décembre 2020, pour mesurer les performances de la construction du site.')}\n"
    )
    write(os.path.join(content, "site.yml"), text)


def topic_keywords(slug):
    t = TOPICS[slug]
    items = [t["short"], EN_TOPIC_NAMES[slug]]
    for pl in PLACES[slug]:
        items += [pl[0]] + pl[1] + pl[2] + pl[3]
    items += t["extra_keywords"]
    tables_entities = {e["slug"]: e for e in ENTITIES}
    for g in t["groups"]:
        e = tables_entities[g]
        items += [e["name"]] + [x for x in e["extra"] if x.upper() == x and len(x) >= 3]
    return dedupe(items)


def write_topics(content):
    os.makedirs(os.path.join(content, "topics"), exist_ok=True)
    for slug in TOPIC_ORDER:
        t = TOPICS[slug]
        lines = ["---", f"title: {q(t['title'])}", f"summary: {q(t['summary'])}", "keywords:"]
        lines += [f"  - {q(k)}" for k in topic_keywords(slug)]
        lines += ["---", "", "## Ce que couvre ce dossier", "", t["notes"], "",
                  "Les bilans sont ceux des sources citées par les dépêches ; ils ne sont pas vérifiés de manière indépendante.", ""]
        write(os.path.join(content, "topics", slug + ".md"), "\n".join(lines))


def write_actors(content):
    os.makedirs(os.path.join(content, "actors"), exist_ok=True)
    for p in PERSONS:
        lines = ["---", f"name: {q(p['fr_full'])}", "aliases:"]
        lines += [f"  - {q(a)}" for a in person_aliases(p)]
        lines += ["kind: person", f"country: {q(p['country'])}", f"role: {q(p['role'])}", "---", "",
                  p["profile"] + " Personnage fictif du corpus de mesure.", ""]
        write(os.path.join(content, "actors", p["slug"] + ".md"), "\n".join(lines))
    for e in ENTITIES:
        lines = ["---", f"name: {q(e['name'])}", "aliases:"]
        lines += [f"  - {q(a)}" for a in entity_aliases(e)]
        lines.append(f"kind: {e['kind']}")
        if e["country"]:
            lines.append(f"country: {q(e['country'])}")
        lines += [f"role: {q(e['role'])}", "---", "", e["profile"], ""]
        write(os.path.join(content, "actors", e["slug"] + ".md"), "\n".join(lines))


def write_places(content):
    lines = ["# The gazetteer of the benchmark corpus: places with coordinates (WGS 84).", ""]
    for group in TOPIC_ORDER + ["hubs"]:
        places = HUBS if group == "hubs" else PLACES[group]
        lines.append(f"# {group}")
        for name, fr, en, extra, lat, lon, country, admin1 in places:
            aliases = dedupe(fr + en + extra, exclude=[name])
            alias_text = f", aliases: [{', '.join(q(a) for a in aliases)}]" if aliases else ""
            lines.append(f"- {{name: {q(name)}{alias_text}, lat: {lat:.4f}, lon: {lon:.4f}, "
                         f"country: {q(country)}, admin1: {q(admin1)}}}")
        lines.append("")
    write(os.path.join(content, "places.yml"), "\n".join(lines))


def write_hugo_topics(hugo_dir):
    for slug in TOPIC_ORDER:
        folder = os.path.join(hugo_dir, "topics", slug)
        os.makedirs(folder, exist_ok=True)
        t = TOPICS[slug]
        write(os.path.join(folder, "_index.md"),
              f"---\ntitle: {q(t['title'])}\n---\n\n{t['summary']}\n")
    write(os.path.join(hugo_dir, "_index.md"),
          f"---\ntitle: {q('Briefings — corpus de mesure')}\n---\n")


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", help="the project folder to write (its Content/ is replaced)")
    ap.add_argument("--articles", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--hugo", metavar="HUGO_CONTENT_DIR", help="also write the articles as Hugo content pages here")
    ap.add_argument("--jobs", type=int, default=0, help="worker processes (default: the number of cores)")
    ap.add_argument("--quiet", action="store_true", help="print only the summary line")
    args = ap.parse_args(argv)
    if args.articles < 0:
        ap.error("--articles must be >= 0")

    started = time.perf_counter()
    content = os.path.join(args.out_dir, "Content")
    if os.path.isdir(content):
        shutil.rmtree(content)
    articles_dir = os.path.join(content, "articles")
    os.makedirs(articles_dir)
    write_site(content)
    write_topics(content)
    write_actors(content)
    write_places(content)

    hugo_articles = None
    if args.hugo:
        for sub in ("articles", "topics"):
            path = os.path.join(args.hugo, sub)
            if os.path.isdir(path):
                shutil.rmtree(path)
        hugo_articles = os.path.join(args.hugo, "articles")
        os.makedirs(hugo_articles)
        write_hugo_topics(args.hugo)

    jobs = args.jobs or len(os.sched_getaffinity(0))
    n = args.articles
    chunk = 500
    work = [(args.seed, s, min(n, s + chunk), articles_dir, hugo_articles) for s in range(0, n, chunk)]
    stats = []
    if jobs > 1 and n > chunk:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(jobs, initializer=_init_worker) as pool:
            for part in pool.imap(_generate_range, work):
                stats.extend(part)
    else:
        _init_worker()
        for job in work:
            stats.extend(_generate_range(job))
    elapsed = time.perf_counter() - started

    fr_t, en_t = template_count()
    if not args.quiet:
        print(f"{len(PERSONS) + len(ENTITIES)} actors, {len(TOPIC_ORDER)} topics, "
              f"{sum(len(v) for v in PLACES.values()) + len(HUBS)} places; "
              f"{fr_t} French and {en_t} English sentence templates, {len(FR_QUOTES)}+{len(EN_QUOTES)} quotes")
    if stats:
        words = [s[0] for s in stats]
        paras = [s[1] for s in stats]
        fr = sum(1 for s in stats if s[2] == "fr")
        txt = sum(1 for s in stats if s[3])
        print(f"{n} articles in {elapsed:.1f} s ({jobs} processes): "
              f"words min {min(words)} / mean {sum(words) / len(words):.0f} / max {max(words)}; "
              f"paragraphs min {min(paras)} / mean {sum(paras) / len(paras):.1f} / max {max(paras)}; "
              f"{100 * fr / n:.0f}% French, {100 * txt / n:.0f}% .txt")
    else:
        print(f"0 articles in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
