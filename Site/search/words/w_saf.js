BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"6s,v;6s"
});
