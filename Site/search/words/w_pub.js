BRIEFINGS_SEARCH_WORDS("pub",{
"publie":"2u",
"publique":"d,e,34,2"
});
