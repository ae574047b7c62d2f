BRIEFINGS_SEARCH_WORDS("pub",{
"publie":"2t",
"publique":"d,e,2h,2"
});
